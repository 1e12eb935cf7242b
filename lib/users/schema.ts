import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

// bcrypt only reads the first 72 bytes of a password; a longer limit would silently ignore the rest.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 72;
/** Shown beside the password field: the whole rule, so nobody learns it by failing. */
export const PASSWORD_RULE = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters, not your email address and not a common password such as 1234567890.`;

export const roleSchema = z.enum(["teacher", "student"]);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@school.org."));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `A password has at least ${PASSWORD_MIN} characters.`)
  .refine((p) => new TextEncoder().encode(p).length <= PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} bytes.`)
  .refine((p) => !COMMON_PASSWORDS.has(p.trim().toLowerCase()), "That is one of the most common passwords; choose another.");

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(80, "A name has at most 80 characters."),
    email: emailSchema,
    password: passwordSchema,
    role: roleSchema,
  })
  .refine(({ email, password }) => !isEmailLike(password, email), {
    path: ["password"],
    message: "A password must not be your email address.",
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

function isEmailLike(password: string, email: string) {
  const p = password.trim().toLowerCase();
  return p === email || p === email.split("@")[0];
}

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

// Any origin the app cannot have: `next` is resolved against it and must stay on it.
const SAME_ORIGIN = "https://same-origin.invalid";

/**
 * Only same-origin paths: an open redirect through ?next= would hand sessions to phishing pages.
 * Parsed the way the browser will parse it (a tab, CR or LF inside is dropped, a backslash is a
 * slash), compared by origin, and returned re-serialised, so what is followed is what was checked.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(next, SAME_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== SAME_ORIGIN) return null;
  return url.pathname + url.search + url.hash;
}
