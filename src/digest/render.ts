/**
 * A digest as a platform-neutral card (adapters render it) with a plain-text fallback and a follow-up
 * subject, so people can ask questions in the thread under it.
 */
import type { Card, CardSection, Citation, Outcome, RichText, Span } from '../bot/types.js';
import type {
  AnalystActionRecord,
  DealRecord,
  EventRecord,
  StockMoveRecord,
  SubscriptionRecord,
} from '../domain/records.js';
import type { LeftOut } from './state.js';
import { richToPlain } from '../bot/render/plain.js';

export type DigestEntry =
  | { kind: 'deal'; deal: DealRecord; update: boolean }
  | { kind: 'move'; move: StockMoveRecord }
  | { kind: 'analyst'; action: AnalystActionRecord }
  | { kind: 'event'; event: EventRecord };

const TYPE_LABEL: Record<DealRecord['type'], string> = {
  acquisition: 'Acquisition',
  merger: 'Merger',
  divestiture: 'Divestiture',
  partnership: 'Partnership',
  investment: 'Investment',
  contract: 'Contract',
  other: 'Deal',
};

const ACTION_VERB: Record<AnalystActionRecord['action'], string> = {
  upgrade: 'upgrades',
  downgrade: 'downgrades',
  initiate: 'initiates',
  reiterate: 'reiterates',
  target_raise: 'raises target on',
  target_cut: 'cuts target on',
  other: 'comments on',
};

const party = (p: DealRecord['parties'][number]) => (p.ticker ? `${p.name} (${p.ticker})` : p.name);
const money = (n: number) => `$${n.toFixed(2).replace(/\.00$/, '')}`;
const signed = (pct: number) => `${pct > 0 ? '+' : ''}${pct}%`;

export function dealLine(deal: DealRecord, update: boolean): RichText {
  const spans: Span[] = [];
  if (update) spans.push({ italic: `update: now ${deal.status}` }, ' · ');
  spans.push(
    { bold: TYPE_LABEL[deal.type] },
    ' ',
    deal.parties.map(party).join(', ') || 'undisclosed parties',
  );
  if (deal.asset) spans.push(` (${deal.asset})`);
  spans.push(` · ${deal.value ? deal.value.text : 'terms not disclosed'}`);
  if (deal.conflictingValues.length)
    spans.push(` (also reported: ${deal.conflictingValues.map((v) => v.text).join(', ')})`);
  if (!update) spans.push(` · ${deal.status}`);
  const sources = new Set(deal.sources.map((s) => s.articleId)).size;
  spans.push(` · ${sources} source${sources === 1 ? '' : 's'}`);
  return spans;
}

export function moveLine(m: StockMoveRecord): RichText {
  const who = m.ticker ? { code: m.ticker } : m.company;
  const price = m.price != null ? ` to ${money(m.price)}` : '';
  const when = m.window === 'day' || m.window === 'other' ? '' : ` (${m.window})`;
  return [who, ` ${signed(m.changePct)}${price}${when}${m.date ? ` · ${m.date}` : ''}`];
}

export function analystLine(a: AnalystActionRecord): RichText {
  // "raises target on X to $34 (from $30), rating Neutral": a target move keeps its rating, it does not move it.
  const targetMove = a.action === 'target_raise' || a.action === 'target_cut';
  const price =
    a.priceTarget != null
      ? `${money(a.priceTarget)}${a.priorPriceTarget != null ? ` (from ${money(a.priorPriceTarget)})` : ''}`
      : null;
  const target = price ? (targetMove ? ` to ${price}` : `, target ${price}`) : '';
  const rating = !a.rating
    ? ''
    : targetMove
      ? `, rating ${a.rating}`
      : a.action === 'reiterate' || a.action === 'other'
        ? ` at ${a.rating}`
        : ` to ${a.rating}`;
  return [
    `${a.firm} ${ACTION_VERB[a.action]} `,
    a.ticker ? { code: a.ticker } : a.company,
    targetMove ? `${target}${rating}` : `${rating}${target}`,
  ];
}

