"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createClass, joinClass, removeStudent, rotateJoinCode } from "./mutations";
import { classIdSchema, createClassSchema, joinClassSchema, removeStudentSchema } from "./schema";

const teacher = { roles: ["teacher" as const] };

export const createClassAction = createAction({ schema: createClassSchema, ...teacher }, async ({ name }, viewer) => {
  const created = await createClass(viewer.id, name);
  revalidatePath("/teacher/classes");
  return created;
});

export const rotateJoinCodeAction = createAction({ schema: classIdSchema, ...teacher }, async ({ classId }, viewer) => {
  const joinCode = await rotateJoinCode(viewer.id, classId);
  revalidatePath(`/teacher/classes/${classId}`);
  return { joinCode };
});

export const removeStudentAction = createAction({ schema: removeStudentSchema, ...teacher }, async ({ classId, studentId }, viewer) => {
  await removeStudent(viewer.id, classId, studentId);
  revalidatePath(`/teacher/classes/${classId}`);
  return null;
});

// Only students join: a guest is sent to sign up first (the join page links there and back).
export const joinClassAction = createAction({ schema: joinClassSchema, roles: ["student"] }, async ({ code }, viewer) => {
  const joined = await joinClass(viewer.id, code);
  revalidatePath("/assignments");
  return joined;
});
