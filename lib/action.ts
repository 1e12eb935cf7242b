import "server-only";
import type { z } from "zod";
import { defineAction, type ActionOptions, type ActionResult, type Caller } from "@/lib/action-core";
import { ensureViewer, getViewer, type Viewer } from "@/lib/session";

export type { ActionFailure, ActionResult } from "@/lib/action-core";

/** The caller of a server action or route handler: the session in next/headers' cookies. */
export const nextCaller: Caller = { viewer: getViewer, ensureViewer };

/**
 * The one wrapper every server action goes through (lib/action-core): it validates its input
 * and checks who is calling on every call, here from Next's request cookies.
 */
export function createAction<S extends z.ZodType, T>(
  options: ActionOptions<S>,
  run: (input: z.output<S>, viewer: Viewer) => Promise<T>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  const act = defineAction(options, run);
  return (raw) => act(raw, nextCaller);
}
