/**
 * Sentences that move the latest deal on or price it without naming it as a cue: "The deal was
 * completed on Monday", "The waiting period under the HSR Act expired", "Trestle's shareholders
 * approved the merger", "The transaction, valued at about $1.2 billion, is expected to close…". A later
 * mention may only move a deal forward (STATUS_RANK), and only prices a deal still without a value.
 */
import { mentionsIn, type ArticleContext } from '../../context.js';
import type { Span } from '../../sentences.js';
import { withoutOtherTimeClauses, withoutRelativesAfter } from './clauses.js';
import { STATUS_RANK, statusOf, withoutOtherNamedDeals } from './status.js';
import type { MentionDraft, Status } from './types.js';
import { valueNear } from './value.js';

const DEAL_HEAD =
  /^(?:the|this|that) (?:deal|transaction|acquisition|merger|purchase|sale|takeover|agreement|combination)\b/i;

const DEAL_NOUN = String.raw`(?:deal|merger|acquisition|transaction|takeover|purchase|sale|combination|tie-up)`;
/**
 * A step on the way to closing: an antitrust waiting period over, an approval of the deal by anyone but
 * the boards that signed it (their approval comes with the announcement), a tender offer under way.
 */
const APPROVAL_STEP = new RegExp(
  String.raw`\b(?:waiting period\b[^.;]{0,80}?\b(?:expired|has expired|ended|(?:was |were |has been )?terminated early)|early termination of the (?:[\w-]+ )?waiting period|(?:approved|cleared|signed off on|voted (?:in favou?r of|for))\s+(?:the|its|their)\s+(?:[\w$.,-]+\s+){0,3}?${DEAL_NOUN}|(?:commenced|launched|began|started)\s+(?:an?|its|the)\s+(?:[\w$.,-]+\s+){0,2}?tender offer)\b`,
  'i',
);
/** "Both boards approved the deal": part of the announcement, not a step after it. */
const BOARD_APPROVAL = /\b(?:boards?|directors)\b[^.;]{0,40}\b(?:approved|voted)\b/i;

/**
 * How a sentence that speaks of the latest deal moves it, or null when it says nothing of its status.
 * `before`: only a deal told in an earlier sentence moves ("X launched a tender offer for Y" is the
 * deal's own announcement; a tender offer begun after an agreement is a step towards closing).
 */
function laterStatus(s: Span): { status: Status; before: boolean } | null {
  const head = DEAL_HEAD.exec(s.text);
  if (head) {
    // "The deal, which still needs approval" speaks of the deal; "The purchase of X expands Y's unit,
    // which it formed after acquiring Z" says nothing of how the purchase stands, nor does "The purchase
    // comes a year after its rival completed a deal".
    // "The acquisition builds on its purchase of X in 2025": the year is that earlier deal's.
    const { status, explicit } = statusOf(
      withoutOtherNamedDeals(
        withoutOtherTimeClauses(withoutRelativesAfter(s.text, head[0].length + 1), 0, head[0].length),
      ),
    );
    if (explicit && status !== 'announced' && status !== 'rumored') return { status, before: false };
  }
  if (APPROVAL_STEP.test(s.text) && !BOARD_APPROVAL.test(s.text)) return { status: 'pending', before: true };
  return null;
}

/** Apply every such sentence to the latest typed deal told up to it. */
export function applyLaterStatus(ctx: ArticleContext, merged: MentionDraft[]): void {
  ctx.sentences.forEach((s, si) => {
    const later = laterStatus(s);
    if (!later) return;
    const { status, before } = later;
    const target = latestDeal(merged, before ? si - 1 : si);
    if (target && STATUS_RANK[status] > STATUS_RANK[target.status]) target.status = status;
  });
}

/**
 * "The transaction, valued at approximately $1.2 billion, …", "The cash offer is worth about £1.1
 * billion": a sentence led by the deal as a thing, naming no other firm, prices the latest deal told
 * just before it when the amount is introduced as a price ("valued at", "worth", "values X at", "for").
 */
