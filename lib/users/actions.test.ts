import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";

const request = vi.hoisted(() => ({ address: "192.0.2.1" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": request.address }),
}));

const { signUpAction } = await import("./actions");

const uniq = () => Math.random().toString(36).slice(2, 10);
function form(email: string) {
  const f = new FormData();
  for (const [k, v] of Object.entries({ name: "Probe", email, password: "a long enough password", role: "student", next: "" })) f.set(k, v);
  return f;
}

describe("sign-up", () => {
  it("keeps what was typed and says the email is taken, but a script probing taken emails is stopped", async () => {
    request.address = `192.0.2.${uniq()}`;
    const taken = await Promise.all(Array.from({ length: 21 }, () => createUser(db, { role: "student", email: `taken-${uniq()}@school.test` })));
    for (const user of taken.slice(0, 20)) {
      const r = await signUpAction({ ok: false }, form(user.email!));
      expect(r).toMatchObject({ ok: false, values: { email: user.email }, fieldErrors: { email: ["An account with this email exists. Sign in instead."] } });
    }
    const stopped = await signUpAction({ ok: false }, form(taken[20].email!));
    expect(stopped).toMatchObject({ ok: false, message: "Too many attempts — try again in 15 minutes.", values: { email: taken[20].email } });
    expect(stopped.fieldErrors).toBeUndefined();
    // Once stopped, nothing from that address learns anything, a new email included.
    expect(await signUpAction({ ok: false }, form(`new-${uniq()}@school.test`))).toMatchObject({ message: "Too many attempts — try again in 15 minutes." });
    // Another address signs up as usual.
    request.address = `198.51.100.${uniq()}`;
    expect(await signUpAction({ ok: false }, form(`new-${uniq()}@school.test`))).toMatchObject({ ok: true });
  });
});
