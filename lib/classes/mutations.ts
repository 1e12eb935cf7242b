import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/prisma/generated/client";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "./schema";

export function newJoinCode() {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Retries on the rare code collision; 31^6 codes make a second one vanishingly unlikely. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await write(newJoinCode());
    } catch (e) {
      if (!isUniqueViolation(e) || i >= 4) throw e;
    }
  }
}

export function createClass(teacherId: string, name: string) {
  return withFreshCode((joinCode) => db.class.create({ data: { teacherId, name, joinCode }, select: { id: true, joinCode: true } }));
}

/** A new code invalidates the old one: for a code that leaked beyond the class. */
export async function rotateJoinCode(teacherId: string, classId: string) {
  return withFreshCode(async (joinCode) => {
    const { count } = await db.class.updateMany({ where: { id: classId, teacherId }, data: { joinCode } });
    if (count === 0) throw new NotFoundError("That class");
    return joinCode;
  });
}

export async function removeStudent(teacherId: string, classId: string, studentId: string) {
  // The owner check sits in the where clause: another teacher's class matches nothing.
  const { count } = await db.enrollment.deleteMany({ where: { classId, studentId, class: { teacherId } } });
  if (count === 0) throw new NotFoundError("That student in this class");
}

/** Idempotent: joining twice keeps one enrollment. */
export async function joinClass(studentId: string, code: string) {
  const klass = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, teacherId: true } });
  if (!klass) throw new ValidationError("No class has this code. Check it with your teacher.", { code: ["No class has this code."] });
  if (klass.teacherId === studentId) throw new ValidationError("You teach this class.");
  await db.enrollment.upsert({
    where: { classId_studentId: { classId: klass.id, studentId } },
    create: { classId: klass.id, studentId },
    update: {},
  });
  return { classId: klass.id, name: klass.name };
}
