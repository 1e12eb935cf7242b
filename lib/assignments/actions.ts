"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createAssignment } from "./mutations";
import { createAssignmentSchema } from "./schema";

export const createAssignmentAction = createAction({ schema: createAssignmentSchema, roles: ["teacher"] }, async (input, viewer) => {
  const created = await createAssignment(viewer.id, input);
  revalidatePath(`/teacher/classes/${input.classId}`);
  return created;
});
