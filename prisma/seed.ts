// Loads every article in prisma/articles with the quiz the generator makes from it, as
// published library quiz sets (no owner). Safe to rerun: rows are keyed by the file's slug.
// A quiz set somebody already played is a snapshot and stays as it is; an unplayed one is
// rebuilt, so a better generator shows up after `npm start` without losing anyone's history.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { ARTICLES_DIR, connect, generateQuestionRows, readArticle, titleFromBody, type Db } from "./factories";

type Review = { accepted: Array<{ type: string; prompt: string; answer: string }> };

/** A reviewer's accepts for an article's suggestions (prisma/articles/SLUG.review.json), if any. */
function readReview(slug: string): Review | null {
  const file = path.join(ARTICLES_DIR, `${slug}.review.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Review) : null;
}

/** Published with no teacher at the keyboard: what the generator publishes on its own, plus the
 *  suggestions a reviewer accepted — only while the generator still makes them word for word. */
export function demoRows(slug: string, input: ReturnType<typeof readArticle>, review: Review | null = readReview(slug)) {
  const all = generateQuestionRows(input.body, input.date, input.title ?? titleFromBody(input.body), { suggestions: review !== null });
  const accepted = (r: (typeof all)[number]) =>
    review?.accepted.some((a) => a.type === r.type && a.prompt === r.prompt && a.answer === (r.choices as string[])[r.answerIndex]) ?? false;
  return all
    .filter((r) => r.status === "published" || accepted(r))
    .map((r, position) => ({ ...r, position, status: "published", reason: null }));
}

async function seedArticle(db: Db, slug: string) {
  const input = readArticle(slug);
  const fields = {
    title: input.title ?? titleFromBody(input.body),
    source: input.source ?? "Unknown source",
    url: input.url,
    publishedOn: input.date,
    body: input.body,
  };
  const existing = await db.quizSet.findUnique({ where: { slug }, select: { id: true, _count: { select: { attempts: true } } } });
  if (existing && existing._count.attempts > 0) {
    return { slug, id: existing.id, questions: await db.question.count({ where: { quizSetId: existing.id } }), kept: true, skipped: false, title: fields.title };
  }
  const rows = demoRows(slug, input);
  // A quiz of no question is no demo: leave the article out until the generator trusts one.
  if (rows.length === 0) {
    if (existing) await db.quizSet.delete({ where: { id: existing.id } });
    return { slug, id: null, questions: 0, kept: false, skipped: true, title: fields.title };
  }
  const quizSet = await db.$transaction(async (tx) => {
    const article = await tx.article.upsert({ where: { slug }, create: { slug, ...fields }, update: fields });
    if (existing) await tx.question.deleteMany({ where: { quizSetId: existing.id } });
    return tx.quizSet.upsert({
      where: { slug },
      create: {
        slug, articleId: article.id, title: fields.title, status: "published", publishedAt: new Date(),
        shareCode: randomBytes(4).toString("hex"), questions: { create: rows },
      },
      update: { title: fields.title, questions: { create: rows } },
    });
  });
  return { slug, id: quizSet.id, questions: rows.length, kept: false, skipped: false, title: fields.title };
}

export async function seedAll(db: Db, log: (line: string) => void = () => {}) {
  const slugs = readdirSync(ARTICLES_DIR).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
  log(`Seeding ${slugs.length} articles from prisma/articles:`);
  const results = [];
  for (const slug of slugs) {
    const r = await seedArticle(db, slug);
    log(r.skipped
      ? `  skip     no question the generator publishes on its own  ${r.title}`
      : `  ${r.kept ? "kept " : "built"} ${String(r.questions).padStart(2)} questions  /play/${r.id}  ${r.title}`);
    results.push(r);
  }
  const demo = slugs.find((s) => s.startsWith("seed-"));
  if (demo) log(`Demo quiz: ${demo} (linked from the home page). Play as a guest; no login needed.`);
  return results;
}

// Run as a script (`tsx prisma/seed.ts`); imported by tests it only exports seedAll.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const db = connect();
  seedAll(db, console.log)
    .then(() => db.$disconnect())
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
