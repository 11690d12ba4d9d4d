/**
 * Deals an executive tells in a quote: "“We agreed to buy Dunmore,” said Lena Ortiz, chief executive of
 * Halvard." Quoted words are left out of deal reading unless the quote speaks for a company named in
 * its attribution and says "we" did the deal in a plain statement (agreed, signed, bought, are buying);
 * "we would look at buying" or "we are looking to buy" stays talk.
 */
import type { Entity } from '../../companies/mentions.js';
import { mentionsIn, type ArticleContext } from '../../context.js';
import type { Span } from '../../sentences.js';

export interface Quote {
  start: number;
  end: number;
  /** The company the speaker speaks for, named outside the quote in the same sentence. */
  org: Entity | null;
}

const QUOTE = /[“"][^“”"]*[”"]/g;
/** A quote that speaks as "we": only such a quote can tell its company's own deal. */
const saysWe = (t: string, q: { start: number; end: number }): boolean =>
  /\b[Ww]e\b/.test(t.slice(q.start, q.end));

/** "We agreed to", "we’ve signed a deal to", "we bought", "we are acquiring": the plain statement of a deal. */
const WE_DID =
  /\b[Ww]e(?:['’]re|['’]ve| are| have| had)?\s+(?:(?:just|recently|already|now|also|officially|formally)\s+)?(?:(?:agreed|signed (?:an?|the) (?:[\w-]+\s+){0,3}?(?:agreement|deal)|reached (?:an?|the) (?:[\w-]+\s+){0,3}?agreement|struck (?:an?|the) (?:[\w-]+\s+){0,3}?deal|decided)\s+(?:to\s+)?)?$/;

/** The sentence's quotes, each with the company its speaker speaks for (nearest name outside quotes). */
export function quotesIn(ctx: ArticleContext, s: Span): Quote[] {
  const spans = [...s.text.matchAll(QUOTE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  // Quotes without "we" need no speaker.
  if (!spans.some((q) => saysWe(s.text, q))) return spans.map((q) => ({ ...q, org: null }));
  const outside = mentionsIn(ctx, s).filter((m) => !spans.some((q) => m.rel >= q.start && m.relEnd <= q.end));
  return spans.map((q) => {
    const after = outside.find((m) => m.rel >= q.end);
    const before = [...outside].reverse().find((m) => m.relEnd <= q.start);
    return { ...q, org: (after ?? before)?.entity ?? null };
  });
}

/** The sentence with every quote blanked but those that tell "we" did a deal for a named company. */
export function withoutTalk(t: string, quotes: Quote[]): string {
  let out = t;
  for (const q of quotes)
    if (!q.org || !saysWe(t, q)) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

/** The company a quote's "we" stands for, when the cue at `cueStart` is that "we"'s own deal. */
export function quotedActor(t: string, quotes: Quote[], cueStart: number): Entity | null {
  const q = quotes.find((x) => cueStart > x.start && cueStart < x.end);
  if (!q?.org) return null;
  return WE_DID.test(t.slice(q.start + 1, cueStart)) ? q.org : null;
}
