import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import type { SignUpInput } from "./schema";

// Cost 10 is ~70 ms with bcryptjs here: slow enough to hurt offline guessing, fast enough for sign-up.
const BCRYPT_COST = 10;

export class EmailTakenError extends Error {}

export function hashPassword(password: string) {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string) {
  return bcrypt.compare(password, hash);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against the account's hash, or against a throwaway hash when there is no
 * usable account: one bcrypt comparison either way, so the time taken tells nobody whether the
 * email has an account.
 */
export async function verifyPasswordOrDummy(password: string, hash: string | null | undefined): Promise<boolean> {
  dummyHash ??= bcrypt.hash("no account has this password", BCRYPT_COST);
  const matched = await bcrypt.compare(password, hash ?? (await dummyHash));
  return Boolean(hash) && matched;
}

/** Ends every session of the account: each session token carries the version it was made with. */
export async function endAllSessions(userId: string) {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Creates the account. When the browser was playing as a guest, the guest row itself becomes the
 * account, so its attempts, answers and review items stay attached without copying anything.
 */
export async function registerUser(input: SignUpInput, guestUserId: string | null) {
  const passwordHash = await hashPassword(input.password);
  const data = { email: input.email, name: input.name, role: input.role, passwordHash };
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new EmailTakenError();
    // Only an unclaimed guest can be upgraded: the role check keeps a stale cookie from
    // re-using someone's account.
    const guest = guestUserId
      ? await tx.user.findFirst({ where: { id: guestUserId, role: "guest", email: null }, select: { id: true } })
      : null;
    if (guest) return tx.user.update({ where: { id: guest.id }, data, select: { id: true, role: true } });
    return tx.user.create({ data, select: { id: true, role: true } });
  });
}
