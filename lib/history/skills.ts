// The four skills the product reports on, and which question types train each. A timeline
// question orders dated events, so it counts as reading dates.
export const SKILLS = ["who_said", "claim_status", "dates", "sources"] as const;
export type Skill = (typeof SKILLS)[number];

export const SKILL_LABELS: Record<Skill, string> = {
  who_said: "Who said",
  claim_status: "Claim status",
  dates: "Dates",
  sources: "Sources",
};

const BY_TYPE: Record<string, Skill> = {
  who_said: "who_said",
  claim_status: "claim_status",
  date: "dates",
  timeline: "dates",
  source: "sources",
};

/** null for a question type that belongs to no reported skill (it still counts in scores). */
export function skillOf(questionType: string): Skill | null {
  return BY_TYPE[questionType] ?? null;
}
