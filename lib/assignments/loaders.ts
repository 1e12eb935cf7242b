import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { listStudentAssignments } from "./data";

export async function loadMyAssignments() {
  const user = await getSessionUser();
  if (!user) redirect("/signin?next=/assignments");
  if (user.role === "teacher") redirect("/teacher");
  return { user, assignments: await listStudentAssignments(user.id, new Date()) };
}
