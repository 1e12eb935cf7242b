import { z } from "zod";

// No 0/O, 1/I/L: a code is read aloud or copied from a board.
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ""))
  .pipe(z.string().length(JOIN_CODE_LENGTH, `A join code has ${JOIN_CODE_LENGTH} characters.`).regex(/^[A-Z0-9]+$/, "A join code has only letters and digits."));

export const createClassSchema = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(80, "A class name has at most 80 characters."),
});
export const classIdSchema = z.object({ classId: z.string().min(1) });
export const removeStudentSchema = z.object({ classId: z.string().min(1), studentId: z.string().min(1) });
export const joinClassSchema = z.object({ code: joinCodeSchema });
