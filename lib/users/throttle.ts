import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { serializeOn } from "@/lib/serialize";

/** A limit: at most `max` failures in `windowMinutes`, then a lock that doubles with each strike. */
export type Limit = { max: number; windowMinutes: number };

// Per account (emails without one too, so the limiter reveals nothing): 10 failures in 15 minutes.
export const ACCOUNT_LIMIT: Limit = { max: 10, windowMinutes: 15 };
// Per address, far looser: a whole school signs in from one address.
export const IP_LIMIT: Limit = { max: 300, windowMinutes: 15 };
// Sign-up attempts that hit a taken email, per address: a script harvesting accounts stops here.
export const SIGNUP_TAKEN_LIMIT: Limit = { max: 20, windowMinutes: 15 };

const MINUTE = 60_000;
const MAX_LOCK_MINUTES = 24 * 60;
// A day without failures forgives earlier locks.
const STRIKES_FORGIVEN_AFTER = 24 * 60 * MINUTE;

export type ThrottleKey = { name: string; limit: Limit };
export type Verdict = { ok: true } | { ok: false; retryInMinutes: number; key: string };

const hashKey = (name: string) => createHash("sha256").update(name).digest("base64url");

/**
 * Counts one attempt against every key before the password is checked, so fifty guesses sent at
 * once are counted as fifty (checking first and counting after would let them all through). One
 * transaction: the check and the count are atomic. Refused attempts while locked do not extend
 * the lock. Call `forgive` on success to take the attempt back.
 */
export async function countAttempt(keys: ThrottleKey[], now = new Date()): Promise<Verdict> {
  return db.$transaction(async (tx) => {
    await serializeOn(tx, ...keys.map((k) => `throttle:${hashKey(k.name)}`));
    const rows = await tx.authThrottle.findMany({ where: { key: { in: keys.map((k) => hashKey(k.name)) } } });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    for (const k of keys) {
      const row = byKey.get(hashKey(k.name));
      if (row?.lockedUntil && row.lockedUntil > now) return refusal(k.name, row.lockedUntil, now);
    }
    for (const k of keys) {
      const key = hashKey(k.name);
      const row = byKey.get(key);
      const windowOver = !row || now.getTime() - row.windowStart.getTime() >= k.limit.windowMinutes * MINUTE;
      const strikes = row && now.getTime() - row.windowStart.getTime() < STRIKES_FORGIVEN_AFTER ? row.strikes : 0;
      const failures = windowOver ? 1 : row.failures + 1;
      const windowStart = windowOver ? now : row.windowStart;
      if (failures > k.limit.max) {
        const minutes = Math.min(k.limit.windowMinutes * 2 ** strikes, MAX_LOCK_MINUTES);
        const lockedUntil = new Date(now.getTime() + minutes * MINUTE);
        const data = { failures: 0, windowStart: now, strikes: strikes + 1, lockedUntil };
        await tx.authThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
        return refusal(k.name, lockedUntil, now);
      }
      const data = { failures, windowStart, strikes, lockedUntil: null };
      await tx.authThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
    return { ok: true };
  });
}

/** Minutes left on the first of these keys that is locked, else null; counts nothing. */
export async function lockedFor(names: string[], now = new Date()): Promise<number | null> {
  const locked = await db.authThrottle.findFirst({
    where: { key: { in: names.map(hashKey) }, lockedUntil: { gt: now } },
    orderBy: { lockedUntil: "desc" },
    select: { lockedUntil: true },
  });
  return locked?.lockedUntil ? Math.max(1, Math.ceil((locked.lockedUntil.getTime() - now.getTime()) / MINUTE)) : null;
}

/** The attempt succeeded: it was no failure. The account's count starts over; an address's loses one. */
export async function forgive(account: string | null, others: string[]) {
  await db.$transaction(async (tx) => {
    if (account) await tx.authThrottle.deleteMany({ where: { key: hashKey(account) } });
    await tx.authThrottle.updateMany({ where: { key: { in: others.map(hashKey) }, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  });
}

function refusal(name: string, until: Date, now: Date): Verdict {
  return { ok: false, retryInMinutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE)), key: name.split(":")[0] };
}

export function tooManyAttemptsMessage(minutes: number) {
  return `Too many attempts — try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * The caller's address: the last X-Forwarded-For entry (Next's server appends the socket's
 * address, or the nearest proxy does; entries before it are whatever the client sent), else
 * X-Real-IP. A wrong address only moves the loose per-address count: the per-account one holds.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip")?.trim() || "direct";
}
