/**
 * Deterministic synthetic articles with their facts and deals, for benchmarks. Streamed (a
 * generator), so 100,000 articles never sit in memory at once. Tickers follow a Zipf-like
 * popularity over TICKER_COUNT names; dates run forward over about two years ending at END_DATE.
 * Known tickers: POPULAR_TICKER (rank 0, in roughly one article in eight) and RARE_TICKER (the
 * last rank, a handful of articles per 100k). All text is generated from word lists.
 */
import { createHash } from 'node:crypto';
import {
  ANALYST_ACTIONS,
  DEAL_TYPES,
  EVENT_TYPES,
  MOVE_WINDOWS,
  type DealType,
} from '../../src/domain/facts.js';
import type { Party } from '../../src/domain/facts.js';
import type { ArticleRecord, DealRecord } from '../../src/domain/records.js';
import type { ArticleFacts } from '../../src/store/types.js';
import { between, chance, pick, seeded, zipf, type Random } from '../lib/random.js';

export const POPULAR_TICKER = 'LUMN';
export const SECOND_TICKER = 'T';
export const RARE_TICKER = 'QRTZ';
export const TICKER_COUNT = 2000;
export const END_DATE = '2026-11-20';
export const DAYS = 730;

export interface SyntheticArticle {
  article: ArticleRecord;
  facts: ArticleFacts;
  /** Deals this article reports: new ones, or earlier ones re-reported (same id, one more source). */
  deals: DealRecord[];
}

export interface GeneratorOptions {
  count: number;
  seed?: number;
}

const FIRMS = [
  'Northbank Securities',
  'Halden & Roe',
  'Piermont Capital',
  'Cedar Row Research',
  'Ostrander Partners',
];
const SOURCES = ['Example Wire', 'Market Ledger', 'The Daily Tape', 'Sector Watch'];
const NOUNS = [
  'fiber network',
  'cloud unit',
  'data center portfolio',
  'payments arm',
  'chip design team',
  'retail chain',
];
const VERBS = [
  'agreed to buy',
  'will merge with',
  'is selling',
  'partnered with',
  'invested in',
  'won a contract from',
];
const FILLER = [
  'Management said the plan would be funded from cash on hand.',
  'The board expects the transaction to add to earnings within two years.',
  'Analysts on the call asked about margins and the pace of cost savings.',
  'Trading volume was well above its thirty-day average.',
  'The company reiterated its full-year outlook.',
  'Regulatory review is expected to take several months.',
];
const COMPANY_WORDS = [
  'Apex',
  'Borealis',
  'Cinder',
  'Delta',
  'Ember',
  'Fathom',
  'Granite',
  'Harbor',
  'Ion',
  'Juniper',
];
const SUFFIXES = ['Technologies', 'Holdings', 'Systems', 'Group', 'Industries', 'Networks'];

/** The ticker universe: fixed names first (ranks 0, 1 and last), the rest generated and unique. */
export function tickers(seed = 7): string[] {
  const rnd = seeded(seed);
  const out = [POPULAR_TICKER, SECOND_TICKER];
  const taken = new Set([...out, RARE_TICKER]);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  while (out.length < TICKER_COUNT - 1) {
    const len = 2 + Math.floor(rnd() * 3);
    let t = '';
    for (let i = 0; i < len; i++) t += pick(rnd, [...letters]);
    if (!taken.has(t)) {
      taken.add(t);
      out.push(t);
    }
  }
  out.push(RARE_TICKER);
  return out;
}

const names = new Map<string, string>();
export function companyName(ticker: string): string {
  let name = names.get(ticker);
  if (name === undefined) names.set(ticker, (name = makeName(ticker)));
  return name;
}

