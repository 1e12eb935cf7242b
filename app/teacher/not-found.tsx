import Link from "next/link";

// Also what another teacher's class, quiz set or assignment looks like: it does not exist for you.
export default function TeacherNotFound() {
  return (
    <main className="space-y-3">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>This page does not exist, or it belongs to another teacher.</p>
      <Link className="underline" href="/teacher">Back to your dashboard</Link>
    </main>
  );
}
