import "server-only";
import { z } from "zod";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { Viewer } from "@/lib/request-viewer";

// The action wrapper without Next: who is calling comes in as a parameter. lib/action binds it
// to next/headers' cookies (server actions, route handlers); the answer lane binds it to the
// request's Cookie header (lib/attempts/answer-lane).

export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** Where an action learns who is calling. ensureViewer only for actions that create a guest. */
export type Caller = {
  viewer(): Promise<Viewer | null>;
  ensureViewer?(): Promise<Viewer>;
};

export type ActionOptions<S extends z.ZodType> = {
  schema: S;
  /** Roles allowed to call; omit to allow any viewer (guests included). */
  roles?: Viewer["role"][];
  /** Create a guest identity when nobody is known yet (playing without an account). */
  createGuest?: boolean;
};

/**
 * Validates the input and checks who is calling, on every call: a server action is a public
 * endpoint. Accepts a plain object or FormData (forms). Expected errors become a result;
 * anything else throws.
 */
export function defineAction<S extends z.ZodType, T>(
  options: ActionOptions<S>,
  run: (input: z.output<S>, viewer: Viewer) => Promise<T>,
): (input: z.input<S> | FormData, caller: Caller) => Promise<ActionResult<T>> {
  return async (raw, caller) => {
    const parsed = options.schema.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
      return { ok: false, code: "VALIDATION", message: "Please check the highlighted fields.", fieldErrors };
    }
    if (options.createGuest && !caller.ensureViewer) throw new Error("This caller cannot create a guest.");
    const viewer = options.createGuest ? await caller.ensureViewer!() : await caller.viewer();
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
