import "server-only";
import { z } from "zod";
import { AppError, type ErrorCode } from "@/lib/errors";
import { ensureViewer, getViewer, type Viewer } from "@/lib/session";

export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

type Options<S extends z.ZodType> = {
  schema: S;
  /** Roles allowed to call; omit to allow any viewer (guests included). */
  roles?: Viewer["role"][];
  /** Create a guest identity when nobody is known yet (playing without an account). */
  createGuest?: boolean;
};

/**
 * The one wrapper every server action goes through: a server action is a public endpoint, so
 * it validates its input and checks who is calling on every call. Accepts a plain object or
 * FormData (forms). Expected errors become a result; anything else throws to error.tsx.
 */
export function createAction<S extends z.ZodType, T>(
  options: Options<S>,
  run: (input: z.output<S>, viewer: Viewer) => Promise<T>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (raw) => {
    const parsed = options.schema.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
      return { ok: false, code: "VALIDATION", message: "Please check the highlighted fields.", fieldErrors };
    }
    const viewer = options.createGuest ? await ensureViewer() : await getViewer();
    if (!viewer) return { ok: false, code: "UNAUTHENTICATED", message: "Please sign in first." };
    if (options.roles && !options.roles.includes(viewer.role)) {
      return { ok: false, code: "FORBIDDEN", message: "You are not allowed to do that." };
    }
    try {
      return { ok: true, data: await run(parsed.data, viewer) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
      }
      throw error;
    }
  };
}
