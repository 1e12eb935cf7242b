// The command line as the scorer runs it: one JSON document on stdout, or one line on stderr and
// a non-zero exit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(import.meta.dirname, "cli.ts");
const dir = mkdtempSync(join(tmpdir(), "factquiz-cli-"));

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { encoding: "utf8", cwd: join(import.meta.dirname, "../..") });
}

describe("factquiz extract", () => {
  it("prints one facts-format document", () => {
    const file = join(dir, "ok.txt");
    writeFileSync(file, " date 2024-05-09 Mayor Ann Holt said on Tuesday that the pier would reopen. “It is safe again,” Holt said.\n");
    const r = run("extract", file);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["article", "people", "quotes", "dates", "claims", "questions"]));
    expect(doc.article.date).toBe("2024-05-09");
    expect(doc.article.body.startsWith("Mayor Ann Holt")).toBe(true);
    for (const q of doc.quotes) {
      expect(["direct", "partial", "scare"]).toContain(q.kind);
      expect(doc.article.body.slice(q.start, q.end).includes(q.quote)).toBe(true);
    }
  }, 60_000);

  it.each([
    ["a missing file", () => join(dir, "missing.txt"), /no such file/],
    ["a binary file", () => { const f = join(dir, "bin.txt"); writeFileSync(f, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0xc3])); return f; }, /not UTF-8|binary/],
    ["an empty file", () => { const f = join(dir, "empty.txt"); writeFileSync(f, "\n\n"); return f; }, /empty/],
  ])("%s: one line on stderr, non-zero exit", (_name, make, message) => {
    const r = run("extract", make());
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  }, 60_000);

  it("prints one document per line for several files, in their order; a bad file keeps its place", () => {
    const a = join(dir, "a.txt"), b = join(dir, "b.txt");
    writeFileSync(a, " date 2024-05-09 “The pier is safe again,” Mayor Ann Holt said on Tuesday.\n");
    writeFileSync(b, " date 2023-01-02 Chief Omar Reyes said on Monday that the road was closed.\n");
    const ok = run("extract", a, b);
    expect(ok.status).toBe(0);
    const docs = ok.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => d.article.date)).toEqual(["2024-05-09", "2023-01-02"]);
    const bad = run("extract", join(dir, "missing.txt"), b);
    expect(bad.status).not.toBe(0);
    const lines = bad.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0].error).toMatch(/no such file/);
    expect(lines[1].article.date).toBe("2023-01-02");
  }, 60_000);

  it("--calibration FILE decides publication with that table; an unusable table is refused", () => {
    const a = join(dir, "cal.txt"), empty = join(dir, "empty-table.json"), broken = join(dir, "broken-table.json");
    writeFileSync(a, " date 2024-05-09 “The pier is safe again for every family,” Mayor Ann Holt said on Tuesday. Chief Omar Reyes and Judge Lena Berg agreed.\n");
    writeFileSync(empty, JSON.stringify({ z: 1.645, threshold: 0.98, corpora: [], rules: {} }));
    writeFileSync(broken, "{");
    const r = run("extract", "--calibration", empty, a);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.questions.length).toBeGreaterThan(0);
    expect(doc.questions.every((q: { status: string; reason: string }) => q.status === "suggested" && /not been measured/.test(q.reason))).toBe(true);
    const bad = run("extract", "--calibration", broken, a);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot use calibration/);
  }, 60_000);
});

