"use client";
import { useActionState } from "react";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { initialFormState, type FormState } from "@/lib/users/form";
import { Field, FormMessage, buttonClass } from "./field";

export function SignInForm({ next }: { next: string | null }) {
  const [state, action, pending] = useActionState(async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const email = String(formData.get("email") ?? "");
    const result = await signIn("credentials", { email, password: formData.get("password"), redirect: false });
    if (!result?.ok) {
      // next-auth reports a plain wrong password as "CredentialsSignin"; anything else is the
      // server's own message (the sign-in limiter's "Too many attempts — try again in N minutes.").
      const message = result?.error && result.error !== "CredentialsSignin" ? result.error : "Wrong email or password.";
      return { ok: false, values: { email }, message };
    }
    // The server picks the home for the role when there is no `next`.
    window.location.assign(next ?? "/signin/continue");
    return { ok: true, message: "Signed in." };
  }, initialFormState);
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={v.email} key={`email-${v.email}`} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="text-sm">
        No account yet? <Link className="underline" href={next ? `/signup?next=${encodeURIComponent(next)}` : "/signup"}>Sign up</Link>
      </p>
    </form>
  );
}
