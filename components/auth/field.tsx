import type { ReactNode } from "react";

// A labelled input whose error and hint are tied to it with aria-describedby, so a screen
// reader announces the reason next to the field, not only at the top of the form.
type Props = {
  name: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  children?: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "children">;

export const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 aria-[invalid=true]:border-red-600";

export function Field({ name, label, errors, hint, children, ...input }: Props) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const aria = { id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children ? children(aria) : <input name={name} className={inputClass} {...aria} {...input} />}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  if (!message) return null;
  return (
    <p role={ok ? "status" : "alert"} className={ok ? "text-green-800 dark:text-green-300" : "font-medium text-red-700 dark:text-red-400"}>
      {message}
    </p>
  );
}

export const buttonClass =
  "inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
