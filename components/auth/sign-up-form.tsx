"use client";
import { useActionState } from "react";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { signUpAction } from "@/lib/users/actions";
import { initialFormState, type FormState } from "@/lib/users/form";
import { PASSWORD_RULE, type Role } from "@/lib/users/schema";
import { Field, FormMessage, buttonClass } from "./field";

export function SignUpForm({ next, defaultRole }: { next: string | null; defaultRole: Role }) {
  const [state, action, pending] = useActionState(async (prev: FormState, formData: FormData): Promise<FormState> => {
    const result = await signUpAction(prev, formData);
    if (!result.ok || !result.redirectTo) return result;
    const signedIn = await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirect: false,
    });
    if (!signedIn?.ok) return { ok: false, values: result.values, message: "Account created, but signing in failed. Try the sign-in page." };
    // A full navigation so every server component sees the new session cookie.
    window.location.assign(result.redirectTo);
    return { ok: true, message: "Account created. Signing you in…" };
  }, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const role = (v.role as Role) || defaultRole;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="next" value={next ?? ""} />
      <fieldset className="space-y-1">
        <legend className="font-medium">I am a</legend>
        <div className="flex gap-4" aria-describedby={e.role ? "field-role-error" : undefined}>
          {(["student", "teacher"] as const).map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input type="radio" name="role" value={r} defaultChecked={role === r} key={`${r}-${role}`} />
              {r === "student" ? "Student" : "Teacher"}
            </label>
          ))}
        </div>
        {e.role && <p id="field-role-error" className="text-sm text-red-700">Choose student or teacher.</p>}
      </fieldset>
      <Field name="name" label="Name" autoComplete="name" defaultValue={v.name} key={`name-${v.name}`} errors={e.name} hint="Up to 80 characters." />
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={v.email} key={`email-${v.email}`} errors={e.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        errors={e.password}
        hint={PASSWORD_RULE}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
      <p className="text-sm">
        Already have an account? <Link className="underline" href={next ? `/signin?next=${encodeURIComponent(next)}` : "/signin"}>Sign in</Link>
      </p>
    </form>
  );
}
