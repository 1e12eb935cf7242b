import { LocalTime } from "@/components/classes/local-time";
import { SKILL_LABELS } from "@/lib/quiz/schema";
import type { AssignmentResults } from "@/lib/results/aggregate";

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
const duration = (ms: number | null) => {
  if (ms === null) return "—";
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
};
const th = "border-b border-slate-300 px-2 py-1 text-left font-semibold dark:border-slate-600";
const td = "border-b border-slate-200 px-2 py-1 align-top dark:border-slate-800";

const tally = (t: { found: number; of: number } | null) => (t ? `${t.found} / ${t.of}` : "—");

/** The teacher's own questions are marked, so a low score on one reads as the wording's too. */
export function TeacherMark({ show }: { show: boolean }) {
  return show ? <span className="ml-2 whitespace-nowrap rounded bg-violet-100 px-1.5 py-0.5 text-xs font-semibold text-violet-900 dark:bg-violet-950 dark:text-violet-100" data-testid="teacher-mark">Written by you</span> : null;
}

export function StudentResultsTable({ rows, evidence }: { rows: AssignmentResults["perStudent"]; evidence: boolean }) {
  return (
    <table className="w-full text-sm" data-testid="student-results">
      <caption className="sr-only">Results per student</caption>
      <thead>
        <tr><th className={th}>Student</th><th className={th}>Score</th>{evidence && <th className={th}>Evidence found</th>}<th className={th}>Time taken</th><th className={th}>Attempts</th><th className={th}>Finished</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.student.id}>
            <th scope="row" className={`${td} text-left font-medium`}>
              {r.counted ? <a className="underline underline-offset-4" href={`#answers-${r.student.id}`}>{r.student.name ?? r.student.email}</a> : (r.student.name ?? r.student.email)}
            </th>
            <td className={td}>{r.score === null ? "not finished" : `${r.score} / ${r.total}`}</td>
            {evidence && <td className={td}>{tally(r.evidence)}</td>}
            <td className={td}>{duration(r.timeTakenMs)}</td>
            <td className={td}>{r.attempts}</td>
            <td className={td}>{r.finishedAt ? <LocalTime iso={r.finishedAt.toISOString()} /> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function QuestionResultsTable({ rows, evidence }: { rows: AssignmentResults["perQuestion"]; evidence: boolean }) {
  return (
    <table className="w-full text-sm" data-testid="question-results">
      <caption className="sr-only">Results per question</caption>
      <thead>
        <tr><th className={th}>#</th><th className={th}>Question</th><th className={th}>Correct</th>{evidence && <th className={th}>Evidence found</th>}<th className={th}>Most chosen wrong answer</th><th className={th}>Cited sentence</th></tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.question.id}>
            <td className={td}>{i + 1}</td>
            <th scope="row" className={`${td} text-left font-normal`}>{r.question.prompt}<TeacherMark show={r.question.byTeacher} /></th>
            <td className={td}>{pct(r.shareCorrect)} <span className="text-slate-600 dark:text-slate-400">({r.correct}/{r.answered})</span></td>
            {evidence && <td className={td}>{tally(r.evidence)}</td>}
            <td className={td}>{r.mostChosenWrong ? `${r.mostChosenWrong.choice} (${r.mostChosenWrong.count})` : "—"}</td>
            <td className={td}><q>{r.citedSentence}</q></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SkillResultsTable({ rows }: { rows: AssignmentResults["perSkill"] }) {
  return (
    <table className="w-full max-w-xl text-sm" data-testid="skill-results">
      <caption className="sr-only">Results per skill</caption>
      <thead>
        <tr><th className={th}>Skill</th><th className={th}>Questions</th><th className={th}>Correct</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.skill}>
            <th scope="row" className={`${td} text-left font-medium`}>{SKILL_LABELS[r.skill]}</th>
            <td className={td}>{r.questions}</td>
            <td className={td}>{pct(r.shareCorrect)} <span className="text-slate-600 dark:text-slate-400">({r.correct}/{r.answered})</span></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
