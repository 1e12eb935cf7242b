import { z } from "zod";

export const MAX_ATTEMPTS_LIMIT = 10;

// The browser turns the teacher's local date-times into ISO instants before sending, so the
// server never guesses a time zone.
const instant = (label: string) =>
  z.iso.datetime({ offset: true, message: `Enter the ${label} date and time.` }).transform((s) => new Date(s));

const terms = {
  opensAt: instant("opening"),
  dueAt: instant("due"),
  maxAttempts: z.coerce
    .number({ message: "Enter a number of attempts." })
    .int("Enter a whole number of attempts.")
    .min(1, "Allow at least one attempt.")
    .max(MAX_ATTEMPTS_LIMIT, `Allow at most ${MAX_ATTEMPTS_LIMIT} attempts.`),
};
const dueAfterOpening = (a: { opensAt: Date; dueAt: Date }) => a.dueAt > a.opensAt;
const dueAfterOpeningIssue = { path: ["dueAt"], message: "The due date must come after the opening date." };

export const createAssignmentSchema = z
  .object({
    classId: z.string().min(1, "Choose a class."),
    quizSetId: z.string().min(1, "Choose a published quiz set."),
    ...terms,
    // Students also pick the sentence that supports each answer (scored apart).
    showEvidence: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).optional(),
  })
  .refine(dueAfterOpening, dueAfterOpeningIssue);
export type CreateAssignment = z.infer<typeof createAssignmentSchema>;

/** New terms for an existing assignment; the quiz set and class stay (a new set is a new assignment). */
export const updateAssignmentSchema = z.object({ assignmentId: z.string().min(1), ...terms }).refine(dueAfterOpening, dueAfterOpeningIssue);
export type UpdateAssignment = z.infer<typeof updateAssignmentSchema>;

export const assignmentIdSchema = z.object({ assignmentId: z.string().min(1) });

/** Where a student stands with one assignment. */
export type AssignmentStatus = "upcoming" | "todo" | "in_progress" | "done" | "overdue";

/**
 * Late play is not allowed: from the due date on, no new attempt starts (an attempt already
 * started before it may still be finished). A student who never finished is "overdue".
 */
export function assignmentStatus(a: { opensAt: Date; dueAt: Date }, finished: number, open: boolean, now: Date): AssignmentStatus {
  if (finished > 0) return "done";
  if (now < a.opensAt) return "upcoming";
  if (now >= a.dueAt) return open ? "in_progress" : "overdue";
  return open ? "in_progress" : "todo";
}

/** What the student's list shows for one assignment (built in data.ts). */
export type StudentAssignmentView = {
  id: string;
  opensAt: Date;
  dueAt: Date;
  maxAttempts: number;
  class: { name: string };
  quizSet: { id: string; title: string };
  status: AssignmentStatus;
  attemptsUsed: number;
  /** The best finished attempt: the score that counts, and the result page to review it. */
  best: { attemptId: string; score: number; total: number } | null;
};
