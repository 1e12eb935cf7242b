import "server-only";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { requireTeacher } from "@/lib/quiz-sets/loaders";
import { getClassByCode, getClassForTeacher, isEnrolled, listClasses } from "./data";
import { joinCodeSchema } from "./schema";

export async function loadClasses() {
  const user = await requireTeacher("/teacher/classes");
  return listClasses(user.id);
}

export async function loadClass(classId: string) {
  const user = await requireTeacher(`/teacher/classes/${classId}`);
  const klass = await getClassForTeacher(user.id, classId);
  if (!klass) notFound();
  return klass;
}

/** The join page: the class behind a code (name only) and who is looking. */
export async function loadJoin(rawCode: string) {
  const parsed = joinCodeSchema.safeParse(rawCode);
  const klass = parsed.success ? await getClassByCode(parsed.data) : null;
  const user = await getSessionUser();
  const enrolled = klass && user ? await isEnrolled(user.id, klass.id) : false;
  return { code: parsed.success ? parsed.data : rawCode, klass, user, enrolled };
}