function makeName(ticker: string): string {
  if (ticker === POPULAR_TICKER) return 'Lumen Technologies';
  if (ticker === SECOND_TICKER) return 'AT&T';
  const h = createHash('md5').update(ticker).digest();
  return `${COMPANY_WORDS[h[0]! % COMPANY_WORDS.length]} ${ticker[0]}${ticker.slice(1).toLowerCase()} ${SUFFIXES[h[1]! % SUFFIXES.length]}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const START_DATE = addDays(END_DATE, -DAYS);

export function* syntheticArticles({ count, seed = 42 }: GeneratorOptions): Generator<SyntheticArticle> {
  const rnd = seeded(seed);
  const universe = tickers();
  const rank = zipf(rnd, universe.length, 1);
  const recentDeals: DealRecord[] = [];
  for (let i = 0; i < count; i++) {
    // Dates move forward through the two years, a little jitter, like a real feed.
    const day = Math.min(DAYS, Math.max(0, Math.floor((i / count) * DAYS + between(rnd, -1, 1))));
    const date = addDays(START_DATE, day);
    const ingestedAt = `${date}T${String(6 + Math.floor(rnd() * 14)).padStart(2, '0')}:00:00.000Z`;
    const n = 1 + Math.floor(rnd() * 3);
    const mentioned = [...new Set(Array.from({ length: n }, () => universe[rank()]!))];
    yield makeArticle(rnd, i, date, ingestedAt, mentioned, recentDeals);
  }
}

function makeArticle(
  rnd: Random,
  i: number,
  date: string,
  ingestedAt: string,
  mentioned: string[],
  recentDeals: DealRecord[],
): SyntheticArticle {
  const id = `syn-${i}`;
  const main = mentioned[0]!;
  const other = mentioned[1] ?? null;
  const sentences: string[] = [];
  const evidence = (text: string) => {
    const start = sentences.join(' ').length + (sentences.length ? 1 : 0);
    sentences.push(text);
    return { text, start, end: start + text.length };
  };
  const facts: ArticleFacts = { stockMoves: [], analystActions: [], events: [], quotes: [], risks: [] };
  const deals: DealRecord[] = [];
  const base = { articleId: id, sortDate: date };

  if (chance(rnd, 0.3)) {
    if (recentDeals.length && chance(rnd, 0.15)) {
      const j = Math.floor(rnd() * recentDeals.length);
      const updated = reReport(rnd, recentDeals[j]!, id, date, ingestedAt, evidence);
      recentDeals[j] = updated; // later re-reports build on this one; yielded records are never mutated
      deals.push(updated);
    } else {
      const d = newDeal(rnd, `deal-${i}`, main, other, id, date, ingestedAt, evidence);
      deals.push(d);
      recentDeals.push(d);
      if (recentDeals.length > 200) recentDeals.shift();
    }
  }
  if (chance(rnd, 0.6)) {
    const changePct = Math.round(between(rnd, -15, 15) * 10) / 10;
    const text = `${companyName(main)} shares ${changePct >= 0 ? 'rose' : 'fell'} ${Math.abs(changePct)}% on ${date}.`;
    facts.stockMoves.push({
      ...base,
      id: `${id}-sm`,
      ticker: main,
      company: companyName(main),
      changePct,
      price: Math.round(between(rnd, 2, 400) * 100) / 100,
      window: pick(rnd, MOVE_WINDOWS),
      date,
      evidence: evidence(text),
    });
  }
  if (chance(rnd, 0.25)) {
    const t = other ?? main;
    const target = Math.round(between(rnd, 5, 300));
    facts.analystActions.push({
      ...base,
      id: `${id}-aa`,
      firm: pick(rnd, FIRMS),
      analyst: null,
      ticker: t,
      company: companyName(t),
      action: pick(rnd, ANALYST_ACTIONS),
      rating: pick(rnd, ['Buy', 'Hold', 'Sell']),
      priorRating: null,
      priceTarget: target,
      priorPriceTarget: Math.round(target * between(rnd, 0.8, 1.2)),
      evidence: evidence(`${pick(rnd, FIRMS)} set a ${target} dollar target on ${companyName(t)}.`),
    });
  }
  if (chance(rnd, 0.2)) {
    const when = addDays(date, Math.floor(between(rnd, 1, 60)));
    facts.events.push({
      ...base,
      id: `${id}-ev`,
      ticker: main,
      company: companyName(main),
      type: pick(rnd, EVENT_TYPES),
      date: when,
      period: `Q${1 + Math.floor(rnd() * 4)}`,
      consensusEps: Math.round(between(rnd, -1, 5) * 100) / 100,
      consensusRevenue: null,
      evidence: evidence(`${companyName(main)} will report results on ${when}.`),
    });
  }
  if (chance(rnd, 0.4)) {
    const text = `We see a long runway for the ${pick(rnd, NOUNS)}.`;
    facts.quotes.push({
      ...base,
      id: `${id}-q`,
      speaker: 'Pat Example',
      role: 'Chief Executive',
      organization: companyName(main),
      text,
      evidence: evidence(`"${text}" said the chief executive.`),
    });
  }
  if (chance(rnd, 0.1)) {
    const text = 'Regulators could delay or block the plan.';
    facts.risks.push({ ...base, id: `${id}-r`, tickers: mentioned, text, evidence: evidence(text) });
  }
  const fillerCount = 8 + Math.floor(rnd() * 16);
  for (let k = 0; k < fillerCount; k++) sentences.push(pick(rnd, FILLER));
  const text = sentences.join(' ');
  const article: ArticleRecord = {
    id,
    title: `${companyName(main)} ${pick(rnd, VERBS)} ${other ? companyName(other) : `a ${pick(rnd, NOUNS)}`}`,
    url: `https://news.example/${date}/${id}`,
    source: pick(rnd, SOURCES),
    publishedAt: chance(rnd, 0.95) ? date : null,
    tickers: mentioned,
    impactScore: Math.round(rnd() * 100) / 100,
    canonicalUrl: `https://news.example/${date}/${id}`,
    guid: `urn:synthetic:${id}`,
    contentHash: createHash('sha1').update(text).update(id).digest('hex'),
    text,
    origin: 'synthetic',
    ingestedAt,
  };
  if (article.publishedAt === null)
    for (const list of Object.values(facts)) for (const f of list) f.sortDate = ingestedAt.slice(0, 10);
  return { article, facts, deals };
}

