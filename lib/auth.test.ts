import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";

// The decoded session cookie, as next-auth would hand it over; the check against the database is real.
const cookie = vi.hoisted(() => ({ session: null as null | { user: { id: string; role: string; sv?: number } } }));
vi.mock("next-auth", () => ({ getServerSession: async () => cookie.session }));

const { authOptions, getSessionUser } = await import("./auth");
const { endAllSessions } = await import("@/lib/users/mutations");

describe("a session ends when the account's session version moves on", () => {
  it("a saved token stops working after sign-out, and a new sign-in works", async () => {
    const user = await createUser(db, { role: "teacher" });
    cookie.session = { user: { id: user.id, role: "teacher", sv: 0 } };
    expect(await getSessionUser()).toMatchObject({ id: user.id, role: "teacher" });

    // next-auth's sign-out event, with the token of the session being signed out.
    await authOptions.events!.signOut!({ token: { uid: user.id, sv: 0 }, session: null as never });
    expect(await getSessionUser()).toBeNull();

    cookie.session = { user: { id: user.id, role: "teacher", sv: 1 } };
    expect(await getSessionUser()).toMatchObject({ id: user.id });
    await endAllSessions(user.id);
    expect(await getSessionUser()).toBeNull();
  });

  it("a token without a version (made before versions existed) is no session", async () => {
    const user = await createUser(db, { role: "student" });
    cookie.session = { user: { id: user.id, role: "student" } };
    expect(await getSessionUser()).toBeNull();
  });
});
