import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getUserById } from "@/lib/users/data";

/** Whoever is using the app: a signed-in account, or a guest known by a signed cookie. */
export type Viewer = {
  id: string;
  role: "guest" | "student" | "teacher";
  name: string | null;
  email: string | null;
};

const GUEST_COOKIE = "fcq_guest";
// A guest plays from a classroom machine for a term at most; a year keeps their history.
const GUEST_MAX_AGE = 60 * 60 * 24 * 365;

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

/** The verified guest id from the cookie, whether or not the row still exists. */
export async function readGuestUserId(): Promise<string | null> {
  return verifyGuestToken((await cookies()).get(GUEST_COOKIE)?.value);
}

/** Only in server actions and route handlers (Next forbids writing cookies while rendering). */
export async function clearGuestCookie(): Promise<void> {
  (await cookies()).delete(GUEST_COOKIE);
}

/** Read-only: usable while rendering server components. */
export async function getViewer(): Promise<Viewer | null> {
  const user = await getSessionUser();
  if (user) return { id: user.id, role: user.role, name: user.name, email: user.email };
  const guestId = await readGuestUserId();
  if (!guestId) return null;
  // A guest row that signed up since is an account now: it is reached through the session only.
  const row = await getUserById(guestId);
  return row?.role === "guest" ? { id: guestId, role: "guest", name: null, email: null } : null;
}

/** For server actions and route handlers: the viewer, creating a guest (row + cookie) if needed. */
export async function ensureViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  const guest = await db.user.create({ data: { role: "guest" }, select: { id: true } });
  (await cookies()).set(GUEST_COOKIE, guestToken(guest.id), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: GUEST_MAX_AGE,
    secure: (env().NEXTAUTH_URL ?? "").startsWith("https:"),
  });
  return { id: guest.id, role: "guest", name: null, email: null };
}
