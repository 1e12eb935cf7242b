import { TeacherNav } from "@/components/teacher/teacher-nav";
import { requireTeacher } from "@/lib/quiz-sets/loaders";

export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  await requireTeacher("/teacher");
  return (
    <>
      <TeacherNav />
      <div className="mx-auto max-w-5xl p-4 sm:p-6">{children}</div>
    </>
  );
}
