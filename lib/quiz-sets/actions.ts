"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import {
  addQuestion,
  deleteQuestion,
  duplicateQuizSet,
  moveQuestion,
  publishQuizSet,
  regenerateQuizSet,
  undoDeleteQuestion,
  updateQuestion,
} from "./mutations";
import { moveSchema, newQuestionSchema, questionEditSchema, questionRefSchema, quizSetIdSchema } from "./schema";

const teacher = { roles: ["teacher" as const] };

const refresh = (quizSetId: string) => revalidatePath(`/teacher/quiz-sets/${quizSetId}`);

export const updateQuestionAction = createAction({ schema: questionEditSchema, ...teacher }, async (edit, viewer) => {
  await updateQuestion(viewer.id, edit);
  refresh(edit.quizSetId);
  return null;
});

export const acceptQuestionAction = createAction({ schema: questionEditSchema, ...teacher }, async (edit, viewer) => {
  await updateQuestion(viewer.id, edit, { accept: true });
  refresh(edit.quizSetId);
  return null;
});

export const addQuestionAction = createAction({ schema: newQuestionSchema, ...teacher }, async (input, viewer) => {
  const q = await addQuestion(viewer.id, input);
  refresh(input.quizSetId);
  return { questionId: q.id };
});

export const deleteQuestionAction = createAction({ schema: questionRefSchema, ...teacher }, async (input, viewer) => {
  await deleteQuestion(viewer.id, input.quizSetId, input.questionId);
  refresh(input.quizSetId);
  return null;
});

export const undoDeleteQuestionAction = createAction({ schema: questionRefSchema, ...teacher }, async (input, viewer) => {
  await undoDeleteQuestion(viewer.id, input.quizSetId, input.questionId);
  refresh(input.quizSetId);
  return null;
});

export const moveQuestionAction = createAction({ schema: moveSchema, ...teacher }, async (input, viewer) => {
  await moveQuestion(viewer.id, input.quizSetId, input.questionId, input.direction);
  refresh(input.quizSetId);
  return null;
});

export const regenerateQuizSetAction = createAction({ schema: quizSetIdSchema, ...teacher }, async (input, viewer) => {
  await regenerateQuizSet(viewer.id, input.quizSetId);
  refresh(input.quizSetId);
  return null;
});

export const publishQuizSetAction = createAction({ schema: quizSetIdSchema, ...teacher }, async (input, viewer) => {
  await publishQuizSet(viewer.id, input.quizSetId);
  refresh(input.quizSetId);
  return null;
});

export const duplicateQuizSetAction = createAction({ schema: quizSetIdSchema, ...teacher }, async (input, viewer) => {
  const copy = await duplicateQuizSet(viewer.id, input.quizSetId);
  revalidatePath("/teacher");
  return { quizSetId: copy.id };
});