export function eventLine(e: EventRecord): RichText {
  const what = e.type.replace(/_/g, ' ');
  return [
    `${e.date ?? 'date tbc'} · `,
    e.ticker ? { code: e.ticker } : e.company,
    ` ${what}${e.period ? ` (${e.period})` : ''}`,
  ];
}

/** Plain text of a line for fallbacks: the core's renderer, so article text is neutralised here too. */
export const plain = (line: RichText): string => richToPlain(line);

const whenFormats = new Map<string, Intl.DateTimeFormat>();

function formatWhen(iso: string, timeZone: string): string {
  let f = whenFormats.get(timeZone);
  if (!f) whenFormats.set(timeZone, (f = whenFormat(timeZone)));
  return f.format(new Date(iso));
}

function whenFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

function scopeText(sub: SubscriptionRecord): string {
  if (sub.scope.kind === 'all') return 'all companies';
  if (sub.scope.kind === 'watchlist') return "this channel's watchlist";
  return sub.scope.tickers.join(', ');
}

export function renderDigest(
  sub: SubscriptionRecord,
  entries: DigestEntry[],
  citations: Citation[],
  ctx: { windowStart: string; leftOut: LeftOut },
): Outcome {
  const sections: CardSection[] = [];
  const add = (heading: string, lines: RichText[]) => lines.length && sections.push({ heading, lines });
  add(
    'Deals',
    entries.flatMap((e) => (e.kind === 'deal' ? [dealLine(e.deal, e.update)] : [])),
  );
  add(
    'Analyst actions',
    entries.flatMap((e) => (e.kind === 'analyst' ? [analystLine(e.action)] : [])),
  );
  add(
    'Stock moves',
    entries.flatMap((e) => (e.kind === 'move' ? [moveLine(e.move)] : [])),
  );
  add(
    'Coming up',
    entries.flatMap((e) => (e.kind === 'event' ? [eventLine(e.event)] : [])),
  );

  const since = formatWhen(ctx.windowStart, sub.timeZone);
  const trimmed = ctx.leftOut.counts['max-items'] ?? 0;
  const card: Card = {
    title: 'Deal digest',
    subtitle: [`Since ${since} · ${scopeText(sub)}`],
    sections,
    citations,
    threadPrompt: 'Reply in this thread to ask about any of these: terms, timing, what analysts said.',
    footer: trimmed
      ? `${trimmed} more item${trimmed === 1 ? '' : 's'} left out (max ${sub.maxItems}): /digest status lists them`
      : undefined,
  };

  const fallbackText = [
    `Deal digest since ${since} (${scopeText(sub)})`,
    ...sections.flatMap((s) => [`${s.heading}:`, ...s.lines.map((l) => `- ${plain(l)}`)]),
    ...(card.footer ? [card.footer] : []),
  ].join('\n');

  const tickers = new Set<string>();
  const dealIds: string[] = [];
  const articleIds = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'deal') {
      dealIds.push(e.deal.id);
      for (const p of e.deal.parties) if (p.ticker) tickers.add(p.ticker);
      for (const s of e.deal.sources) articleIds.add(s.articleId);
    } else {
      const fact = e.kind === 'move' ? e.move : e.kind === 'analyst' ? e.action : e.event;
      if (fact.ticker) tickers.add(fact.ticker);
      articleIds.add(fact.articleId);
    }
  }

  return {
    card,
    visibility: 'public',
    fallbackText,
    followUp: {
      command: 'digest',
      tickers: [...tickers],
      dealIds,
      articleIds: [...articleIds],
      lastAnswer: fallbackText.slice(0, 4000),
    },
  };
}

export function renderEmptyDigest(
  sub: SubscriptionRecord,
  windowStart: string,
  watchlistEmpty = false,
): Outcome {
  const line = watchlistEmpty
    ? "No digest items: this channel's watchlist is empty. Add tickers with /watch add, or subscribe to all companies."
    : `No new deals since ${formatWhen(windowStart, sub.timeZone)} (${scopeText(sub)}).`;
  return {
    card: { title: 'Deal digest', sections: [{ lines: [[line]] }] },
    visibility: 'public',
    fallbackText: line,
  };
}
