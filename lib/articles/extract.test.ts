import { describe, expect, it } from "vitest";
import { articlePage } from "@/tests/fixtures/pages";
import { calendarDay, extractArticle } from "./extract";

describe("extractArticle", () => {
  it.each(["meta", "json-ld", "time"] as const)("reads title, byline, date (from %s) and the paragraphs, leaving the page's clutter out", (place) => {
    const page = articlePage(place);
    const a = extractArticle(page.html, "https://news.example/ie6")!;
    expect(a.title).toBe(page.title);
    expect(a.publishedOn).toBe(page.date);
    expect(a.byline).toContain(page.byline);
    expect(a.source).toBe("Example News");
    expect(a.body.split("\n\n")).toEqual(page.paragraphs);
    expect(a.body).not.toMatch(/Subscribe|Most read|All rights reserved|Tweet/);
    expect(a.url).toBe("https://news.example/ie6");
  });

  it("prefers the page's canonical address to the one it was fetched from", () => {
    const a = extractArticle(articlePage("meta", { canonical: "https://news.example/canonical" }).html, "https://news.example/ie6?utm=x")!;
    expect(a.url).toBe("https://news.example/canonical");
  });

  it("finds nothing in a page without an article", () => {
    expect(extractArticle("<html><body><nav><a href='/'>Home</a></nav></body></html>")).toBeNull();
  });

  it.each([
    ["2011-03-08T23:30:00-08:00", "2011-03-08"],
    ["2011-03-08", "2011-03-08"],
    ["March 8, 2011", ""],
    [null, ""],
  ])("calendarDay(%s) is the date as the page states it, never shifted by a time zone", (input, day) => {
    expect(calendarDay(input)).toBe(day);
  });
});
