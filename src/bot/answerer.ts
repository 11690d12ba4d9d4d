/**
 * Answers questions from the store. `Answerer` is the seam: the Q&A engine replaces the default
 * `factsAnswerer`, which answers only from the structured facts of the thread's subject (deal value,
 * status and parties, stock moves, analyst actions, next earnings), says plainly when the store does
 * not tell, and always cites the article it answers from.
 */
import { botDirectory } from './directory.js';
import type { ArticleRecord, DealRecord, ThreadContext } from '../domain/records.js';
import type { Store } from '../store/types.js';
import { counterparties, valueSpans } from './cards/deal.js';
import { citationOf, formatPct, formatPrice } from './cards/format.js';
import { richToPlain } from './render/plain.js';
import { isoDay } from './resolvers/date.js';
import type { Card, Citation, FollowUpSubject } from './types.js';

/** The follow-up subject kept for a thread (the stored record without its bookkeeping). */
export const subjectOf = (stored: ThreadContext): FollowUpSubject => ({
  command: stored.command,
  tickers: stored.tickers,
  dealIds: stored.dealIds,
  articleIds: stored.articleIds,
  lastAnswer: stored.lastAnswer,
});

export interface AnswerRequest {
  question: string;
  /** What the thread is about; null for /ask outside a thread. */
  context: FollowUpSubject | null;
  store: Store;
  now: Date;
}

export interface Answer {
  card: Card;
  /** The context to keep for the next question (subject switches update it). */
  updatedContext: FollowUpSubject;
}

export interface Answerer {
  answer(req: AnswerRequest): Promise<Answer>;
}

type Intent = 'value' | 'status' | 'parties' | 'stock' | 'analyst' | 'earnings' | 'unknown';

const INTENTS: Array<[Intent, RegExp]> = [
  ['analyst', /\banalysts?\b|\brating|upgrade|downgrade|price target|\btarget\b/i],
  ['earnings', /earnings|\breports?\b|results|\beps\b|consensus|quarter/i],
  ['stock', /\bstock\b|shares?|jump|\brise|\bfall|\bmove|react|\btrad(e|ing)|\brall/i],
  ['value', /how much|value|worth|\bterms\b|\bpaying\b|\bcost|how big|\bsize\b|\bprice\b|\$/i],
  ['status', /status|closed?\b|complete|pending|approved|\bdone\b|finali/i],
  ['parties', /\bwho\b|parties|buyer|seller|partner|counterpart/i],
];

export const classify = (q: string): Intent => INTENTS.find(([, re]) => re.test(q))?.[0] ?? 'unknown';

/** Tickers a question names: "$PLTR", "PLTR", "Palantir", "AT&T". */
async function tickersNamed(store: Store, question: string): Promise<string[]> {
  const found = new Set<string>();
  const all = await botDirectory(store).all();
  const lower = ` ${question.toLowerCase().replace(/[?!.,]/g, ' ')} `;
  for (const c of all) {
    const tickerHit =
      c.ticker.length >= 2 &&
      new RegExp(`(^|[\\s$])${c.ticker.replace(/[.&]/g, '\\$&')}(?=[\\s?!.,]|$)`).test(question);
    const nameHit = [c.name, ...c.aliases].some(
      (n) => n.length >= 3 && lower.includes(` ${n.toLowerCase()} `),
    );
    if (tickerHit || nameHit) found.add(c.ticker);
  }
  return [...found];
}

function mentionsParty(deal: DealRecord, question: string): boolean {
  const q = question.toLowerCase();
  return deal.parties.some(
    (p) =>
      (p.name.length >= 3 && q.includes(p.name.toLowerCase().split(' ')[0]!)) ||
      (p.ticker && p.ticker.length >= 2 && new RegExp(`\\b${p.ticker}\\b`).test(question)),
  );
}

