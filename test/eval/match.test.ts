import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Extraction } from '../../src/domain/facts.js';
import { parseGold } from '../../src/eval/gold.js';
import { sameName, scoreArticle } from '../../src/eval/match.js';
import { score } from '../../src/eval/run.js';

const ev = { text: 'x', start: 0, end: 1 };
const empty: Extraction = {
  article: { id: 'a', title: '', url: null, source: null, publishedAt: null, tickers: [], impactScore: null },
  companies: [],
  deals: [],
  stockMoves: [],
  analystActions: [],
  events: [],
  quotes: [],
  risks: [],
};

describe('matching rules', () => {
  it('compares company names loosely but tickers strictly', () => {
    expect(sameName('Citi', 'Citigroup')).toBe(true);
    expect(sameName('Nordlys Grid', 'Nordlys Grid AS')).toBe(true);
    expect(sameName('U.S. Army', 'Army')).toBe(true);
    expect(sameName('Oracle', 'Microsoft')).toBe(false);
  });
  it('skips sidebar facts and scores deals on type, parties and value', () => {
    const gold = parseGold({
      file: 'x.txt',
      deals: [
        { type: 'acquisition', parties: ['ABC', 'Dune Co'], value_usd: 1e9, status: 'completed' },
        { type: 'merger', parties: ['ZZZ'], sidebar: true },
      ],
      stock_moves: [{ ticker: 'ABC', change_pct: 5, direction: 'down' }],
      quotes: [{ speaker: 'Ann Lee' }],
    })!;
    const x: Extraction = {
      ...empty,
      deals: [
        {
          type: 'acquisition',
          parties: [
            { name: 'Abc', ticker: 'ABC', role: 'buyer' },
            { name: 'Dune Company', ticker: null, role: 'target' },
          ],
          asset: null,
          value: { amount: 1.005e9, currency: 'USD', qualifier: null, text: '' },
          status: 'announced',
          date: null,
          confidence: 1,
          evidence: ev,
        },
        {
          type: 'acquisition',
          parties: [
            { name: 'Abc', ticker: 'ABC', role: 'buyer' },
            { name: 'Dune', ticker: null, role: 'target' },
          ],
          asset: null,
          value: { amount: 3e9, currency: 'USD', qualifier: null, text: '' },
          status: 'announced',
          date: null,
          confidence: 1,
          evidence: ev,
        },
      ],
      stockMoves: [
        { ticker: 'ABC', company: 'Abc', changePct: 5, price: null, window: 'day', date: null, evidence: ev },
      ],
      quotes: [
        { speaker: 'Ann Lee', role: null, organization: null, text: 'a', evidence: ev },
        { speaker: 'Lee', role: null, organization: null, text: 'b', evidence: ev },
      ],
    };
    const r = scoreArticle(gold, x);
    expect([r.deals.tp, r.deals.fp, r.deals.fn]).toEqual([1, 1, 0]);
    // Status does not decide the match, but a disagreement is reported.
    expect(r.deals.statusAgree).toBe(0);
    expect(r.deals.statusOff).toEqual(['acquisition [ABC, Dune Co]: gold completed, extracted announced']);
    expect(r.deals.partiesOff).toEqual([]);
    expect([r.stock_moves.tp, r.stock_moves.fp, r.stock_moves.fn]).toEqual([0, 1, 1]); // wrong direction
    expect([r.quotes.tp, r.quotes.fp]).toEqual([1, 0]); // one speaker quoted twice
  });
  it('reports a matched deal that names a party the gold lacks, such as a round given to the wrong company', () => {
    const gold = parseGold({
      file: 'x.txt',
      deals: [
        { type: 'investment', parties: ['Halcyon Ventures', 'NVDA', 'Lumatrace'], status: 'completed' },
      ],
    })!;
    const party = (name: string, ticker: string | null, role: 'investor' | 'investee') => ({
      name,
      ticker,
      role,
    });
    const round = (investee: ReturnType<typeof party>): Extraction => ({
      ...empty,
      deals: [
        {
          type: 'investment',
          parties: [
            party('Halcyon Ventures', null, 'investor'),
            party('Nvidia', 'NVDA', 'investor'),
            investee,
          ],
          asset: null,
          value: null,
          status: 'completed',
          date: null,
          confidence: 1,
          evidence: ev,
        },
      ],
    });
    const wrong = scoreArticle(gold, round(party('Cisco', 'CSCO', 'investee'))).deals;
    expect(wrong.tp).toBe(1); // two shared investors are enough for a match…
    expect(wrong.partiesOff).toEqual(['investment [Halcyon Ventures, NVDA, Lumatrace]: also CSCO']); // …but it shows
    expect(scoreArticle(gold, round(party('Lumatrace', null, 'investee'))).deals.partiesOff).toEqual([]);
  });
  it('pairs each gold deal with the closest of the deals that match it', () => {
    // A company's sale and its owner's earlier purchase share two parties: each pairs with its own.
    const gold = parseGold({
      file: 'x.txt',
      deals: [
        { type: 'acquisition', parties: ['T', 'Prairie', 'Oak Partners'], status: 'announced' },
        { type: 'acquisition', parties: ['Oak Partners', 'Prairie'], status: 'completed' },
      ],
    })!;
    const deal = (
      parties: Array<[string, string | null, 'buyer' | 'seller' | 'target']>,
      status: 'announced' | 'completed',
    ) => ({
      type: 'acquisition' as const,
      parties: parties.map(([name, ticker, role]) => ({ name, ticker, role })),
      asset: null,
      value: null,
      status,
      date: null,
      confidence: 1,
      evidence: ev,
    });
    const r = scoreArticle(gold, {
      ...empty,
      deals: [
        deal(
          [
            ['Oak Partners', null, 'buyer'],
            ['Prairie', null, 'target'],
          ],
          'completed',
        ),
        deal(
          [
            ['AT&T', 'T', 'buyer'],
            ['Prairie', null, 'target'],
            ['Oak Partners', null, 'seller'],
          ],
          'announced',
        ),
      ],
    }).deals;
    expect([r.tp, r.fp, r.fn]).toEqual([2, 0, 0]);
    expect(r.statusAgree).toBe(2);
    expect(r.partiesOff).toEqual([]);
  });
  it('computes precision, recall and F1, with nothing-to-find as perfect', () => {
    expect(score(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(score(0, 0, 0).f1).toBe(1);
  });
});

describe('dealdesk eval', () => {
  const run = async (args: string[]) => {
    const out = new PassThrough();
    const err = new PassThrough();
    let stdout = '';
    let stderr = '';
    out.on('data', (c) => (stdout += c));
    err.on('data', (c) => (stderr += c));
    const code = await main(['eval', ...args], {
      stdout: out,
      stderr: err,
      stdin: new PassThrough(),
      env: {},
      cwd: process.cwd(),
    });
    return { code, stdout, stderr };
  };
  const dir = mkdtempSync(join(tmpdir(), 'dd-eval-'));
  writeFileSync(
    join(dir, 'one.txt'),
    'Oracle (NYSE: ORCL) agreed to buy Pell Data (NASDAQ: PLDT) for $2 billion. Oracle shares rose 3% on Monday.\n',
  );
  writeFileSync(
    join(dir, 'one.json'),
    JSON.stringify({
      file: 'one.txt',
      published: '2026-01-05',
      companies: [
        { name: 'Oracle', ticker: 'ORCL' },
        { name: 'Pell Data', ticker: 'PLDT' },
      ],
      deals: [{ type: 'acquisition', parties: ['ORCL', 'PLDT'], value_usd: 2e9, status: 'announced' }],
      stock_moves: [{ ticker: 'ORCL', change_pct: 3, direction: 'up', window: 'day' }],
      quotes: [{ speaker: 'Nobody Said' }],
    }),
  );

  it('prints a table per kind and lists misses with --verbose', async () => {
    const r = await run([dir, '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/deals\s+1\.000\s+1\.000\s+1\.000/);
    expect(r.stdout).toContain('miss  quotes: Nobody Said');
  });
  it('prints JSON and fails below --min-f1', async () => {
    const j = await run([dir, '--format', 'json']);
    expect(JSON.parse(j.stdout).kinds.deals.f1).toBe(1);
    const r = await run([dir, '--min-f1', '0.9']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/below 0\.9 for quotes/);
  });
  it('explains misuse without a stack trace', async () => {
    expect((await run([])).code).toBe(2);
    const r = await run([join(dir, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not a directory/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
