"use client";
import { signOut } from "next-auth/react";
import { secondaryButtonClass } from "./field";

export function SignOutButton({ className = secondaryButtonClass }: { className?: string }) {
  return (
    <button type="button" className={className} onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </button>
  );
}
