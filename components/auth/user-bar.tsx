import Link from "next/link";
import type { SessionUser } from "@/lib/auth";
import { SignOutButton } from "./sign-out-button";

// The top bar on signed-in pages: where you are, who you are, and the way out.
export function UserBar({ user }: { user: SessionUser }) {
  const links =
    user.role === "teacher"
      ? [
          ["/teacher", "Dashboard"],
          ["/teacher/articles/new", "New article"],
          ["/teacher/classes", "Classes"],
        ]
      : [["/assignments", "My assignments"]];
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <nav aria-label="Account" className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 p-3">
        <Link href="/" className="font-bold">
          Fact-Check Quiz
        </Link>
        {links.map(([href, label]) => (
          <Link key={href} href={href} className="underline-offset-4 hover:underline">
            {label}
          </Link>
        ))}
        <span className="ml-auto text-sm text-slate-600 dark:text-slate-400">
          {user.name ?? user.email} ({user.role})
        </span>
        <SignOutButton />
      </nav>
    </header>
  );
}
