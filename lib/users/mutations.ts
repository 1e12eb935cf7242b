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
