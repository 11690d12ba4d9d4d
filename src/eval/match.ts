/**
 * How extracted facts are matched to gold facts. Matching is one-to-one and greedy in gold order; a
 * gold deal that several extracted deals match pairs with the closest (most shared parties, fewest
 * others, then the same status).
 *
 * - companies: same ticker when both have one; otherwise the same name after dropping legal suffixes
 *   ("Vantero SE" = "Vantero"), one name a word-prefix of the other ("Nordlys Grid" = "Nordlys Grid AS"),
 *   or two names the built-in directory resolves to the same ticker ("Citi" = "Citigroup").
 * - deals: same type, and the party sets agree: at least min(2, |gold parties|) gold parties are found
 *   among the extracted parties (a party is a ticker, else a name, compared as above). When both sides
 *   state a value, the amounts agree within 1% (gold value_usd, or the amount in value_text when the
 *   currency is not USD). Status is reported separately, not required, and so are extracted parties the
 *   gold does not list (the round given to the wrong company still shares its two investors).
 * - stock_moves: same company (ticker, else name), |change| within 0.05 points, same direction.
 *   Window and price are reported separately, not required.
 * - analyst_actions: same company, same action, and the same firm (names compared as above).
 * - events: same company, same type, same date (both null counts as the same).
 * - quotes: one per speaker: extracted quotes are reduced to distinct speakers first; a speaker matches
 *   on the full name or on the surname.
 */
import type { Extraction } from '../domain/facts.js';
import { builtinDirectory } from '../extract/companies/directory.js';
import { nameKey, stripLegalSuffix } from '../extract/companies/tokens.js';
import { parseMoney } from '../extract/money.js';
import type { Gold } from './gold.js';

