"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createAssignment, deleteAssignment, updateAssignment } from "./mutations";
import { assignmentIdSchema, createAssignmentSchema, updateAssignmentSchema } from "./schema";

export const createAssignmentAction = createAction({ schema: createAssignmentSchema, roles: ["teacher"] }, async (input, viewer) => {
  const created = await createAssignment(viewer.id, input);
  revalidatePath(`/teacher/classes/${input.classId}`);
  return created;
});

export const updateAssignmentAction = createAction({ schema: updateAssignmentSchema, roles: ["teacher"] }, async (input, viewer) => {
  const { classId } = await updateAssignment(viewer.id, input);
  revalidatePath(`/teacher/classes/${classId}`);
  return null;
});

export const deleteAssignmentAction = createAction({ schema: assignmentIdSchema, roles: ["teacher"] }, async (input, viewer) => {
  const { classId } = await deleteAssignment(viewer.id, input.assignmentId);
  revalidatePath(`/teacher/classes/${classId}`);
  return null;
});
