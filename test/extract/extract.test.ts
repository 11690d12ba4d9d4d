import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../src/domain/facts.js';
import { articleIdFor, builtinDirectory, extractArticle } from '../../src/extract/index.js';
import { extract, raw } from './helpers.js';

const ARTICLE = `Back to News
Market Impact: 0.41

Quarry Steel Agrees to Buy Milder Alloys

QRSTNUE
Quarry Steel (NYSE: QRST) agreed to buy Milder Alloys (NASDAQ: MLDA) for $1.8 billion [1] [2], the companies said on Monday.
Quarry shares rose 4.1% to $52.30 on Monday. Jefferies upgraded Quarry to Buy from Hold.
“This gives us a second mill in Ohio,” said Nora Blake, chief executive of Quarry Steel.
Quarry reports Q1 results on April 28. The deal is expected to close in H2 2026.
Nucor shares slipped 1% in sympathy.

Next Story
Copper Miner Soars on Chile Find

Stock Market Today
  • Tesla up 3% as Apple falls 1%
`;

describe('extractArticle', () => {
  const { extraction, cleanedText } = extract(ARTICLE, '2026-03-09');

  it('returns the public shape, valid against the schema', () => {
    expect(() => ExtractionSchema.parse(extraction)).not.toThrow();
    expect(extraction.article).toMatchObject({
      title: 'Quarry Steel Agrees to Buy Milder Alloys',
      impactScore: 0.41,
      tickers: ['QRST', 'NUE'],
      publishedAt: '2026-03-09',
    });
  });
  it('tags the companies a title names by their short names, so /news finds the story', () => {
    const { extraction: x } = extract(
      'Acme Corp (NYSE: ACME) said it had completed its $1.3 billion purchase of Widget Holdings (NASDAQ: WDGT).',
      '2026-06-10',
      'Acme completes Widget purchase',
    );
    expect(x.article.tickers).toEqual(expect.arrayContaining(['ACME', 'WDGT']));
  });
  it('points every evidence span into the cleaned text', () => {
    const facts = [
      ...extraction.deals,
      ...extraction.stockMoves,
      ...extraction.analystActions,
      ...extraction.events,
      ...extraction.quotes,
      ...extraction.risks,
    ];
    expect(facts.length).toBeGreaterThan(5);
    for (const f of facts) expect(cleanedText.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });
  it('extracts each kind from the main story and nothing from the sidebar', () => {
    expect(extraction.deals.map((d) => d.parties.map((p) => p.ticker))).toEqual([['QRST', 'MLDA']]);
    expect(extraction.stockMoves.map((m) => [m.ticker, m.changePct])).toEqual([
      ['QRST', 4.1],
      ['NUE', -1],
    ]);
    expect(extraction.analystActions.map((a) => [a.firm, a.ticker, a.action])).toEqual([
      ['Jefferies', 'QRST', 'upgrade'],
    ]);
    expect(extraction.events.map((e) => [e.ticker, e.type, e.date])).toEqual([
      ['QRST', 'earnings', '2026-04-28'],
      ['QRST', 'deal_closing', null],
    ]);
    expect(extraction.quotes.map((q) => q.speaker)).toEqual(['Nora Blake']);
    expect(extraction.companies.map((c) => c.ticker)).not.toContain('TSLA');
    expect(cleanedText).not.toMatch(/Copper Miner|Tesla|\[1\]/);
  });
  it('is deterministic, with a stable id from the URL or the text, or the id it is given', () => {
    const a = extractArticle(raw(ARTICLE), { directory: builtinDirectory() });
    const b = extractArticle(raw(ARTICLE), { directory: builtinDirectory() });
    expect(a).toEqual(b);
    expect(a.extraction.article.id).toBe(articleIdFor(raw(ARTICLE)));
    expect(articleIdFor({ ...raw('x'), url: 'https://n.example/a' })).toBe(
      articleIdFor({ ...raw('y'), url: 'https://n.example/a' }),
    );
    expect(
      extractArticle(raw(ARTICLE), { directory: builtinDirectory(), articleId: 'mine' }).extraction.article
        .id,
    ).toBe('mine');
  });
  it('copes with empty and odd input', () => {
    expect(() => ExtractionSchema.parse(extract('').extraction)).not.toThrow();
    expect(() => ExtractionSchema.parse(extract('((((( $$$ %%% “ ” [1]\n\n\n').extraction)).not.toThrow();
  });
});
