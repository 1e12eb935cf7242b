import "server-only";
import { getUserByEmail } from "./data";
import { verifyPasswordOrDummy } from "./mutations";
import { signInSchema } from "./schema";
import { ACCOUNT_LIMIT, IP_LIMIT, countAttempt, forgive, tooManyAttemptsMessage } from "./throttle";

export class TooManyAttemptsError extends Error {}

export type SignedIn = { id: string; email: string; name: string | null; role: string; sessionVersion: number };

/**
 * The credentials check behind next-auth's authorize: the attempt is counted per account and per
 * address first (an email without an account is counted the same, so the limiter reveals
 * nothing), then one bcrypt comparison runs whether or not the account exists. Returns the user,
 * null for wrong credentials, or throws TooManyAttemptsError with the message to show.
 */
export async function authenticate(credentials: unknown, address: string, now = new Date()): Promise<SignedIn | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const account = `account:${email}`;
  const ip = `ip:${address}`;
  const verdict = await countAttempt([{ name: account, limit: ACCOUNT_LIMIT }, { name: ip, limit: IP_LIMIT }], now);
  if (!verdict.ok) {
    console.warn(`[auth] sign-in throttled (${verdict.key}) for ${verdict.retryInMinutes} min from ${address}`);
    throw new TooManyAttemptsError(tooManyAttemptsMessage(verdict.retryInMinutes));
  }
  const user = await getUserByEmail(email);
  const usable = user?.passwordHash && user.role !== "guest" && user.email ? user : null;
  if (!(await verifyPasswordOrDummy(password, usable?.passwordHash)) || !usable?.email) return null;
  await forgive(account, [ip]);
  return { id: usable.id, email: usable.email, name: usable.name, role: usable.role, sessionVersion: usable.sessionVersion };
}
