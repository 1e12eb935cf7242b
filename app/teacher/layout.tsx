import { UserBar } from "@/components/auth/user-bar";
import { requireTeacher } from "@/lib/quiz-sets/loaders";

export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  const user = await requireTeacher("/teacher");
  return (
    <>
      <UserBar user={user} />
      <div className="mx-auto max-w-5xl p-4 sm:p-6">{children}</div>
    </>
  );
}
