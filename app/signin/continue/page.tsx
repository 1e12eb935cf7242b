import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";

// After signing in without a destination: each role has its own home.
export default async function ContinuePage() {
  const user = await getSessionUser();
  redirect(!user ? "/signin" : user.role === "teacher" ? "/teacher" : "/assignments");
}