export const KINDS = ['companies', 'deals', 'stock_moves', 'analyst_actions', 'events', 'quotes'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindResult {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  extras: string[];
  /** Deals only: matched deals whose status agrees with the gold's, and the ones that do not. */
  statusAgree?: number;
  statusOff?: string[];
  /** Deals only: matched deals with a gold value that state it too, and the ones that state none. */
  valueFound?: number;
  valueMissing?: string[];
  /** Deals only: matched deals naming a party the gold does not (a match needs only two shared parties). */
  partiesOff?: string[];
}

const norm = (s: string): string => nameKey(stripLegalSuffix(s.replace(/^the\s+/i, '')));

/** Same company by name: equal, word-prefix, or the same directory ticker. */
export function sameName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  // "U.S. Army" and "Army": a qualified name ends with the bare one.
  if (x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  const dir = builtinDirectory();
  const ta = dir.byAlias(a)?.entry.ticker ?? dir.byAlias(stripLegalSuffix(a))?.entry.ticker;
  const tb = dir.byAlias(b)?.entry.ticker ?? dir.byAlias(stripLegalSuffix(b))?.entry.ticker;
  return !!ta && ta === tb;
}

function sameCompany(
  goldTicker: string | null,
  goldName: string | null,
  ticker: string | null,
  name: string,
): boolean {
  if (goldTicker && ticker) return goldTicker.toUpperCase() === ticker.toUpperCase();
  if (goldTicker && !ticker) return sameName(goldTicker, name) || (!!goldName && sameName(goldName, name));
  return !!goldName && sameName(goldName, name);
}

/** A gold party is a ticker ("LUMN") or a name ("U.S. Army"). */
function partyMatches(gold: string, p: { name: string; ticker: string | null }): boolean {
  if (p.ticker && gold.toUpperCase() === p.ticker.toUpperCase()) return true;
  return sameName(gold, p.name);
}

function greedy<G, P>(
  gold: G[],
  pred: P[],
  eq: (g: G, p: P) => boolean,
  showG: (g: G) => string,
  showP: (p: P) => string,
  pairs: Array<[G, P]> = [],
  closeness: (g: G, p: P) => number = () => 0,
): KindResult {
  const used = new Set<number>();
  const misses: string[] = [];
  let tp = 0;
  for (const g of gold) {
    // Of the facts that match, the closest: a past purchase and the sale of the same company share two
    // parties, and each should pair with its own gold deal.
    let i = -1;
    pred.forEach((p, j) => {
      if (!used.has(j) && eq(g, p) && (i < 0 || closeness(g, p) > closeness(g, pred[i]!))) i = j;
    });
    if (i >= 0) {
      used.add(i);
      pairs.push([g, pred[i]!]);
      tp++;
    } else misses.push(showG(g));
  }
  const extras = pred.filter((_p, j) => !used.has(j)).map(showP);
  return { tp, fp: extras.length, fn: misses.length, misses, extras };
}

const goldParties = (g: Gold['deals'][number]): string[] =>
  g.parties.length ? g.parties : [g.buyer, g.seller].filter((s): s is string => !!s);

function goldValue(d: Gold['deals'][number]): { amount: number; currency: string } | null {
  if (d.value_usd !== null) return { amount: d.value_usd, currency: 'USD' };
  const m = d.value_text ? parseMoney(d.value_text) : null;
  return m ? { amount: m.amount, currency: m.currency } : null;
}

export function scoreArticle(gold: Gold, x: Extraction): Record<Kind, KindResult> {
  const companies = greedy(
    gold.companies,
    x.companies,
    (g, p) => sameCompany(g.ticker, g.name, p.ticker, p.name),
    (g) => `${g.name}${g.ticker ? ` (${g.ticker})` : ''}`,
    (p) => `${p.name}${p.ticker ? ` (${p.ticker})` : ''}`,
  );
  const dealPairs: Array<[Gold['deals'][number], Extraction['deals'][number]]> = [];
  const deals = greedy(
    gold.deals,
    x.deals,
    (g, p) => {
      if (g.type !== p.type) return false;
      const parties = goldParties(g);
      const found = parties.filter((gp) => p.parties.some((pp) => partyMatches(gp, pp))).length;
      if (found < Math.min(2, parties.length)) return false;
      const gv = goldValue(g);
      if (gv && p.value && gv.currency === p.value.currency) {
        if (Math.abs(gv.amount - p.value.amount) > Math.abs(gv.amount) * 0.01) return false;
      }
      return true;
    },
    (g) =>
      `${g.type} [${g.parties.join(', ')}]${g.value_text ? ` ${g.value_text}` : ''} ${g.status ?? ''}`.trim(),
    (p) =>
      `${p.type} [${p.parties.map((q) => q.ticker ?? q.name).join(', ')}]${p.value ? ` ${p.value.text}` : ''} ${p.status}`,
    dealPairs,
    // The most gold parties found and the fewest others, then the same status.
    (g, p) => {
      const parties = goldParties(g);
      const found = p.parties.filter((pp) => parties.some((gp) => partyMatches(gp, pp))).length;
      return 2 * (2 * found - p.parties.length) + (g.status === p.status ? 1 : 0);
    },
  );
  // Status is not required for a match, but a digest shows it: report how often it agrees.
  const withStatus = dealPairs.filter(([g]) => !!g.status);
  deals.statusAgree = withStatus.filter(([g, p]) => g.status === p.status).length;
  deals.statusOff = withStatus
    .filter(([g, p]) => g.status !== p.status)
    .map(([g, p]) => `${g.type} [${g.parties.join(', ')}]: gold ${g.status}, extracted ${p.status}`);
  // A value is not required either (when both state one, they must agree): report how often it is found.
  const withValue = dealPairs.filter(([g]) => goldValue(g) !== null);
  deals.valueFound = withValue.filter(([, p]) => p.value !== null).length;
  deals.valueMissing = withValue
    .filter(([, p]) => p.value === null)
    .map(([g]) => `${g.type} [${g.parties.join(', ')}]: gold ${g.value_text ?? g.value_usd}, extracted none`);
  deals.partiesOff = dealPairs.flatMap(([g, p]) => {
    const extra = p.parties.filter((pp) => !goldParties(g).some((gp) => partyMatches(gp, pp)));
    return extra.length
      ? [`${g.type} [${g.parties.join(', ')}]: also ${extra.map((q) => q.ticker ?? q.name).join(', ')}`]
      : [];
  });
  const stock_moves = greedy(
    gold.stock_moves,
    x.stockMoves,
    (g, p) => {
      const dir = g.direction ?? (g.change_pct < 0 ? 'down' : 'up');
      const pDir = p.changePct < 0 ? 'down' : 'up';
      return (
        sameCompany(g.ticker, g.company, p.ticker, p.company) &&
        dir === pDir &&
        Math.abs(Math.abs(g.change_pct) - Math.abs(p.changePct)) <= 0.05
      );
    },
    (g) =>
      `${g.ticker ?? g.company} ${g.direction === 'down' ? '-' : '+'}${Math.abs(g.change_pct)}% ${g.window ?? ''}`,
    (p) => `${p.ticker ?? p.company} ${p.changePct > 0 ? '+' : ''}${p.changePct}% ${p.window}`,
  );
  const analyst_actions = greedy(
    gold.analyst_actions,
    x.analystActions,
    (g, p) =>
      sameCompany(g.ticker, g.company, p.ticker, p.company) &&
      g.action === p.action &&
      sameName(g.firm, p.firm),
    (g) => `${g.firm} ${g.action} ${g.ticker ?? g.company}`,
    (p) => `${p.firm} ${p.action} ${p.ticker ?? p.company}`,
  );
  const events = greedy(
    gold.events,
    x.events,
    (g, p) =>
      sameCompany(g.ticker, g.company, p.ticker, p.company) &&
      g.type === p.type &&
      (g.date ?? null) === (p.date ?? null),
    (g) => `${g.ticker ?? g.company} ${g.type} ${g.date ?? 'no date'} ${g.period ?? ''}`.trim(),
    (p) => `${p.ticker ?? p.company} ${p.type} ${p.date ?? 'no date'} ${p.period ?? ''}`.trim(),
  );
  const speakers: string[] = [];
  for (const q of x.quotes) if (!speakers.some((s) => sameSpeaker(s, q.speaker))) speakers.push(q.speaker);
  const quotes = greedy(
    gold.quotes,
    speakers,
    (g, p) => sameSpeaker(g.speaker, p),
    (g) => g.speaker,
    (p) => p,
  );
  return { companies, deals, stock_moves, analyst_actions, events, quotes };
}

function sameSpeaker(a: string, b: string): boolean {
  const x = a
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, '')
    .trim();
  const y = b
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, '')
    .trim();
  return x === y || x.split(/\s+/).pop() === y.split(/\s+/).pop();
}
