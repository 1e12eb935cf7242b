// Token-level view of the article for attribution, as one object: the shared context (ctx.ts)
// and every speech rule bound to it. The rules are small modules over that one context:
// subjects, outlets, cues, referents, quote-links, indirect.
import { buildCtx, type Ctx } from "./ctx";
import { quoteRange } from "./ctx";
import { cuesBefore, cueAfter, lateCueAfter } from "./cues";
import { sentenceSubject, resolvePronoun, clauseSubject, otherPersonBefore, previousTold, reportedSpeaker, relativeClauseSubject } from "./referents";
import { trailingRelay, secondHand, thingSays, namedTerm, continues, colonSubject, colonName, possessorOf, startsParagraphAfter, sameParagraph } from "./quote-links";
import { indirectCandidates } from "./indirect";
import type { TextLayer } from "../text/layer";
import type { Entity, Quote } from "../types";

export type { Cue, IndirectFinding, SubjectRef } from "./ctx";
export type Speech = ReturnType<typeof analyseSpeech>;

type Rest<F> = F extends (ctx: Ctx, ...args: infer A) => infer R ? (...args: A) => R : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bind = <F extends (ctx: Ctx, ...args: any[]) => unknown>(ctx: Ctx, f: F) => ((...args: unknown[]) => f(ctx, ...args)) as Rest<F>;

export function analyseSpeech(text: TextLayer, entities: Entity[], quotes: Quote[]) {
  const ctx = buildCtx(text, entities, quotes);
  return {
    tokens: ctx.tokens,
    inQuote: ctx.inQuote,
    sentFrom: ctx.sentFrom,
    firstFreeWord: ctx.firstFreeWord,
    speechVerbIn: ctx.speechVerbIn,
    quoteRange: bind(ctx, quoteRange),
    sentenceSubject: bind(ctx, sentenceSubject),
    cuesBefore: bind(ctx, cuesBefore),
    cueAfter: bind(ctx, cueAfter),
    lateCueAfter: bind(ctx, lateCueAfter),
    colonName: bind(ctx, colonName),
    possessorOf: bind(ctx, possessorOf),
    otherPersonBefore: bind(ctx, otherPersonBefore),
    previousTold: bind(ctx, previousTold),
    reportedSpeaker: bind(ctx, reportedSpeaker),
    relativeClauseSubject: bind(ctx, relativeClauseSubject),
    resolvePronoun: bind(ctx, resolvePronoun),
    clauseSubject: bind(ctx, clauseSubject),
    trailingRelay: bind(ctx, trailingRelay),
    secondHand: bind(ctx, secondHand),
    thingSays: bind(ctx, thingSays),
    namedTerm: bind(ctx, namedTerm),
    continues: bind(ctx, continues),
    startsParagraphAfter: bind(ctx, startsParagraphAfter),
    sameParagraph: bind(ctx, sameParagraph),
    colonSubject: bind(ctx, colonSubject),
    indirectCandidates: bind(ctx, indirectCandidates),
  };
}
