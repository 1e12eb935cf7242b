import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createUser } from "@/prisma/factories";

// The request's cookies; the token in them is made by next-auth's own encode, and both its
// decoding and the check against the database are real.
const jar = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => jar.cookies, get: (name: string) => jar.cookies.find((c) => c.name === name) }),
  headers: async () => new Headers(),
}));

const { authOptions, getSessionUser } = await import("./auth");
const { endAllSessions } = await import("@/lib/users/mutations");

async function signedIn(token: Record<string, unknown>, o: { secret?: string; maxAge?: number; name?: string } = {}) {
  const value = await encode({ token, secret: o.secret ?? env().NEXTAUTH_SECRET, maxAge: o.maxAge });
  jar.cookies = [{ name: o.name ?? "next-auth.session-token", value }];
}

describe("a session ends when the account's session version moves on", () => {
  it("a saved token stops working after sign-out, and a new sign-in works", async () => {
    const user = await createUser(db, { role: "teacher" });
    await signedIn({ uid: user.id, role: "teacher", sv: 0 });
    expect(await getSessionUser()).toMatchObject({ id: user.id, role: "teacher" });

    // next-auth's sign-out event, with the token of the session being signed out.
    await authOptions.events!.signOut!({ token: { uid: user.id, sv: 0 }, session: null as never });
    expect(await getSessionUser()).toBeNull();

    await signedIn({ uid: user.id, role: "teacher", sv: 1 });
    expect(await getSessionUser()).toMatchObject({ id: user.id });
    await endAllSessions(user.id);
    expect(await getSessionUser()).toBeNull();
  });

  it("a token without a version (made before versions existed) is no session", async () => {
    const user = await createUser(db, { role: "student" });
    await signedIn({ uid: user.id, role: "student" });
    expect(await getSessionUser()).toBeNull();
  });
});

describe("the session cookie is next-auth's", () => {
  it("takes the role from the database, not the token", async () => {
    const user = await createUser(db, { role: "student" });
    await signedIn({ uid: user.id, role: "teacher", sv: 0 });
    expect(await getSessionUser()).toMatchObject({ id: user.id, role: "student" });
  });

  it("refuses a token signed with another secret, an expired one, or one under another cookie name", async () => {
    const user = await createUser(db, { role: "teacher" });
    await signedIn({ uid: user.id, role: "teacher", sv: 0 }, { secret: "another secret that is long enough to be one" });
    expect(await getSessionUser()).toBeNull();
    await signedIn({ uid: user.id, role: "teacher", sv: 0 }, { maxAge: -60 });
    expect(await getSessionUser()).toBeNull();
    await signedIn({ uid: user.id, role: "teacher", sv: 0 }, { name: "session-token" });
    expect(await getSessionUser()).toBeNull();
  });

  it("reads a token split over chunked cookies, as next-auth writes a large one", async () => {
    const user = await createUser(db, { role: "teacher" });
    const value = await encode({ token: { uid: user.id, role: "teacher", sv: 0 }, secret: env().NEXTAUTH_SECRET });
    const half = Math.ceil(value.length / 2);
    jar.cookies = [
      { name: "next-auth.session-token.1", value: value.slice(half) },
      { name: "next-auth.session-token.0", value: value.slice(0, half) },
    ];
    expect(await getSessionUser()).toMatchObject({ id: user.id });
  });
});
