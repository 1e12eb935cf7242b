import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { loadClasses } from "@/lib/classes/loaders";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "Classes · Fact-Check Quiz" };

export default async function ClassesPage({ searchParams }: { searchParams: Promise<{ assign?: string }> }) {
  const { assign } = await searchParams;
  const classes = await loadClasses();
  const suffix = assign ? `?assign=${encodeURIComponent(assign)}` : "";
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">Classes</h1>
      {assign && <p role="status">Pick the class to assign the quiz set to, or create one.</p>}
      <CreateClassForm assign={assign} />
      {classes.length === 0 ? (
        <p>No classes yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {classes.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
              <Link className="font-medium underline" href={`/teacher/classes/${c.id}${suffix}`}>{c.name}</Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                code <span className="font-mono">{c.joinCode}</span> · {counted(c._count.enrollments, "student")} · {counted(c._count.assignments, "assignment")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
