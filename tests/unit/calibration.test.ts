// The committed calibration table must be what the rules earn on the development corpora today:
// a rule changed without `npm run calibrate` would publish on a record it no longer has.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CALIBRATION } from "@/lib/generator/calibration";
import { CORPUS_DIR, measure } from "@/scripts/calibrate";

describe.skipIf(!existsSync(CORPUS_DIR))("calibration table", () => {
  it("matches what the generator's rules measure on the development corpora (run npm run calibrate)", () => {
    const now = measure("all");
    expect(CALIBRATION.rules).toEqual(now.rules);
    expect(CALIBRATION.corpora).toEqual(now.corpora);
  }, 300_000);
});
