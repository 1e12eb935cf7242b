import { describe, expect, it } from "vitest";
import { chartLabels } from "./format";

describe("chartLabels", () => {
  it.each([
    [["2026-03-01T09:00:00Z", "2026-03-02T09:00:00Z"], ["2026-03-01", "2026-03-02"]],
    [["2026-03-01T09:05:00Z", "2026-03-01T14:30:00Z", "2026-03-04T08:00:00Z"], ["2026-03-01 09:05", "2026-03-01 14:30", "2026-03-04"]],
  ])("%j → %j", (ats, expected) => {
    expect(chartLabels(ats)).toEqual(expected);
  });
});