const PRICED_HEAD =
  /^(?:the|this|that) (?:[\w$£€-]+ ){0,2}?(?:deal|transaction|acquisition|merger|purchase|sale|takeover|agreement|combination|offer|bid)\b(?!\s+(?:premium|period|team|talks|terms|documents?)\b)/i;

export function applyLaterValue(ctx: ArticleContext, merged: MentionDraft[]): void {
  ctx.sentences.forEach((s, si) => {
    const head = PRICED_HEAD.exec(s.text);
    if (!head) return;
    const target = dealJustBefore(ctx, merged, si);
    if (!target || target.value) return;
    const keys = new Set(target.parties.map((p) => p.key));
    if (mentionsIn(ctx, s).some((m) => !keys.has(m.entity.key))) return;
    const priced = valueNear(s.text, 0, head[0].length, target.type);
    if (!priced?.marked) return;
    target.value = priced.value;
    target.valueMarked = true;
  });
}

/** "The seller is Midori Capital", "Sellers are the fund Isarfeld and the founding family": who sold it. */
const SELLER_HEAD = /^(?:the\s+)?sellers?\s+(?:is|are|was|were|include[sd]?)\s/i;

/**
 * The sentence that names `key` as a seller ("The seller is Auenwald Capital Partners."), or -1: the
 * seller is joined to its takeover only after every mention is read (applyLaterSeller).
 */
export function sellerSentence(ctx: ArticleContext, key: string): number {
  return ctx.sentences.findIndex((s) => {
    const head = SELLER_HEAD.exec(s.text);
    return !!head && mentionsIn(ctx, s).some((m) => m.entity.key === key && m.rel >= head[0].length);
  });
}

/** Name the seller of the latest takeover told just before, when that takeover has none. */
export function applyLaterSeller(ctx: ArticleContext, merged: MentionDraft[]): void {
  ctx.sentences.forEach((s, si) => {
    const head = SELLER_HEAD.exec(s.text);
    if (!head) return;
    const target = dealJustBefore(ctx, merged, si);
    if (!target || target.type !== 'acquisition' || target.parties.some((p) => p.role === 'seller')) return;
    // The sellers are named in the first clause: "…, an investment fund that bought it in 2019" is not one.
    const clauseEnd = /[,;(]|\s[—–]\s/.exec(s.text.slice(head[0].length));
    const end = head[0].length + (clauseEnd ? clauseEnd.index : s.text.length);
    const andMore = /^,\s+(?:[A-Z][\w&.'’-]*\s*)+(?:,|\s+and\b)/.test(s.text.slice(end));
    const named = mentionsIn(ctx, s).filter((m) => m.rel >= head[0].length && (m.rel < end || andMore));
    for (const m of named)
      if (!target.parties.some((p) => p.key === m.entity.key))
        target.parties.push({
          key: m.entity.key,
          name: m.entity.name,
          ticker: m.entity.ticker,
          role: 'seller',
        });
  });
}

/**
 * The latest typed deal told before sentence `si`, when no more than three sentences of prose (headings do
 * not count) stand between: a price or a seller told further on is as likely another deal's.
 */
function dealJustBefore(ctx: ArticleContext, merged: MentionDraft[], si: number): MentionDraft | null {
  const target = latestDeal(merged, si - 1);
  if (!target) return null;
  const since = ctx.sentences.slice((target.lastSentence ?? target.sentenceIndex) + 1, si);
  return since.filter((x) => x.text.split(' ').length > 4).length > 3 ? null : target;
}

/** The typed deal told most recently in sentences up to `lastIndex` (by the last sentence that tells it). */
function latestDeal(merged: MentionDraft[], lastIndex: number): MentionDraft | undefined {
  return merged
    .filter((d) => d.type && d.sentenceIndex <= lastIndex)
    .sort((a, b) => (b.lastSentence ?? b.sentenceIndex) - (a.lastSentence ?? a.sentenceIndex))[0];
}
