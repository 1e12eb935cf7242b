// The cue table: one small named rule per cue or construction, in priority order. Each rule's
// id is stable, because a later calibration step measures every id's precision.
import type { ClaimStatus } from "../types";
import { NO_COMMENT_RULES } from "./cues-no-comment";
import { DENY_CONFIRM_RULES } from "./cues-deny-confirm";
import { REPORTED_RULES } from "./cues-reported";

export type CueRule = {
  rule: string;
  /** A cheap test the sentence must pass before the rule's pattern runs (its cue word). */
  hint: RegExp;
  status: ClaimStatus;
  re: RegExp;
  /** Where the holder sits: the subject before the cue, the phrase after it, or none named. */
  holder: "subject" | "after" | "none" | "reports" | "sources" | "media" | "inner";
  sure: boolean;
  /** Optional guard on the text right before the match (e.g. no passives). */
  reject?: RegExp;
  /** Optional test of the text right before the match; the cue counts only when it passes. */
  accept?: (before: string) => boolean;
  /** Optional test of the whole sentence; the cue counts only when it passes. */
  sentence?: RegExp;
};

// Order matters only for overlaps: the earlier rule wins a span it shares with a later one.
export const RULES: CueRule[] = [...NO_COMMENT_RULES, ...DENY_CONFIRM_RULES, ...REPORTED_RULES];

export type Hit = { rule: CueRule; start: number; end: number; inner?: { start: number; end: number } };
