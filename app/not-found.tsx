import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>This page does not exist, or it is not yours to see.</p>
      <p><Link href="/quizzes" className={linkClass}>Browse the quizzes</Link></p>
    </main>
  );
}
