import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/classes/join-form";
import { getSessionUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Join a class · Fact-Check Quiz" };

export default async function JoinWithCodePage() {
  const user = await getSessionUser();
  return (
    <main className="mx-auto max-w-md space-y-4 p-6">
      <h1 className="text-2xl font-bold">Join a class</h1>
      {user?.role === "student" ? (
        <JoinForm initialCode="" />
      ) : (
        <p>
          <Link className="underline" href="/signup?next=/join">Create a student account</Link> or <Link className="underline" href="/signin?next=/join">sign in</Link> first.
        </p>
      )}
    </main>
  );
}
