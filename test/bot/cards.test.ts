import { describe, expect, it } from 'vitest';
import { dealSection, dealsCard } from '../../src/bot/cards/deal.js';
import { analystLine, dedupeEvents } from '../../src/bot/cards/facts.js';
import { analystLine as digestAnalystLine } from '../../src/digest/render.js';
import { richToPlain } from '../../src/bot/render/plain.js';
import type {
  AnalystActionRecord,
  ArticleHead,
  DealRecord,
  EventRecord,
  StockMoveRecord,
} from '../../src/domain/records.js';

const ev = { text: 'x', start: 0, end: 1 };
const deal = (over: Partial<DealRecord> = {}): DealRecord => ({
  id: 'd1',
  type: 'acquisition',
  parties: [
    { name: 'Buyer Co', ticker: 'BUY', role: 'buyer' },
    { name: 'Target Co', ticker: 'TGT', role: 'target' },
  ],
  asset: 'the widget unit',
  value: { amount: 1.2e9, currency: 'USD', qualifier: 'about', text: '' },
  conflictingValues: [],
  status: 'pending',
  date: '2025-03-01',
  confidence: 0.9,
  sources: [
    {
      articleId: 'a1',
      status: 'pending',
      value: null,
      confidence: 0.9,
      evidence: ev,
      date: null,
      sortDate: '2025-03-01',
    },
    {
      articleId: 'a2',
      status: 'pending',
      value: null,
      confidence: 0.9,
      evidence: ev,
      date: null,
      sortDate: '2025-03-02',
    },
  ],
  sortDate: '2025-03-02',
  firstSeenAt: '2025-03-01T00:00:00Z',
  updatedAt: '2025-03-02T00:00:00Z',
  ...over,
});
const article = (id: string, date: string): ArticleHead => ({
  id,
  title: `Story ${id}`,
  url: `https://news.test/${id}`,
  source: 'Wire',
  publishedAt: date,
  tickers: [],
  impactScore: null,
  canonicalUrl: null,
  guid: null,
  contentHash: id,
  summary: '',
  origin: 'test',
  ingestedAt: '2025-03-02T00:00:00Z',
});
const lines = (s: ReturnType<typeof dealSection>) => s.lines.map((l) => richToPlain(l));

describe('deal lines', () => {
  it('show the counterparty, asset, qualified value, status, reaction and sources', () => {
    const move = {
      ticker: 'TGT',
      company: 'Target Co',
      changePct: 22.5,
      price: 41,
      window: 'day',
    } as StockMoveRecord;
    const s = dealSection(
      { deal: deal(), articles: [article('a2', '2025-03-02'), article('a1', '2025-03-01')], move },
      'TGT',
    );
    expect(s.heading).toBe('Sale · Buyer Co (BUY) — buyer'); // seen from the target's side
    expect(lines(s)).toEqual([
      'Asset: the widget unit',
      'Value: about $1.2B',
      'Status: pending as of 2025-03-01',
      'Stock reaction: TGT +22.5% to $41.00',
      '2 sources: Story a2 <https://news.test/a2> (Wire, 2025-03-02) and 1 more',
    ]);
  });

  it('flag conflicting values and say when no terms were disclosed', () => {
    const conflicting = dealSection(
      {
        deal: deal({ conflictingValues: [{ amount: 1.5e9, currency: 'USD', qualifier: null, text: '' }] }),
        articles: [],
        move: null,
      },
      'BUY',
    );
    expect(lines(conflicting)[1]).toBe('Value: about $1.2B ⚠ sources disagree: also reported as $1.5B');
    const none = dealSection({ deal: deal({ value: null, asset: null }), articles: [], move: null }, 'BUY');
    expect(lines(none)[0]).toBe('Value: no terms disclosed');
    expect(none.heading).toBe('Acquisition · Target Co (TGT) — target');
  });
});

describe('deals card', () => {
  it('counts deals in the subtitle, singular or plural, with a + when more exist', () => {
    const company = { ticker: 'BUY', name: 'Buyer Co' } as Parameters<typeof dealsCard>[0];
    const view = { deal: deal(), articles: [], move: null };
    expect(richToPlain(dealsCard(company, [view], {}, false).subtitle!)).toBe('1 deal, newest first');
    expect(richToPlain(dealsCard(company, [view, view], { type: 'acquisition' }, true).subtitle!)).toBe(
      '2+ acquisition deals, newest first',
    );
  });
});