export const factsAnswerer: Answerer = {
  async answer({ question, context, store, now }) {
    const named = await tickersNamed(store, question);
    const base: FollowUpSubject = context ?? {
      command: 'ask',
      tickers: [],
      dealIds: [],
      articleIds: [],
      lastAnswer: null,
    };
    const contextDeals = base.dealIds.length ? await store.deals.getMany(base.dealIds) : [];
    // A company already in the thread (a ticker or a deal's party) narrows the answer; any other
    // company switches the subject ("and PLTR?" under a /deal LUMN).
    const inThread = new Set([
      ...base.tickers,
      ...contextDeals.flatMap((d) => d.parties.map((p) => p.ticker).filter((t): t is string => !!t)),
    ]);
    const explicit = /^\s*(and|what about|how about)\b/i.test(question);
    const switched = named.length > 0 && (explicit || named.some((t) => !inThread.has(t)));
    const tickers = switched || !base.tickers.length ? (named.length ? named : base.tickers) : base.tickers;
    let deals = switched ? [] : contextDeals;
    if (!deals.length)
      deals = (await Promise.all(tickers.map((t) => store.deals.byParty(t, { limit: 10 })))).flat();
    // Narrow to the deal the question names ("the Palantir deal"), when it names one.
    const named2 = deals.filter((d) => mentionsParty(d, question));
    const focus = named2.length ? named2 : deals;

    const lines: string[] = [];
    const articleIds = new Set<string>();
    const intent = classify(question);

    if (intent === 'value' || intent === 'status' || intent === 'parties') {
      for (const d of focus.slice(0, 3)) {
        const who = counterparties(d, tickers[0] ?? null);
        const what = `${d.type} (${who})`;
        if (intent === 'value')
          lines.push(
            d.value
              ? `The ${what} is valued at ${richToPlain(valueSpans(d))}.`
              : `No financial terms were disclosed for the ${what}.`,
          );
        if (intent === 'status')
          lines.push(`The ${what} is ${d.status}${d.date ? ` (as of ${d.date})` : ''}.`);
        if (intent === 'parties')
          lines.push(`The ${d.type} involves ${d.parties.map((p) => p.name).join(', ')}.`);
        d.sources.slice(0, 1).forEach((s) => articleIds.add(s.articleId));
      }
    } else if (intent === 'stock') {
      for (const t of tickers.slice(0, 3)) {
        const moves = await store.stockMoves.byTicker(t, { limit: 5 });
        const m = moves.find((x) => x.window === 'day') ?? moves[0];
        if (!m) continue;
        lines.push(
          `${t} moved ${formatPct(m.changePct)}${m.price !== null ? ` to ${formatPrice(m.price)}` : ''} (${m.window.replace('_', ' ')}${m.date ? `, ${m.date}` : ''}).`,
        );
        articleIds.add(m.articleId);
      }
    } else if (intent === 'analyst') {
      for (const t of tickers.slice(0, 3))
        for (const a of (await store.analystActions.byTicker(t, { limit: 3 })).slice(0, 2)) {
          const target = a.priceTarget !== null ? `, price target ${formatPrice(a.priceTarget)}` : '';
          lines.push(
            `${a.firm}: ${a.action.replace('_', ' ')} on ${t}${a.rating ? ` (${a.rating})` : ''}${target}.`,
          );
          articleIds.add(a.articleId);
        }
    } else if (intent === 'earnings') {
      const today = isoDay(now);
      for (const t of tickers.slice(0, 3)) {
        const events = (await store.events.byTicker(t, { limit: 10 })).filter(
          (e) => e.type === 'earnings' || e.type === 'earnings_call',
        );
        // The soonest upcoming report, from the source that gives the most detail.
        const detail = (x: (typeof events)[number]) =>
          (x.period ? 1 : 0) + (x.consensusEps !== null ? 1 : 0) + (x.consensusRevenue !== null ? 1 : 0);
        const upcoming = events
          .filter((x) => x.date && x.date >= today)
          .sort((a, b) => a.date!.localeCompare(b.date!) || detail(b) - detail(a));
        const e = upcoming[0] ?? events[0];
        if (!e) continue;
        const consensus = [
          e.consensusEps !== null
            ? `EPS consensus ${e.consensusEps < 0 ? '-' : ''}$${Math.abs(e.consensusEps).toFixed(2)}`
            : '',
          e.consensusRevenue !== null ? `revenue consensus $${(e.consensusRevenue / 1e9).toFixed(2)}B` : '',
        ].filter(Boolean);
        lines.push(
          `${t} reports ${e.period ?? 'earnings'} on ${e.date ?? 'a date not given'}${consensus.length ? `; ${consensus.join(', ')}` : ''}.`,
        );
        articleIds.add(e.articleId);
      }
    }

    const articles: ArticleRecord[] = await store.articles.getMany([...articleIds]);
    if (!lines.length) {
      const known = focus
        .slice(0, 2)
        .map((d) => `${d.type} with ${counterparties(d, tickers[0] ?? null)} (${d.status})`);
      lines.push(
        `The store doesn't tell me that${tickers.length ? ` for ${tickers.join(', ')}` : ''}.`,
        ...(known.length ? [`What I know: ${known.join('; ')}.`] : []),
      );
      const fallback = await store.articles.getMany(focus.slice(0, 2).map((d) => d.sources[0]!.articleId));
      articles.push(...fallback);
    }
    const citations: Citation[] = articles.map(citationOf);
    const text = lines.join(' ');
    return {
      card: {
        title: tickers.length ? `About ${tickers.join(', ')}` : 'Answer',
        sections: [{ lines: lines.map((l) => [l]) }],
        citations,
      },
      updatedContext: {
        command: base.command,
        tickers,
        // The thread keeps its subject; only a switch replaces it.
        dealIds: (switched || !base.dealIds.length ? deals.map((d) => d.id) : base.dealIds).slice(0, 20),
        articleIds: [...new Set([...base.articleIds, ...articles.map((a) => a.id)])].slice(0, 50),
        lastAnswer: text,
      },
    };
  },
};
