import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/classes/join-form";
import { loadJoin } from "@/lib/classes/loaders";

export const metadata: Metadata = { title: "Join a class · Fact-Check Quiz" };

// Anyone may open a join link; joining itself needs a student account, so a visitor signs up
// (or in) and comes straight back here.
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code, klass, user, enrolled } = await loadJoin(decodeURIComponent((await params).code));
  const back = encodeURIComponent(`/join/${code}`);
  return (
    <main className="mx-auto max-w-md space-y-4 p-6">
      <h1 className="text-2xl font-bold">{klass ? `Join ${klass.name}` : "Join a class"}</h1>
      {klass?.teacher.name && <p>Teacher: {klass.teacher.name}</p>}
      {!klass && <p role="alert">No class has the code “{code}”. Check it with your teacher.</p>}
      {enrolled ? (
        <p role="status">
          You are in this class. <Link className="underline" href="/assignments">See your assignments</Link>.
        </p>
      ) : !user ? (
        <p>
          To join, <Link className="font-semibold underline" href={`/signup?next=${back}`}>create a student account</Link> or{" "}
          <Link className="underline" href={`/signin?next=${back}`}>sign in</Link>. You will come back here.
        </p>
      ) : user.role === "teacher" ? (
        <p>You are signed in as a teacher. Students join with this code.</p>
      ) : (
        <JoinForm initialCode={klass ? code : ""} />
      )}
    </main>
  );
}
