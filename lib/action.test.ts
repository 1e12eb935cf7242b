import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ForbiddenError } from "@/lib/errors";
import type { Viewer } from "@/lib/session";

// Who is calling comes from cookies in a real request; here it is set per test.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null, created: 0 }));
vi.mock("@/lib/session", () => ({
  getViewer: async () => session.viewer,
  ensureViewer: async () => {
    session.created++;
    session.viewer ??= { id: "guest-1", role: "guest", name: null, email: null };
    return session.viewer;
  },
}));

const { createAction } = await import("./action");

const schema = z.object({ title: z.string().min(3, "At least 3 characters.") });
const echo = createAction({ schema }, async (input, viewer) => `${viewer.id}:${input.title}`);
const teachersOnly = createAction({ schema, roles: ["teacher"] }, async () => "ok");
const play = createAction({ schema, createGuest: true }, async (_input, viewer) => viewer.role);

beforeEach(() => {
  session.viewer = { id: "u1", role: "student", name: null, email: null };
  session.created = 0;
});

describe("createAction", () => {
  it("validates first and returns the field errors", async () => {
    expect(await echo({ title: "no" })).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Please check the highlighted fields.",
      fieldErrors: { title: ["At least 3 characters."] },
    });
  });

  it("accepts FormData from a form", async () => {
    const form = new FormData();
    form.set("title", "A title");
    expect(await echo(form)).toEqual({ ok: true, data: "u1:A title" });
  });

  it("refuses an unknown caller and a wrong role", async () => {
    session.viewer = null;
    expect(await echo({ title: "A title" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    session.viewer = { id: "u2", role: "student", name: null, email: null };
    expect(await teachersOnly({ title: "A title" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("creates a guest only where asked", async () => {
    session.viewer = null;
    expect(await play({ title: "A title" })).toEqual({ ok: true, data: "guest" });
    expect(session.created).toBe(1);
  });

  it("maps expected errors and rethrows the rest", async () => {
    const refused = createAction({ schema }, async () => {
      throw new ForbiddenError("Not yours.");
    });
    expect(await refused({ title: "A title" })).toEqual({ ok: false, code: "FORBIDDEN", message: "Not yours.", fieldErrors: undefined });
    const broken = createAction({ schema }, async () => {
      throw new Error("bug");
    });
    await expect(broken({ title: "A title" })).rejects.toThrow("bug");
  });
});
