/** The /deal reply: one section per deal, newest first, each with value, status, reaction and sources. */
import type { DealRecord } from '../../domain/records.js';
import type { DealView } from '../queries.js';
import type { ResolvedCompany } from '../resolvers/ticker.js';
import type { Card, CardSection, Citation, RichText } from '../types.js';
import {
  capitalize,
  citationOf,
  formatMoney,
  formatPct,
  formatPrice,
  plural,
  sourceSpans,
} from './format.js';

const ROLE_WORD: Record<string, string> = {
  buyer: 'buyer',
  seller: 'seller',
  target: 'target',
  partner: 'partner',
  investor: 'investor',
  investee: 'investee',
  customer: 'customer',
  supplier: 'supplier',
};

/** "AT&T (buyer)" for each party other than the subject; all parties when the subject isn't one. */
export function counterparties(deal: DealRecord, subjectTicker: string | null): string {
  const others = deal.parties.filter((p) => !subjectTicker || p.ticker !== subjectTicker);
  const list = (others.length ? others : deal.parties).map(
    (p) =>
      `${p.name}${p.ticker && p.ticker !== p.name ? ` (${p.ticker})` : ''}${p.role ? ` — ${ROLE_WORD[p.role]}` : ''}`,
  );
  return list.join('; ') || 'parties not named';
}

/** The deal's kind as the subject sees it: AT&T's acquisition is Lumen's sale. */
export function kindFor(deal: DealRecord, subjectTicker: string | null): string {
  if (deal.type !== 'acquisition' && deal.type !== 'divestiture') return capitalize(deal.type);
  const role = deal.parties.find((p) => subjectTicker && p.ticker === subjectTicker)?.role;
  if (role === 'seller' || role === 'target') return 'Sale';
  if (role === 'buyer') return 'Acquisition';
  return capitalize(deal.type);
}

const byDate = (deal: DealRecord): DealRecord['sources'] =>
  [...deal.sources].sort((a, b) => a.sortDate.localeCompare(b.sortDate));

/** The first report of the deal's current status (the completion, not the announcement), else the newest. */
export function statusSource(deal: DealRecord): DealRecord['sources'][number] {
  const sources = byDate(deal);
  return sources.find((s) => s.status === deal.status) ?? sources[sources.length - 1]!;
}

/** "completed · 2026-01-30 (first reported 2025-05-21)": dated by the first source that reported the status. */
export function statusText(deal: DealRecord): string {
  const sources = byDate(deal);
  const reached = sources.find((s) => s.status === deal.status);
  const first = sources[0];
  const since =
    first && reached && first.sortDate < reached.sortDate ? ` (first reported ${first.sortDate})` : '';
  if (!reached) return `${deal.status}${deal.date ? ` · ${deal.date}` : ''}${since}`;
  // A report's own date is when it told the news, not when the deal got there: "bought Blue Yonder
  // in 2021" must not read as closing on the day of the article. Only an announcement is news that day.
  if (reached.date) return `${deal.status} · ${reached.date}${since}`;
  if (deal.status === 'announced') return `announced · ${reached.sortDate}${since}`;
  return `${deal.status} as of ${reached.sortDate}${since}`;
}

export function valueSpans(deal: DealRecord): RichText {
  if (!deal.value) return [{ italic: 'no terms disclosed' }];
  const spans: RichText = [{ bold: formatMoney(deal.value) }];
  if (deal.conflictingValues.length)
    spans.push(` ⚠ sources disagree: also reported as ${deal.conflictingValues.map(formatMoney).join(', ')}`);
  return spans;
}

export function dealSection(view: DealView, subjectTicker: string | null): CardSection {
  const { deal, articles, move } = view;
  const lines: RichText[] = [];
  if (deal.asset) lines.push(['Asset: ', deal.asset]);
  lines.push(['Value: ', ...valueSpans(deal)]);
  lines.push([`Status: ${statusText(deal)}`]);
  if (move) {
    const who = move.ticker ?? move.company;
    const window = move.window === 'day' ? '' : ` (${move.window.replace('_', ' ')})`;
    lines.push([
      `Stock reaction: ${who} ${formatPct(move.changePct)}${move.price !== null ? ` to ${formatPrice(move.price)}` : ''}${window}`,
    ]);
  }
  const n = deal.sources.length;
  const first = articles[0];
  if (first)
    lines.push([
      `${plural(n, 'source')}: `,
      ...sourceSpans(first),
      ...(articles.length > 1 ? [` and ${articles.length - 1} more`] : []),
    ]);
  else lines.push([plural(n, 'source')]);
  return { heading: `${kindFor(deal, subjectTicker)} · ${counterparties(deal, subjectTicker)}`, lines };
}

export function citationsFor(views: DealView[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const v of views)
    for (const a of v.articles)
      if (!seen.has(a.id)) {
        seen.add(a.id);
        out.push(citationOf(a));
      }
  return out;
}

export function dealsCard(
  company: ResolvedCompany,
  views: DealView[],
  filters: { type?: string; since?: string },
  more: boolean,
): Card {
  const kind = filters.type ? `${filters.type} deal` : 'deal';
  const count = plural(views.length, kind).replace(/^\d+/, (n) => `${n}${more ? '+' : ''}`);
  const since = filters.since ? ` since ${filters.since}` : '';
  return {
    title: `Deals: ${company.name === company.ticker ? company.ticker : `${company.name} (${company.ticker})`}`,
    subtitle: [`${count}${since}, newest first`],
    sections: views.map((v) => dealSection(v, company.ticker)),
    citations: citationsFor(views),
    buttons: [{ id: 'followup', label: 'Ask a follow-up', value: `deal:${company.ticker}` }],
    threadPrompt: 'Reply in this thread to ask: how much? what did analysts say? when are earnings?',
    ...(more
      ? {
          footer: `Showing the newest ${views.length}. Narrow it with a type or a date, e.g. /deal ${company.ticker} acquisitions since 90d.`,
        }
      : {}),
  };
}
