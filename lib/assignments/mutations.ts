import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { CreateAssignment } from "./schema";

export async function createAssignment(teacherId: string, input: CreateAssignment) {
  const klass = await db.class.findFirst({ where: { id: input.classId, teacherId }, select: { id: true } });
  if (!klass) throw new NotFoundError("That class");
  // Only published sets (the teacher's own or the shared demo ones) can be assigned.
  const set = await db.quizSet.findFirst({
    where: { id: input.quizSetId, status: "published", OR: [{ ownerId: teacherId }, { ownerId: null }] },
    select: { id: true },
  });
  if (!set) throw new ValidationError("Choose one of your published quiz sets.", { quizSetId: ["Choose one of your published quiz sets."] });
  return db.assignment.create({
    data: { classId: klass.id, quizSetId: set.id, opensAt: input.opensAt, dueAt: input.dueAt, maxAttempts: input.maxAttempts, showEvidence: input.showEvidence ?? false },
    select: { id: true },
  });
}
