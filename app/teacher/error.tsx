"use client";
import { useEffect } from "react";
import Link from "next/link";
import { buttonClass } from "@/components/auth/field";

export default function TeacherError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>Nothing you saved is lost. Try again, or go back to your dashboard.</p>
      <div className="flex gap-3">
        <button type="button" className={buttonClass} onClick={reset}>Try again</button>
        <Link className="underline" href="/teacher">Dashboard</Link>
      </div>
    </main>
  );
}
