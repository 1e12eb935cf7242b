import type { Metadata } from "next";
import Link from "next/link";
import { StudentProgress } from "@/components/history/student-progress";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass } from "@/components/ui/styles";
import { loadStudentProgress } from "@/lib/history/class-loaders";

export const metadata: Metadata = { title: "Student progress" };

export default async function StudentProgressPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const { classId, studentId } = await params;
  const { klass, student, assignments } = await loadStudentProgress(classId, studentId);
  return (
    <main className="space-y-6">
      <p><Link href={`/teacher/classes/${klass.id}/history`} className={linkClass}>← History of {klass.name}</Link></p>
      <PageTitle lead={`Progress in ${klass.name} across its assignments.`}>{student.name ?? student.email}</PageTitle>
      <StudentProgress assignments={assignments} />
    </main>
  );
}
