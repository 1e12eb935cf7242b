import "server-only";
import { db } from "@/lib/db";

export function listClasses(teacherId: string) {
  return db.class.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: true, assignments: true } } },
  });
}

export function getClassForTeacher(teacherId: string, classId: string) {
  return db.class.findFirst({
    where: { id: classId, teacherId },
    include: {
      enrollments: { orderBy: { joinedAt: "asc" }, include: { student: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: { dueAt: "asc" },
        include: { quizSet: { select: { id: true, title: true } }, _count: { select: { attempts: true } } },
      },
    },
  });
}

export function getClassByCode(code: string) {
  return db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, teacher: { select: { name: true } } } });
}

export function isEnrolled(studentId: string, classId: string) {
  return db.enrollment.findUnique({ where: { classId_studentId: { classId, studentId } }, select: { id: true } }).then(Boolean);
}
