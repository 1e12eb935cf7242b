import { z } from "zod";

// What a form action returns to useActionState. `values` echoes what was typed so a failed
// submit never empties the form (React resets uncontrolled fields after an action).
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** Where the client should go next on success (e.g. after signing in). */
  redirectTo?: string;
};

export const initialFormState: FormState = { ok: false };

export function formValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));
}

export function invalid(error: z.ZodError, values: Record<string, string>, message = "Check the fields marked below."): FormState {
  return { ok: false, message, fieldErrors: z.flattenError(error).fieldErrors as FormState["fieldErrors"], values };
}
