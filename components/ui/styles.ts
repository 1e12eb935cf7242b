// Shared class strings: one look for every button and card, with a focus ring that is always
// visible on keyboard focus (a phone in class, a projector, dark mode).
export const focusRing =
  "focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-sky-400";

export const primaryButton = `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-blue-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400 ${focusRing}`;

export const secondaryButton = `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-5 py-2.5 font-semibold text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${focusRing}`;

export const card = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900";

export const mutedText = "text-slate-600 dark:text-slate-400";

export const linkClass = `font-medium text-blue-700 underline underline-offset-4 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200 ${focusRing} rounded-sm`;

// Notes by what they say, the same in both colour schemes: info is blue, a warning is amber.
export const infoNote = "rounded-lg border border-sky-300 bg-sky-50 text-slate-900 dark:border-sky-700 dark:bg-sky-950 dark:text-slate-100";
export const warningNote = "rounded-lg border border-amber-300 bg-amber-50 text-slate-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-slate-100";
