import "server-only";
import { notFound, redirect } from "next/navigation";
import { getPlayableQuizSet } from "@/lib/quiz/data";
import { findOpenAssignment, getAssignmentStanding } from "@/lib/assignments/rules";
import { getViewer } from "@/lib/session";
import { findFinishedAttempt, findLastFinishedAttempt, findOpenAttempt, getAttemptResult, getPlayState } from "./data";

/**
 * Everything the play page needs: the quiz set and article (never the questions' keys) and,
 * when this viewer has an open attempt, where it stands. Rendering must not create a guest, so
 * a first-time visitor gets the start screen and the start action creates the identity.
 */
export async function loadPlay(idOrCode: string, requestedAssignmentId: string | null, playedAttemptId: string | null = null) {
  const quizSet = await getPlayableQuizSet(idOrCode);
  if (!quizSet) notFound();
  const viewer = await getViewer();
  // The player writes its attempt into the address: reloaded after the last answer, that
  // attempt is finished and its result is the page to show.
  if (viewer && playedAttemptId && (await findFinishedAttempt(playedAttemptId, viewer.id))) redirect(`/results/${playedAttemptId}`);
  if (!viewer) return { quizSet, viewer, assignmentId: requestedAssignmentId, assigned: false, state: null, lastFinished: null, standing: null };
  // A quiz set assigned to the viewer's class is played as that assignment while it is open to
  // them (the start action refuses practice then), whatever link brought them here.
  const assigned = requestedAssignmentId ? null : await findOpenAssignment({ userId: viewer.id, quizSetId: quizSet.id });
  const assignmentId = requestedAssignmentId ?? assigned?.id ?? null;
  const open = await findOpenAttempt(viewer.id, quizSet.id, assignmentId);
  const state = open ? await getPlayState(open.id, viewer.id) : null;
  const lastFinished = state ? null : await findLastFinishedAttempt(viewer.id, quizSet.id);
  const standing = assignmentId && !state ? await getAssignmentStanding({ userId: viewer.id, assignmentId }) : null;
  return { quizSet, viewer, assignmentId, assigned: Boolean(assigned), state, lastFinished, standing };
}

/** A result is private to whoever played it. */
export async function loadResult(attemptId: string) {
  const viewer = await getViewer();
  if (!viewer) notFound();
  const result = await getAttemptResult(attemptId, viewer.id);
  if (!result) notFound();
  const standing = result.assignmentId ? await getAssignmentStanding({ userId: viewer.id, assignmentId: result.assignmentId }) : null;
  return { ...result, standing };
}
