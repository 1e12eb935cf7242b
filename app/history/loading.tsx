// Only on pages that never answer "not found": a loading boundary streams the page's shell
// (HTTP 200) before the page has run, so a notFound() under it could no longer send a 404.
export default function Loading() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-8" aria-busy="true">
      <p role="status" className="animate-pulse text-slate-600 dark:text-slate-400">Loading…</p>
    </main>
  );
}
