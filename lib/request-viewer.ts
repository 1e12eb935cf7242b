import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { getUserById } from "@/lib/users/data";

// Who is calling, from the request's cookies passed in: lib/auth and lib/session hand it
// next/headers' cookies(); the answer lane (lib/attempts/answer-lane, outside Next's request
// handler) hands it the parsed Cookie header. No Next import here, so the lane does not need
// Next's request context to tell who is answering.

/** The request's cookies by name (the value Next's cookies() would give for each). */
export type RequestCookies = Record<string, string>;

export type SessionUser = { id: string; role: "student" | "teacher"; email: string; name: string | null };

/** Whoever is using the app: a signed-in account, or a guest known by a signed cookie. */
export type Viewer = {
  id: string;
  role: "guest" | "student" | "teacher";
  name: string | null;
  email: string | null;
};

export const GUEST_COOKIE = "fcq_guest";

function sign(userId: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`guest:${userId}`).digest("base64url");
}

/** `id.signature` → id when the signature matches, else null (a forged or stale cookie is ignored). */
export function verifyGuestToken(token: string | undefined): string | null {
  if (!token) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

export function guestToken(userId: string): string {
  return `${userId}.${sign(userId)}`;
}

/**
 * The signed-in user, or null. The role is read from the database, not the cookie, so a deleted
 * account or a token minted before a role change never grants anything; a token whose session
 * version is behind the account's (signed out since) is no session. One read by primary key.
 */
export async function readSessionUser(cookies: RequestCookies): Promise<SessionUser | null> {
  const token = await readSessionToken(cookies);
  const id = token?.uid;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user || !user.email || (user.role !== "teacher" && user.role !== "student")) return null;
  if (token.sv !== user.sessionVersion) return null;
  return { id: user.id, role: user.role, email: user.email, name: user.name };
}

/**
 * The session cookie decoded by next-auth's own JWT code (chunked cookies, the secure-cookie
 * name on https, expiry), as getServerSession does for a JWT session, without building a whole
 * next-auth request for it (a fifth of the answer action's CPU under a class's load). The jwt and
 * session callbacks in lib/auth only copy fields, so the token is what the session would hold.
 * No Authorization header: only the cookie is a session here, as with getServerSession.
 */
function readSessionToken(cookies: RequestCookies) {
  const req = { cookies, headers: {} };
  return getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret: env().NEXTAUTH_SECRET, secureCookie: (env().NEXTAUTH_URL ?? "").startsWith("https:") });
}

/** The signed-in user if any, else the guest of a verified guest cookie whose row is still a guest. */
export async function readViewer(user: SessionUser | null, guestCookie: string | undefined): Promise<Viewer | null> {
  if (user) return { id: user.id, role: user.role, name: user.name, email: user.email };
  const guestId = verifyGuestToken(guestCookie);
  if (!guestId) return null;
  // A guest row that signed up since is an account now: it is reached through the session only.
  const row = await getUserById(guestId);
  return row?.role === "guest" ? { id: guestId, role: "guest", name: null, email: null } : null;
}
