"use client";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/auth/field";

/** Copies `text` to the clipboard and says so (or says to copy by hand when the browser refuses). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
    } catch {
      setStatus("Copying is blocked here: select the text and copy it by hand.");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={secondaryButtonClass} onClick={copy}>{label}</button>
      <span role="status" className="text-sm">{status}</span>
    </span>
  );
}
