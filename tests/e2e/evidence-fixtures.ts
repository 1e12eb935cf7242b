import type { Locator } from "@playwright/test";

/**
 * Clicks a sentence option with the mouse, on its first line of text. A sentence is an inline
 * label that wraps over lines inside the article's scroll box; Playwright's own click aims at a
 * point of the label's box that can fall between lines, so the point is taken from the text.
 */
export async function pick(label: Locator) {
  await label.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = await label.evaluate((el) => {
    const r = el.getClientRects()[0];
    return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
  });
  await label.page().mouse.click(box.x, box.y);
}
