// The words a claim's status applies to, cut from the sentence around its cue.
import type { Hit } from "./rules";
import { closeOpenQuotes } from "../text/quote-marks";

/** The words the status applies to, taken from the sentence around the cue. */
export function claimTextOf(text: string, h: Hit, tail: Hit | undefined): string {
  let t = text;
  if (tail && tail !== h) t = t.slice(0, Math.max(h.end, commaBefore(t, tail.start)));
  const after = t.slice(h.end);
  const before = t.slice(0, h.start);
  let claim: string;
  switch (h.rule.rule) {
    case "according-to":
    case "according-to-reports": {
      // "…, according to X." closing the sentence: the claim is what came before.
      // Also when an apposition follows the holder ("…, according to Ann Holt, the curator."):
      // a clause of six words or more before the cue is the claim.
      const closing = /(?:,["”’]?|["”’],)\s*$/.test(before);
      if (before.trim().length > 0 && closing && (!/,\s/.test(after) || before.trim().split(/\s+/).length >= 6)) {
        claim = before;
        break;
      }
      const comma = after.search(/,\s/);
      claim = comma >= 0 && comma < 80 ? after.slice(comma + 1) : after.replace(/^\s*(?:[A-Z][\w'’.-]*\s+)+/, "");
      // "According to the club's coach, Ann Holt, the …": the apposed name is the holder's.
      claim = claim.replace(/^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*,(?=\s)/u, "");
      // "According to Reuters, which cited two officials, the cabinet met": the words after
      // the holder that describe it (a relative or "citing" clause) are not the claim.
      claim = claim.replace(/^\s*(?:quoting|citing|which|who|whose)\b[^,]*,/i, "");
      break;
    }
    case "reported-tail":
      claim = before.replace(/,?\s*[^,]*$/, "");
      break;
    case "it-is-reported":
      if (/^it\b/i.test(text.slice(h.start, h.end))) {
        claim = after;
        break;
      }
      claim = text;
      break;
    case "denied-gap":
    case "rejected-gap": {
      // "…, which the ministry rejects": the statement named before the relative word.
      const rel = /,?\s*(?:which|that)\s+[^,]*$/.exec(before);
      const head = rel ? before.slice(0, rel.index) : before;
      claim = head.slice(head.lastIndexOf(",") + 1).replace(/^\s*(?:over|amid|despite)\s+(?:fears|claims|concerns|suggestions|reports)\s+(?:that\s+)?/i, "");
      break;
    }
    case "as-x-reported":
    case "as-reported-by":
      claim = /\p{L}/u.test(after.replace(/^\s*(?:by\s+)?[^,]*,/, "")) ? after.replace(/^\s*(?:by\s+)?[^,]*?,/, "") : before;
      break;
    case "accused-of-active":
      claim = cutAtClauseEnd(after).split(/\s+and\s+(?:said|says|added|called|urged|warned)\b/)[0];
      break;
    case "confirmed-passive-by":
    case "denied-passive-by":
      // "The two deaths were confirmed by …": the passive subject.
      claim = before.slice(before.lastIndexOf(",") + 1);
      break;
    case "denied-claim":
      // The statement noun is the cue's object: "denied [the allegations] …".
      claim = cutAtClauseEnd(cutAtQuoteEnd(text.slice(h.start).replace(/^\S+\s+/, "")));
      break;
    case "media-said":
      // "…, which media reports runs to ten pages, …": the relative clause ends at its comma.
      claim = /\bwhich\s+$/i.test(before) ? after.split(/,\s/)[0] : cutAtClauseEnd(cutAtQuoteEnd(after));
      break;
    case "leaked-seen-by":
      claim = after.replace(/^[^,"“]*?\b(?:says|said|shows|showed|states|stated|reveals|revealed|reads|suggests|suggested)\s+(?:that\s+)?/i, "");
      break;
    case "reportedly":
    case "allegedly":
    case "accused-of-passive":
    case "leaked":
    case "unconfirmed":
      claim = text.slice(0, tail && tail !== h ? commaBefore(text, tail.start) : text.length);
      break;
    case "no-comment-request":
    case "no-comment-reached":
    case "no-comment-declined":
    case "no-comment-yet":
    case "no-comment-rather-not": {
      const asked = /\bwhen\s+asked\s+(?:about\s+)?(.*)$/i.exec(text);
      const about = /\b(?:about|on|regarding|concerning)\s+(.+)$/i.exec(after);
      if (asked) claim = asked[1];
      else if (h.rule.rule === "no-comment-request" || h.rule.rule === "no-comment-reached") claim = about ? about[1] : "a request for comment";
      // "…, which declined to comment, returned …": nothing after the cue belongs to it.
      else if (/^\s*(?:[,;.]|and\b|but\b)/.test(after)) claim = "a request for comment";
      else claim = cutAtClauseEnd(cutAtQuoteEnd(after)).replace(/^\s*(?:on|about|regarding|concerning|to)\s+/i, "");
      if (!claim.replace(/[\s.,"”’]/g, "")) claim = "a request for comment";
      break;
    }
    case "report-by": {
      const verb = /\s(?:said|says|found|finds|showed|shows|claimed|claims|suggested|suggests|revealed|reveals)\b/i.exec(after);
      claim = verb ? after.slice(verb.index + verb[0].length) : after;
      break;
    }
    case "citing-sources":
      claim = (before.replace(/,\s*$/, "") + after).replace(/^.*?\b(?:reported|said|says|added)\s+(?:that\s+)?/i, "");
      break;
    case "said-negated":
      claim = text.slice(h.start).replace(/^\S+\s+(?:that\s+)?/, "");
      break;
    default:
      // "…, his office confirmed." closing the sentence: the claim is what came before.
      if (!/\p{L}/u.test(after) && /,/.test(before)) {
        claim = before.slice(0, before.lastIndexOf(","));
        break;
      }
      claim = cutAtClauseEnd(cutAtQuoteEnd(after))
        .replace(/^\s*to\s+(?:[\w'’.-]+\s+){1,4}?(?=that\b)/i, "") // "confirmed to the Ledger that …"
        .replace(/^\s*(?:earlier|on\s+\w+|in\s+\w+|last\s+\w+|\w+ly)?\s*(?:that\b)?/i, "");
  }
  return tidy(claim) || tidy(text);
}

/** The claim ends where a new clause about something else starts ("…, but said …",
 *  "…, according to a statement"). */
function cutAtClauseEnd(s: string): string {
  const m = /,?\s+but\s+|,\s*according\s+to\b|,\s*(?:he|she|they|it)\s+(?:said|added)\b/i.exec(s);
  return m && m.index > 0 ? s.slice(0, m.index) : s;
}

/** Words inside a quotation end at its closing mark ("… deny it,” he added"). */
function cutAtQuoteEnd(s: string): string {
  const lead = /^\s*[”"’]/.exec(s)?.[0].length ?? 0; // the mark closing a quoted cue itself
  const m = /[”"]\s*,|,\s*[”"]|[”"]\s+(?=[a-z])/.exec(s.slice(lead));
  return m ? s.slice(0, lead + m.index) : s;
}

function commaBefore(text: string, index: number): number {
  const c = text.lastIndexOf(",", index);
  return c >= 0 ? c : index;
}

function tidy(s: string): string {
  const t = s
    .replace(/^[\s,;:"”‘’]+/, "")
    .replace(/[\s,;:.!?"“”‘’]+$/, "")
    .replace(/^(?:that|whether)\s+/i, "")
    .trim();
  // Keep quotation marks paired: a claim ending inside a quotation gets its closing mark back.
  return closeOpenQuotes(t);
}