type EvidenceFn = (text: string) => { text: string; start: number; end: number };

function newDeal(
  rnd: Random,
  id: string,
  main: string,
  other: string | null,
  articleId: string,
  date: string,
  at: string,
  evidence: EvidenceFn,
): DealRecord {
  const type: DealType = pick(rnd, DEAL_TYPES);
  const counterparty: Party = other
    ? { name: companyName(other), ticker: other, role: null }
    : { name: `${pick(rnd, COMPANY_WORDS)} Private ${pick(rnd, SUFFIXES)}`, ticker: null, role: null };
  const amount = Math.round(between(rnd, 10, 20000)) * 1e6;
  const value = chance(rnd, 0.7)
    ? { amount, currency: 'USD', qualifier: null, text: `$${amount / 1e6} million` }
    : null;
  const ev = evidence(`${companyName(main)} ${pick(rnd, VERBS)} ${counterparty.name}.`);
  return {
    id,
    type,
    parties: [{ name: companyName(main), ticker: main, role: null }, counterparty],
    asset: chance(rnd, 0.4) ? pick(rnd, NOUNS) : null,
    value,
    conflictingValues: [],
    status: 'announced',
    date,
    confidence: Math.round(between(rnd, 0.5, 1) * 100) / 100,
    sources: [
      { articleId, status: 'announced', value, confidence: 0.8, evidence: ev, date: null, sortDate: date },
    ],
    sortDate: date,
    firstSeenAt: at,
    updatedAt: at,
  };
}

function reReport(
  rnd: Random,
  prior: DealRecord,
  articleId: string,
  date: string,
  at: string,
  evidence: EvidenceFn,
): DealRecord {
  const status = pick(rnd, ['pending', 'completed', 'announced'] as const);
  const ev = evidence(
    `The ${prior.type} between ${prior.parties.map((p) => p.name).join(' and ')} is now ${status}.`,
  );
  const updated: DealRecord = {
    ...prior,
    status,
    sources: [
      ...prior.sources.slice(-4),
      { articleId, status, value: prior.value, confidence: 0.8, evidence: ev, date: null, sortDate: date },
    ],
    sortDate: date > prior.sortDate ? date : prior.sortDate,
    updatedAt: at > prior.updatedAt ? at : prior.updatedAt,
  };
  return updated;
}