describe('deal status', () => {
  const base = deal();
  const status = (d: DealRecord) =>
    lines(dealSection({ deal: d, articles: [], move: null }, 'BUY')).find((l) => l.startsWith('Status:'));

  it('is dated by the first report of the current status, noting when the deal was first reported', () => {
    const closed = deal({
      status: 'completed',
      sources: [
        { ...base.sources[0]!, status: 'announced', sortDate: '2025-05-21' },
        { ...base.sources[1]!, status: 'completed', sortDate: '2026-02-02' },
      ],
    });
    expect(status(closed)).toBe('Status: completed as of 2026-02-02 (first reported 2025-05-21)');
    expect(dealSection({ deal: closed, articles: [], move: null }, 'BUY').heading).toBe(
      'Acquisition · Target Co (TGT) — target',
    );
  });

  it('gives the date the report gives the deal itself ("closed on Jan. 30")', () => {
    const closed = deal({
      status: 'completed',
      sources: [{ ...base.sources[0]!, status: 'completed', date: '2026-01-30', sortDate: '2026-02-02' }],
    });
    expect(status(closed)).toBe('Status: completed · 2026-01-30');
  });

  it('does not date a purchase told in passing by the article that mentions it', () => {
    // "Buyer bought Target in 2021": the article of 2026-11-12 tells no closing date.
    const background = deal({
      status: 'completed',
      date: null,
      sources: [{ ...base.sources[0]!, status: 'completed', date: null, sortDate: '2026-11-12' }],
    });
    expect(status(background)).toBe('Status: completed as of 2026-11-12');
  });

  it('dates an announcement by the report that brought it', () => {
    const fresh = deal({
      status: 'announced',
      sources: [{ ...base.sources[0]!, status: 'announced', date: null, sortDate: '2026-11-12' }],
    });
    expect(status(fresh)).toBe('Status: announced · 2026-11-12');
  });
});

describe('events', () => {
  it('keep one line per event, the most detailed report', () => {
    const e = (id: string, period: string | null, eps: number | null): EventRecord =>
      ({
        id,
        articleId: id,
        sortDate: '2025-01-01',
        ticker: 'TGT',
        company: 'Target Co',
        type: 'earnings',
        date: '2025-02-01',
        period,
        consensusEps: eps,
        consensusRevenue: null,
        evidence: ev,
      }) as EventRecord;
    const out = dedupeEvents([e('a', null, null), e('b', 'Q4', -0.2), e('c', 'Q4', null)]);
    expect(out.map((x) => x.id)).toEqual(['b']);
  });
});

describe('an analyst action in words', () => {
  const action = (over: Partial<AnalystActionRecord>): AnalystActionRecord => ({
    id: 'x1',
    articleId: 'a1',
    sortDate: '2026-12-01',
    firm: 'UBS',
    analyst: null,
    ticker: 'GIII',
    company: 'G-III',
    action: 'target_raise',
    rating: 'Neutral',
    priorRating: null,
    priceTarget: 34,
    priorPriceTarget: 30,
    evidence: ev,
    ...over,
  });

  it('says a target moved and the rating stayed, on a card and in a digest', () => {
    expect(analystLine(action({}))).toBe('UBS: raised target to $34.00 (was $30.00), rating Neutral');
    expect(richToPlain(digestAnalystLine(action({})))).toBe(
      'UBS raises target on GIII to $34 (from $30), rating Neutral',
    );
  });

  it('says a rating moved', () => {
    expect(
      analystLine(action({ action: 'upgrade', rating: 'Buy', priorRating: 'Hold', priorPriceTarget: null })),
    ).toBe('UBS: upgraded to Buy from Hold, target $34.00');
    expect(analystLine(action({ action: 'reiterate', rating: 'Buy', priorPriceTarget: null }))).toBe(
      'UBS: kept Buy, target $34.00',
    );
  });
});
