import "server-only";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { requireTeacher } from "@/lib/quiz-sets/loaders";
import { classHistory } from "./class-aggregates";
import { getClassHistoryRows } from "./class-data";
import { classHistoryCsv, classHistoryFilename } from "./class-export";
import { getClassMisreadingMaps } from "@/lib/results/class-maps";

/** A class's history for its own teacher; anyone else gets the sign-in page or a 404. */
export async function loadClassHistory(classId: string) {
  const user = await requireTeacher(`/teacher/classes/${classId}/history`);
  const rows = await getClassHistoryRows(user.id, classId);
  if (!rows) notFound();
  const maps = await getClassMisreadingMaps(user.id, classId);
  return { klass: { id: rows.id, name: rows.name }, students: rows.students, assignments: classHistory(rows), maps };
}

/** One enrolled student's progress across the class's assignments, for the class's teacher. */
export async function loadStudentProgress(classId: string, studentId: string) {
  const user = await requireTeacher(`/teacher/classes/${classId}/students/${studentId}`);
  const rows = await getClassHistoryRows(user.id, classId, studentId);
  if (!rows) notFound();
  const student = rows.students[0];
  return {
    klass: { id: rows.id, name: rows.name },
    student,
    assignments: classHistory(rows).map((a) => ({ ...a, outcome: a.students[0] })),
  };
}

/** For the CSV route handler: it answers with a status instead of redirecting. */
export async function loadClassHistoryCsv(classId: string, now: Date) {
  const user = await getSessionUser();
  if (!user || user.role !== "teacher") return { status: 401 as const };
  const rows = await getClassHistoryRows(user.id, classId);
  if (!rows) return { status: 404 as const };
  return { status: 200 as const, csv: classHistoryCsv(rows.name, classHistory(rows)), filename: classHistoryFilename(rows.name, now) };
}
