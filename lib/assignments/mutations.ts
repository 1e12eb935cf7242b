import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { CreateAssignment, UpdateAssignment } from "./schema";

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

/** The teacher's own assignment (the owner sits in the where clause), or NotFound. */
async function ownAssignment(teacherId: string, assignmentId: string) {
  const a = await db.assignment.findFirst({ where: { id: assignmentId, class: { teacherId } }, select: { id: true, classId: true } });
  if (!a) throw new NotFoundError("That assignment");
  return a;
}

/**
 * New dates and attempts. Nothing else needs to change for an extension to reopen the
 * assignment: the play rules read dueAt and maxAttempts at every start, so a student with an
 * attempt left can start again as soon as the new due date is saved.
 */
export async function updateAssignment(teacherId: string, input: UpdateAssignment) {
  const a = await ownAssignment(teacherId, input.assignmentId);
  await db.assignment.update({ where: { id: a.id }, data: { opensAt: input.opensAt, dueAt: input.dueAt, maxAttempts: input.maxAttempts } });
  return a;
}

/**
 * Deleting keeps the students' attempts (the relation sets assignmentId to null): they stay in
 * each student's own history as practice, and leave the class's results and history, which
 * read attempts through the class's assignments.
 */
export async function deleteAssignment(teacherId: string, assignmentId: string) {
  const a = await ownAssignment(teacherId, assignmentId);
  await db.assignment.delete({ where: { id: a.id } });
  return a;
}
