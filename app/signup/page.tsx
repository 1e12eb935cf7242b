import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNextPath } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Sign up · Fact-Check Quiz" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; role?: string }> }) {
  const sp = await searchParams;
  const next = safeNextPath(sp.next);
  // Joining a class means being a student; everyone else picks.
  const defaultRole = sp.role === "teacher" ? "teacher" : "student";
  return (
    <main className="mx-auto max-w-md space-y-6 p-6">
      <h1 className="text-2xl font-bold">Create an account</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Anything you played as a guest on this browser stays with your new account.
      </p>
      <SignUpForm next={next} defaultRole={defaultRole} />
    </main>
  );
}
