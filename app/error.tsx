"use client";
import { useEffect } from "react";
import { primaryButton } from "@/components/ui/styles";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>The page could not be shown. Your answers so far are saved; trying again usually works.</p>
      <button type="button" className={primaryButton} onClick={reset}>Try again</button>
    </main>
  );
}
