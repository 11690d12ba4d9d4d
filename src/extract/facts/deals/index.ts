/**
 * Deals: acquisitions, mergers, divestitures, partnerships, investments and contracts between
 * identifiable parties, each mention found from a cue phrase and the companies around it; then every
 * mention of one transaction inside the article is merged into a single deal (best value, asset,
 * roles, most advanced status). Precision first: a cue needs two identifiable parties, and generic
 * words ("the deal", "the transaction") only reinforce a deal found elsewhere.
 * Type follows the text's framing: a sale by the seller ("sold / agreed to sell / the sale of X's unit
 * to Y") is a divestiture, otherwise the buyer's view. The asset is what changes hands or what a
 * partnership covers, only when named (see ../asset.ts). Confidence starts at 0.9 (0.75 for rumours) and
 * loses OFF_LEAD_PENALTY when a party is absent from the headline and lead (context.ts), on every path.
 *
 * This module runs the article: every cue of cues.ts on every sentence (mention.ts reads each one), the
 * mentions merged (merge-mentions.ts), a later "the deal was completed" or "the deal is valued at…"
 * applied to the latest deal (later-sentences.ts), and the hints other extractors use (events.ts: who may close a deal).
 */
import type { DealFact } from '../../../domain/facts.js';
import type { Entity } from '../../companies/mentions.js';
import type { ArticleContext } from '../../context.js';
import { ArticleDrafts } from './article-drafts.js';
import { ANY_CUE, cuesFor } from './cues.js';
import { applyLaterSeller, applyLaterStatus, applyLaterValue } from './later-sentences.js';
import { mentionFrom } from './mention.js';
import { mergeMentions } from './merge-mentions.js';
import { quotesIn, withoutTalk } from './quoted.js';
import type { DealType, MentionDraft } from './types.js';

export interface DealHint {
  sentenceIndex: number;
  party: Entity | null;
  /** Keys of every party of the deal: a closing said by any of them is theirs. */
  keys: string[];
  /** Keys of the companies being bought or invested in: they do not "close" a deal, their buyer does. */
  targets: string[];
  /** Keys of who sells a company in a takeover told from the buyer's side: the buyer closes it, not they. */
  sellers: string[];
  /** Completed or terminated: nothing left to close ("Waterland, which bought it in 2021"). */
  settled: boolean;
  /** Only reported: a deal agreed has a closing date, one talked of does not yet. */
  rumored: boolean;
  /** "The acquisition is expected to close…" names which of the deals told it is. */
  type: DealType | null;
}

export function extractDeals(ctx: ArticleContext): { deals: DealFact[]; hints: DealHint[] } {
  const drafts = new ArticleDrafts();
  ctx.sentences.forEach((s, si) => {
    if (!ANY_CUE.test(s.text)) return;
    // Cue words inside quotation marks are someone's words, not a reported transaction, unless a
    // company's "we" says it did the deal (quoted.ts).
    const quotes = quotesIn(ctx, s);
    const lower = withoutTalk(s.text, quotes);
    for (const cue of cuesFor(lower.toLowerCase())) {
      if (cue.first && !cue.first.test(lower)) continue;
      cue.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cue.re.exec(lower))) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        // "Walgreens Boots Alliance agreed to be acquired…": a cue word inside a company's name is none.
        if (insideName(ctx, s.start + start, s.start + m.index + m[0].length)) continue;
        const d = mentionFrom(ctx, s, si, cue, start, m.index + m[0].length, drafts, quotes);
        if (d) drafts.mentions.push(d);
      }
    }
  });
  const merged = mergeMentions(drafts);
  applyLaterStatus(ctx, merged);
  applyLaterValue(ctx, merged);
  applyLaterSeller(ctx, merged);
  const hints: DealHint[] = [];
  for (const d of merged) {
    const buyer = d.parties.find((p) => p.role === 'buyer' || p.role === 'investor') ?? d.parties[0];
    const e = buyer ? (ctx.companies.byKey(buyer.key) ?? null) : null;
    hints.push({
      sentenceIndex: d.sentenceIndex,
      party: e,
      keys: d.parties.map((p) => p.key),
      targets: d.parties.filter((p) => p.role === 'target' || p.role === 'investee').map((p) => p.key),
      sellers: d.type === 'acquisition' ? d.parties.filter((p) => p.role === 'seller').map((p) => p.key) : [],
      settled: d.status === 'completed' || d.status === 'terminated',
      rumored: d.status === 'rumored',
      type: d.type,
    });
  }
  const deals = merged
    .filter((d): d is MentionDraft & { type: DealType } => d.type !== null)
    .map((d) => ({
      type: d.type,
      parties: d.parties.map(({ name, ticker, role }) => ({ name, ticker, role })),
      asset: d.asset,
      value: d.value,
      status: d.status,
      date: d.date,
      confidence: round2(d.confidence),
      evidence: d.evidence,
    }));
  return { deals, hints: hints.sort((a, b) => a.sentenceIndex - b.sentenceIndex) };
}

function insideName(ctx: ArticleContext, start: number, end: number): boolean {
  return ctx.companies
    .within(Math.max(0, start - 80), end + 80)
    .some((c) => c.start <= start && end <= c.end);
}

const round2 = (n: number): number => Math.max(0, Math.min(1, Math.round(n * 100) / 100));
