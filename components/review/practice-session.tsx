"use client";
import { useState } from "react";
import Link from "next/link";
import type { ReviewPrompt } from "@/lib/review/schema";
import { counted } from "@/lib/plural";
import { linkClass } from "@/components/ui/styles";
import { ReviewSession } from "./review-session";

/** A practice round over the missed questions not due yet, one after another in the browser. */
export function PracticeSession({ prompts }: { prompts: ReviewPrompt[] }) {
  const [index, setIndex] = useState(0);
  if (index >= prompts.length) {
    return (
      <div role="status" className="space-y-2" data-testid="practice-done">
        <p>Practice round done: {counted(prompts.length, "question")} practised. Nothing was counted, so each one still comes back on its day.</p>
        <p><Link href="/review" className={linkClass}>Back to review</Link></p>
      </div>
    );
  }
  const last = index === prompts.length - 1;
  return (
    <>
      <p className="mb-4" data-testid="practice-count">Practice question {index + 1} of {prompts.length}. Not counted in your review schedule or history.</p>
      <ReviewSession key={prompts[index].questionId} prompt={prompts[index]} practice={{ onNext: () => setIndex(index + 1), nextLabel: last ? "Finish practice" : "Next practice question" }} />
    </>
  );
}
