import "server-only";
import { cookies } from "next/headers";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { GUEST_COOKIE, guestToken, readViewer, verifyGuestToken, type Viewer } from "@/lib/request-viewer";

export type { Viewer };
export { guestToken, verifyGuestToken };

// A guest plays from a classroom machine for a term at most; a year keeps their history.
const GUEST_MAX_AGE = 60 * 60 * 24 * 365;

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
  return readViewer(await getSessionUser(), (await cookies()).get(GUEST_COOKIE)?.value);
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
