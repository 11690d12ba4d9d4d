/**
 * One deal mention from one cue: the early rejections (filters.ts), the cue read in its sentence
 * (reading.ts), its parties read by its shape (shapes/), then the draft finished the same way on every
 * path: type, equity, status, value and confidence, less OFF_LEAD_PENALTY for a party absent from the
 * headline and lead.
 */
import type { Entity } from '../../companies/mentions.js';
import { offLeadPenalty, type ArticleContext } from '../../context.js';
import type { Span } from '../../sentences.js';
import type { ArticleDrafts } from './article-drafts.js';
import { lastCoordinator, statusClauseSpan } from './clauses.js';
import type { Cue } from './cues.js';
import { baseDraft } from './draft.js';
import { effectiveCue, notADeal, wholeCompany } from './filters.js';
import { dedupeParties } from './parties.js';
import { GAVE_UP } from '../../verbs.js';
import { CueReading } from './reading.js';
import { quotedActor, type Quote } from './quoted.js';
import { CONTRACT_DONE } from './status.js';
import { SHAPES, type ShapeFound } from './shapes/index.js';
import type { MentionDraft } from './types.js';

/** A bid given up, rebuffed, or talks that came to nothing, told after the cue. */
const DROPPED_BID = new RegExp(
  String.raw`\b(?:${GAVE_UP}|dropped (?:it|the idea|its interest)|abandoned|(?:was|were|got|had been|has been)\s+(?:\w+\s+)?(?:rebuffed|rejected|spurned|turned down|snubbed)|(?:never|did not|didn['’]t)\s+(?:produced?|led to|lead to|resulted? in|made|make)\s+(?:a|an)\s+(?:formal\s+|firm\s+)?(?:offer|bid|deal))\b`,
  'i',
);

/** The mention told by the cue at [cueStart, cueEnd) of sentence `si`, if it is a deal. */
export function mentionFrom(
  ctx: ArticleContext,
  s: Span,
  si: number,
  toldCue: Cue,
  cueStart: number,
  cueEnd: number,
  drafts: ArticleDrafts,
  quotes: Quote[] = [],
): MentionDraft | null {
  const t = s.text;
  const cue = effectiveCue(t, toldCue, cueStart, cueEnd);
  const whole = wholeCompany(t, cueEnd);
  if (notADeal(t, cue, cueStart, cueEnd, whole)) return null;
  // Inside a quote only a company's "we" acts; any other quoted cue is talk.
  const inQuote = quotes.some((q) => cueStart > q.start && cueStart < q.end);
  const weActor = inQuote ? quotedActor(s.text, quotes, cueStart) : writersWe(ctx, t, cueStart);
  if (inQuote && !weActor) return null;
  const r = new CueReading(ctx, s, si, cue, cueStart, cueEnd, whole, weActor);
  const found = SHAPES[cue.shape](r, drafts);
  if (!found) return null;
  // A contract list drafts one mention per customer itself.
  if ('draft' in found) return found.draft;
  return finishMention(r, found);
}

/** "a deal", "an $8 billion agreement", "another transaction": the article before a generic cue. */
const INDEFINITE_BEFORE = /\b(?:a|an|another)\s+(?:[\w$€£¥.,-]+\s+){0,3}$/i;

/**
 * "We raised $28 million from…", "our integration with X" in a company's own blog or a fund's letter:
 * the house is "we".
 */
