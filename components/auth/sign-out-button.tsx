"use client";
import { signOut } from "next-auth/react";
import { secondaryButtonClass } from "./field";

export function SignOutButton() {
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </button>
  );
}
