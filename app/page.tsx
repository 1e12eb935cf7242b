import Link from "next/link";
import { loadDemoQuizId, loadQuizList } from "@/lib/quiz/loaders";
import { QuizCard } from "@/components/quiz/quiz-card";
import { card, linkClass, mutedText, primaryButton, secondaryButton } from "@/components/ui/styles";

export default async function HomePage() {
  const [demoId, quizzes] = await Promise.all([loadDemoQuizId(), loadQuizList()]);
  return (
    <main className="mx-auto max-w-6xl space-y-10 px-4 py-8 sm:py-12">
      <section className="max-w-3xl space-y-5">
        <h1 className="text-3xl font-bold tracking-tight sm:text-5xl">Read the news like a fact-checker.</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          Who said it? Is the claim confirmed, denied or only reported? When did it happen, and who is the source? Each quiz is
          built from a real news article, and every answer is explained from the sentence it comes from.
        </p>
        <div className="flex flex-wrap gap-3">
          {demoId ? (
            <Link href={`/play/${demoId}`} className={primaryButton}>
              Play the demo quiz
            </Link>
          ) : (
            <p className={mutedText}>The demo quiz is not loaded yet: run <code>npm start</code> (it seeds the database).</p>
          )}
          <Link href="/quizzes" className={secondaryButton}>
            All quizzes
          </Link>
        </div>
        <p className={`text-sm ${mutedText}`}>
          No account needed: your answers are kept on this browser. <Link href="/signup" className={linkClass}>Sign up</Link> to keep
          them on any device; teachers can add their own articles and assign quizzes to a class.
        </p>
      </section>
      <section aria-labelledby="how" className="grid gap-4 sm:grid-cols-3">
        <h2 id="how" className="sr-only">How it works</h2>
        {STEPS.map(([title, text]) => (
          <div key={title} className={card}>
            <h3 className="font-semibold">{title}</h3>
            <p className={`mt-1 text-sm ${mutedText}`}>{text}</p>
          </div>
        ))}
      </section>
      {quizzes.length > 0 && (
        <section aria-labelledby="latest" className="space-y-4">
          <h2 id="latest" className="text-xl font-semibold">Quizzes</h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {quizzes.slice(0, 6).map((q) => (
              <QuizCard key={q.id} quiz={q} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

const STEPS = [
  ["One question at a time", "Choose with a tap, or the number keys and Enter. There is no clock unless you want one."],
  ["See the evidence", "After each answer the article opens at the sentence the answer comes from, highlighted."],
  ["Learn from misses", "The end screen shows your score by skill and every missed question with its citation."],
] as const;
