// The play and review screens put the article below the question on a phone: these bring it
// (or its first marked sentence) into view and move focus there, so a screen reader follows.
function reveal(el: HTMLElement | null | undefined) {
  if (!el) return;
  if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  el.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  el.focus({ preventScroll: true });
}

export function showArticle() {
  reveal(document.querySelector<HTMLElement>("[data-testid=article-body]"));
}

export function showCitedSentence() {
  reveal(document.querySelector<HTMLElement>("[data-testid=article-body] mark"));
}
