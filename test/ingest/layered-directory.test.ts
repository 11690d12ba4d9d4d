import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../../src/domain/records.js';
import { createDirectory, tokenize } from '../../src/extract/companies/directory.js';
import { GrowingDirectory, layeredDirectory } from '../../src/ingest/layered-directory.js';

const rec = (ticker: string, name: string): CompanyRecord => ({
  ticker,
  name,
  exchange: 'NASDAQ',
  aliases: [name],
  cik: null,
  origin: 'article',
});

describe('layeredDirectory', () => {
  const base = createDirectory([]);
  const learned = createDirectory([rec('QFL', 'Quillfeather Labs'), rec('AAPX', 'Apple')], {
    builtin: false,
  });
  const dir = layeredDirectory([base, learned]);

  it('finds names from both layers, left to right and without overlaps', () => {
    const text = 'Apple and Quillfeather Labs signed a deal with Microsoft.';
    const found = dir.matchNames(tokenize(text)).map((m) => [text.slice(m.start, m.end), m.entry.ticker]);
    expect(found).toEqual([
      ['Apple', 'AAPL'], // the base layer wins over a learned name
      ['Quillfeather Labs', 'QFL'],
      ['Microsoft', 'MSFT'],
    ]);
  });

  it('looks up tickers and aliases in the base first, then in the learned layer', () => {
    expect(dir.byTicker('QFL')?.name).toBe('Quillfeather Labs');
    expect(dir.byAlias('quillfeather labs')?.entry.ticker).toBe('QFL');
    expect(dir.byAlias('Apple')?.entry.ticker).toBe('AAPL');
    expect(dir.size).toBe(base.size + learned.size);
  });

  it('grows one learned name at a time in few layers, each name found at once', () => {
    let builds = 0;
    const growing = new GrowingDirectory(base, (records) => {
      builds += records.length;
      return createDirectory(records, { builtin: false });
    });
    for (let i = 0; i < 1000; i++) {
      growing.add([rec(`Q${i}`, `Quillco Number ${i}`)]);
      expect(growing.current.byAlias(`Quillco Number ${i}`)?.entry.ticker).toBe(`Q${i}`);
    }
    expect(growing.current.byAlias('Quillco Number 3')?.entry.ticker).toBe('Q3');
    expect(growing.layerCount).toBeLessThanOrEqual(10);
    expect(builds).toBeLessThan(1000 * 12); // n log n, not n²/2 = 500,000
  });
});