function writersWe(ctx: ArticleContext, t: string, cueStart: number): Entity | null {
  if (!ctx.house) return null;
  return /\b[Ww]e(?:['’]ve)?\s+(?:(?:have|had|also|recently|then|later|previously|already|just|both)\s+){0,2}$|\b[Oo]ur\s+(?:[\w-]+\s+){0,2}$/.test(
    t.slice(Math.max(0, cueStart - 40), cueStart),
  )
    ? ctx.house
    : null;
}

/**
 * A generic cue ("the deal", "an agreement") speaks of the firms its own clause names. When that clause
 * names two of them, they are its parties: "X's supply agreement with Y runs through 2030, and Z has
 * agreed to honor it" is X and Y's agreement, not Z's takeover of X. When it names fewer, a deal brought
 * in by "a" is another one ("…after its rival completed a deal", "have sold each other's products under a
 * reseller agreement"), so how it stands says nothing of the deal these firms already have.
 */
function genericInItsClause(r: CueReading, d: MentionDraft): void {
  const [from, to] = statusClauseSpan(r.t, r.cueStart, r.cueEnd);
  const keys = new Set(d.parties.map((p) => p.key));
  const named = new Set(
    r.sentenceMentions
      .filter((m) => m.rel >= from && m.relEnd <= to && keys.has(m.entity.key))
      .map((m) => m.entity.key),
  );
  if (named.size >= 2) d.parties = d.parties.filter((p) => named.has(p.key));
  else if (INDEFINITE_BEFORE.test(r.t.slice(Math.max(0, r.cueStart - 40), r.cueStart)))
    d.statusExplicit = false;
}

/** A clause after "but" that ends a deal: the rights handed back, the deal called off, a party walking away. */
const LATER_END =
  /^[^.;]*?,\s+but\s+(?:[\w&'’.-]+\s+){1,4}?(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:hand(?:ed|s)\s+(?:[\w-]+\s+){0,3}?back|returned\s+(?:the|its|all)\s+(?:[\w-]+\s+)?rights|terminated\s+(?:it|the)|ended\s+(?:it|the\s+(?:[\w-]+\s+)?(?:deal|agreement|partnership|collaboration|alliance|pact))|walked\s+away|called\s+(?:it|the\s+(?:deal|agreement|offer|bid))\s+off|scrapped\s+(?:it|the)|pulled\s+out|backed\s+out|abandoned\s+(?:it|the))\b/i;

/** The mention's draft from the parties its shape found: null when too few parties are named. */
function finishMention(r: CueReading, found: ShapeFound): MentionDraft | null {
  const { ctx, s, si, t, cue, cueStart, cueEnd, coordinated } = r;
  const { parties, signedForSpeaker, contractType, controlType, usedFallback, doneUnlessTold } = found;
  // Generic words ("the deal") may name one party: they can only add to a deal found elsewhere.
  // A sale weighed by its owner alone ("is exploring a sale of its X") needs only its seller.
  // So does a sale told with its buyer unnamed ("…to a local investor group"), when what is sold is named.
  if (
    new Set(parties.map((p) => p.key)).size <
    (cue.type === null || cue.shape === 'seller-only' || found.unnamedBuyer ? 1 : 2)
  )
    return null;
  const d = baseDraft(ctx, s, si, cue.type, cueStart, cueEnd, false);
  // "invest $5 billion in X, buying X common stock": money for shares is an equity investment.
  d.equity =
    !!cue.equity ||
    (cue.type === 'investment' &&
      /\b(?:buy(?:s|ing)?|purchas(?:e|es|ing))\s+(?:[\w&.'’-]+\s+){0,3}?(?:stock|shares|equity)\b/i.test(
        t.slice(cueEnd),
      ));
  d.parties = dedupeParties(parties);
  if (cue.weakType) d.weakType = true;
  if (cue.type === null) genericInItsClause(r, d);
  // A rival who studied a bid "but walked away" or "decided against" it dropped it; so did a bidder "which walked away" or one
  // whose approach "was rebuffed", or talks that "never produced an offer".
  if (
    (cue.shape === 'rival-bid' || cue.status === 'rumored' || d.status === 'rumored') &&
    DROPPED_BID.test(t.slice(cueEnd))
  ) {
    d.status = 'terminated';
    d.statusExplicit = true;
  } else if (cue.status && (cue.status !== 'rumored' || !d.statusExplicit || d.status === 'announced')) {
    d.status = cue.status;
    d.statusExplicit = true;
    if (cue.status === 'rumored') d.confidence = Math.min(d.confidence, 0.75);
  }
  // "…out-licensed the rights to Brevalis in 2023, but Brevalis handed the rights back": the clause after
  // "but" ends the deal just told.
  if (d.status !== 'terminated' && LATER_END.test(t.slice(cueEnd))) {
    d.status = 'terminated';
    d.statusExplicit = true;
  }
  // A contract a customer has signed is a done deal, like an award.
  if (signedForSpeaker && (d.status === 'announced' || !d.statusExplicit)) d.statusExplicit = false;
  if (doneUnlessTold && !d.statusExplicit) d.status = 'completed';
  if (contractType) {
    d.type = 'contract';
    d.status = d.statusExplicit ? d.status : 'completed';
    d.statusExplicit = true;
  }
  if (controlType) {
    d.type = controlType;
    d.equity = false;
  }
  // A price told before a coordinated verb belongs to the earlier deal ("sold X for ¥12 billion and formed…"),
  // one after the coordinator to this one ("…, then in 2025 closed the $1 billion acquisition of Y").
  if (coordinated && d.value && t.indexOf(d.value.text, cueEnd) < 0) {
    const at = t.lastIndexOf(d.value.text, cueStart);
    if (at >= 0 && at < lastCoordinator(t, cueStart)) d.value = null;
  }
  // Awards and choices of a supplier are done deals.
  if (
    (cue.shape === 'customer-supplier' || cue.type === 'contract' || contractType) &&
    (!d.statusExplicit || d.status === 'announced') &&
    CONTRACT_DONE.test(t)
  ) {
    d.status = 'completed';
    d.statusExplicit = true;
  }
  if (found.partOfTotal) d.value = null;
  d.asset = found.asset ?? null;
  if (usedFallback) d.confidence -= 0.15;
  d.confidence -= offLeadPenalty(
    ctx,
    d.parties.map((p) => p.key),
  );
  return d;
}
