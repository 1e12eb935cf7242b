"use server";
import { headers } from "next/headers";
import { clearGuestCookie, readGuestUserId } from "@/lib/session";
import { formValues, invalid, type FormState } from "./form";
import { EmailTakenError, registerUser } from "./mutations";
import { safeNextPath, signUpSchema } from "./schema";
import { SIGNUP_TAKEN_LIMIT, clientAddress, countAttempt, lockedFor, tooManyAttemptsMessage } from "./throttle";

const FIELDS = ["name", "email", "role", "next"] as const;

/**
 * The one action outside lib/action's wrapper: its caller has no account yet by definition.
 * Creates the account; the client then signs in with the same credentials (next-auth's
 * credentials flow sets the session cookie). A guest's row is upgraded in place.
 */
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  const parsed = signUpSchema.safeParse({ ...values, password: String(formData.get("password") ?? "") });
  if (!parsed.success) return invalid(parsed.error, values);
  // "This email has an account" is an answer a script could harvest: an address that keeps
  // hitting taken emails is stopped like a password guesser (the answer then says nothing).
  const probe = `signup-ip:${clientAddress(await headers())}`;
  const locked = await lockedFor([probe]);
  if (locked) return { ok: false, values, message: tooManyAttemptsMessage(locked) };
  try {
    const user = await registerUser(parsed.data, await readGuestUserId());
    await clearGuestCookie();
    const home = user.role === "teacher" ? "/teacher" : "/assignments";
    return { ok: true, values, redirectTo: safeNextPath(values.next) ?? home };
  } catch (e) {
    if (e instanceof EmailTakenError) {
      const verdict = await countAttempt([{ name: probe, limit: SIGNUP_TAKEN_LIMIT }]);
      if (!verdict.ok) {
        console.warn(`[auth] sign-up throttled for ${verdict.retryInMinutes} min (${probe})`);
        return { ok: false, values, message: tooManyAttemptsMessage(verdict.retryInMinutes) };
      }
      return { ok: false, values, fieldErrors: { email: ["An account with this email exists. Sign in instead."] } };
    }
    throw e;
  }
}
