import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Caller } from "@/lib/action-core";
import { GUEST_COOKIE, readSessionUser, readViewer, type RequestCookies } from "@/lib/request-viewer";
import { STANDARD_HEADERS } from "@/lib/security/standard-headers";
import { handleAnswer } from "./answer-http";

// The answer lane (issue 9): in production scripts/serve.mjs hands `POST /api/attempts/answer`
// here before Next's request handler, whose own per-request pipeline (routing, the route
// module's Request/Response, headers from next.config) cost more than the answer itself when a
// whole class answers at once. The answer's logic is the route's (./answer-http); what Next
// would otherwise do around it is done here: the Cookie header parsed as Next parses it, the
// body read with a limit, the standard response headers, and a 500 for an unexpected error.
// Compiled by scripts/build-lane.mjs into the build folder; each worker process that loads it
// opens its own database connection (lib/db), as Next's side does.

export const ANSWER_PATH = "/api/attempts/answer";
/** A request with this header goes to Next's route instead (the bench compares the two). */
export const SKIP_HEADER = "x-answer-lane";

/** Whether the lane serves this request; anything else (other methods, paths) goes to Next. */
export function takes(req: IncomingMessage): boolean {
  if (req.method !== "POST" || req.headers[SKIP_HEADER] === "skip") return false;
  const url = req.url ?? "";
  const q = url.indexOf("?");
  return (q === -1 ? url : url.slice(0, q)) === ANSWER_PATH;
}

/** Serves one answer. Never throws: an unexpected error is logged and answered with a 500. */
export async function serveAnswer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const cookies = parseCookies(req.headers.cookie);
    const caller: Caller = { viewer: async () => readViewer(await readSessionUser(cookies), cookies[GUEST_COOKIE]) };
    const reply = await handleAnswer({ header: (name) => headerOf(req, name), body: (limit) => readBody(req, limit) }, caller);
    send(res, reply.status, reply.json);
  } catch (error) {
    console.error("The answer lane failed:", error);
    // Not an action result: the play screen treats it as a failed send and offers a retry, as
    // it does for the 500 Next sends when a route throws.
    if (!res.headersSent) send(res, 500, { error: "The answer could not be saved." });
    else res.destroy();
  }
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}

/** The Cookie header as Next's cookies() reads it (@edge-runtime/cookies): the last of a name wins. */
export function parseCookies(header: string | undefined): RequestCookies {
  const cookies: RequestCookies = {};
  for (const pair of (header ?? "").split(/; */)) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    if (at === -1) {
      cookies[pair] = "true";
      continue;
    }
    try {
      cookies[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
    } catch {
      // A value that is not valid percent-encoding is dropped, as Next drops it.
    }
  }
  return cookies;
}

/** The body as text, or null as soon as it passes `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, json: unknown) {
  const body = JSON.stringify(json);
  const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
  for (const { key, value } of STANDARD_HEADERS) headers[key] = value;
  headers[SKIP_HEADER] = "1";
  // A body left unread (too large) cannot stay on a kept-alive connection.
  if (!res.req.complete) headers.connection = "close";
  res.writeHead(status, headers).end(body);
}
