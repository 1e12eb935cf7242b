import { describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";

const compare = vi.hoisted(() => ({ calls: 0 }));
vi.mock("bcryptjs", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof bcrypt }>()).default;
  const counted = { ...real, compare: (...args: Parameters<typeof real.compare>) => (compare.calls++, real.compare(...args)) };
  return { default: counted };
});

const { authenticate, TooManyAttemptsError } = await import("./sign-in");
const { ACCOUNT_LIMIT, IP_LIMIT, countAttempt } = await import("./throttle");

const uniq = () => Math.random().toString(36).slice(2, 10);
const PASSWORD = "a long enough password";
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

async function account() {
  const email = `s-${uniq()}@school.test`;
  const user = await createUser(db, { role: "student", email, passwordHash: await bcrypt.hash(PASSWORD, 4) });
  return { email, user };
}

describe("sign-in limits", () => {
  it("refuses the right password after 10 failures in 15 minutes, says when to retry, and doubles the lock", async () => {
    const { email } = await account();
    const t0 = new Date("2026-03-02T09:00:00Z");
    const address = `10.0.0.${uniq()}`;
    for (let i = 0; i < 10; i++) expect(await authenticate({ email, password: `guess-${i}` }, address, t0)).toBeNull();
    await expect(authenticate({ email, password: PASSWORD }, address, t0)).rejects.toThrow("Too many attempts — try again in 15 minutes.");
    await expect(authenticate({ email, password: PASSWORD }, address, minutes(t0, 14.5))).rejects.toThrow("try again in 1 minute.");
    // The lock is over; ten more failures lock it again, twice as long.
    const t1 = minutes(t0, 15);
    for (let i = 0; i < 10; i++) expect(await authenticate({ email, password: `again-${i}` }, address, t1)).toBeNull();
    await expect(authenticate({ email, password: PASSWORD }, address, t1)).rejects.toThrow("try again in 30 minutes.");
    // Once it is over the right password works, and the count starts over.
    expect(await authenticate({ email, password: PASSWORD }, address, minutes(t1, 30))).toMatchObject({ email });
    expect(await authenticate({ email, password: "one slip" }, address, minutes(t1, 31))).toBeNull();
    expect(await authenticate({ email, password: PASSWORD }, address, minutes(t1, 31))).toMatchObject({ email });
  });

  it("counts fifty guesses sent at once as fifty: ten are checked, forty refused", async () => {
    const { email } = await account();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => authenticate({ email, password: `burst-${i}` }, `10.1.${uniq()}`)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(40);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(TooManyAttemptsError);
    await expect(authenticate({ email, password: PASSWORD }, "10.9.9.9")).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  it("limits an email without an account the same way, so the limiter reveals nothing", async () => {
    const email = `nobody-${uniq()}@school.test`;
    const t0 = new Date("2026-03-03T09:00:00Z");
    for (let i = 0; i < 10; i++) expect(await authenticate({ email, password: `guess-${i}` }, "10.2.0.1", t0)).toBeNull();
    await expect(authenticate({ email, password: "anything" }, "10.2.0.1", t0)).rejects.toThrow("Too many attempts — try again in 15 minutes.");
  });

  it("limits one address far more loosely, across accounts", async () => {
    const address = `ip:10.3.${uniq()}`;
    const t0 = new Date("2026-03-04T09:00:00Z");
    // A whole school behind one address: 300 failures pass, across many accounts; the 301st is refused.
    for (let i = 0; i < IP_LIMIT.max; i++) {
      expect(await countAttempt([{ name: `account:class-${i % 30}-${address}`, limit: ACCOUNT_LIMIT }, { name: address, limit: IP_LIMIT }], t0)).toEqual({ ok: true });
    }
    const next = await countAttempt([{ name: `account:fresh-${uniq()}`, limit: ACCOUNT_LIMIT }, { name: address, limit: IP_LIMIT }], t0);
    expect(next).toMatchObject({ ok: false, retryInMinutes: 15, key: "ip" });
  });

  it("runs one bcrypt comparison whether or not the email has an account", async () => {
    const { email } = await account();
    compare.calls = 0;
    await authenticate({ email, password: "wrong" }, `10.4.${uniq()}`);
    expect(compare.calls).toBe(1);
    compare.calls = 0;
    await authenticate({ email: `nobody-${uniq()}@school.test`, password: "wrong" }, `10.4.${uniq()}`);
    expect(compare.calls).toBe(1);
  });
});
