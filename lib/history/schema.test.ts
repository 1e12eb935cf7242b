import { describe, expect, it } from "vitest";
import { parseHistoryFilter, periodStart } from "./schema";

describe("history filters from searchParams", () => {
  it.each([
    [{}, { period: "all", classId: undefined }],
    [{ period: "7d" }, { period: "7d", classId: undefined }],
    [{ period: ["30d", "7d"] }, { period: "30d", classId: undefined }],
    [{ period: "forever", classId: "'; drop table" }, { period: "all", classId: undefined }],
    [{ period: "90d", classId: "cmabc123def456ghi789jkl0" }, { period: "90d", classId: "cmabc123def456ghi789jkl0" }],
    [{ classId: "" }, { period: "all", classId: undefined }],
  ])("%j → %j", (params, expected) => {
    expect(parseHistoryFilter(params)).toEqual(expected);
  });

  it("a period starts that many whole days before now; all time has no start", () => {
    const now = new Date("2026-03-10T00:30:00.000Z");
    expect(periodStart("7d", now)).toEqual(new Date("2026-03-03T00:30:00.000Z"));
    expect(periodStart("all", now)).toBeNull();
  });
});
