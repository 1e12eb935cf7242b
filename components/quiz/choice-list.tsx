import { focusRing } from "@/components/ui/styles";
import type { StepFeedback } from "./question-step";

type Props = {
  questionId: string;
  choices: string[];
  selected: number | null;
  feedback: StepFeedback | null;
  onSelect: (index: number) => void;
};

/**
 * Native radio buttons, styled as large touch targets: arrows, Space and screen readers work as
 * they do everywhere. After the answer the borders only change colour (same width): no shift.
 */
export function ChoiceList({ questionId, choices, selected, feedback, onSelect }: Props) {
  return (
    <ul className="space-y-2.5">
      {choices.map((choice, i) => {
        const id = `choice-${questionId}-${i}`;
        const state = stateOf(i, selected, feedback);
        return (
          <li key={id}>
            <label
              htmlFor={id}
              data-state={state}
              className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 px-3 py-2.5 transition-colors has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600 dark:has-[:focus-visible]:outline-sky-400 ${STATE_CLASS[state]}`}
            >
              <input
                id={id}
                type="radio"
                name={`q-${questionId}`}
                value={i}
                checked={selected === i}
                onChange={() => onSelect(i)}
                className={`sr-only ${focusRing}`}
              />
              <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-md border border-current text-sm font-semibold">
                {i + 1}
              </span>
              <span className="flex-1">{choice}</span>
              {state === "right" && <span className="text-sm font-semibold">✓ Correct answer</span>}
              {state === "wrong" && <span className="text-sm font-semibold">✗ Your answer</span>}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

type State = "idle" | "selected" | "right" | "wrong" | "dimmed";

function stateOf(i: number, selected: number | null, feedback: StepFeedback | null): State {
  if (feedback) {
    if (i === feedback.answerIndex) return "right";
    if (i === feedback.choiceIndex) return "wrong";
    return "dimmed";
  }
  return selected === i ? "selected" : "idle";
}

const STATE_CLASS: Record<State, string> = {
  idle: "border-slate-300 bg-white hover:border-blue-400 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-500",
  selected: "border-blue-700 bg-blue-50 dark:border-sky-400 dark:bg-sky-950",
  right: "border-green-700 bg-green-50 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-100",
  wrong: "border-red-700 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-100",
  dimmed: "border-slate-200 bg-white text-slate-500 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400",
};
