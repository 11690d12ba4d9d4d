import { describe, expect, it } from 'vitest';
import { builtinCompanies, MEDIA_NAMES, PRIVATE_COMPANIES } from '../../src/extract/companies/builtin.js';
import { MORE_ALIASES, MORE_TABLE, QUIET_TICKERS } from '../../src/extract/companies/builtin-more.js';
import { builtinDirectory } from '../../src/extract/companies/directory.js';
import { resolveCompanies } from '../../src/extract/companies/mentions.js';
import { nameKey } from '../../src/extract/companies/tokens.js';

const dir = builtinDirectory();
const tickers = (text: string) =>
  resolveCompanies(text, dir)
    .companies()
    .map((c) => c.ticker ?? '-');

describe('built-in company table', () => {
  it('has four fields on every line and a ticker only once', () => {
    for (const line of MORE_TABLE.split('\n').filter((l) => l.trim())) {
      const fields = line.split('|');
      expect(fields, line).toHaveLength(4);
      expect(
        fields.every((f) => f.trim() === f && f.length > 0),
        line,
      ).toBe(true);
      expect(fields[0], line).toMatch(/^[A-Z]{1,5}(\.[A-Z])?$/);
    }
    const list = builtinCompanies();
    expect(list.length).toBeGreaterThan(800);
    const seen = new Set<string>();
    for (const c of list) {
      expect(seen.has(c.ticker), c.ticker).toBe(false);
      seen.add(c.ticker);
    }
    for (const line of MORE_ALIASES.split('\n').filter((l) => l.trim())) {
      expect(seen.has(line.split('|')[0]!), line).toBe(true);
    }
  });

  it('gives no unambiguous name to two companies, nor to a private or media name', () => {
    const owner = new Map<string, string>();
    for (const c of builtinCompanies()) {
      for (const a of new Set([c.name, ...c.aliases].map(nameKey))) {
        expect(owner.get(a) ?? c.ticker, `${a}: ${owner.get(a)} and ${c.ticker}`).toBe(c.ticker);
        owner.set(a, c.ticker);
      }
    }
    for (const n of [...PRIVATE_COMPANIES, ...MEDIA_NAMES]) expect(owner.has(nameKey(n)), n).toBe(false);
  });

  it('marks common words ambiguous', () => {
    for (const w of ['Gap', 'Ball', 'Carrier', 'Match', 'Progressive', 'Travelers', 'Monster', 'Citizens']) {
      expect(dir.byAlias(w)?.ambiguous, w).toBe(true);
    }
    expect(dir.byAlias('Fifth Third')?.ambiguous).toBe(false);
  });

  it('resolves added companies by the names news uses', () => {
    expect(
      tickers('Hormel agreed to buy a snack maker, while Fifth Third and Newell Brands reported results.'),
    ).toEqual(expect.arrayContaining(['HRL', 'FITB', 'NWL']));
    expect(tickers('AMETEK and Danaher rose; Rocket Lab fell after a launch delay.')).toEqual([
      'AME',
      'DHR',
      'RKLB',
    ]);
    expect(tickers('Analysts at KeyBanc Capital Markets and KBW cut their targets.')).toEqual(['KEY', 'SF']);
  });

  it('does not take an acronym or a capitalised word for a new ticker', () => {
    expect(QUIET_TICKERS.has('LNG')).toBe(true);
    const text =
      'Its Liquefied Natural Gas (LNG) unit was sold at 10 a.m. ET, the COO said, as FANG stocks fell.';
    expect(tickers(text).filter((t) => t !== '-')).toEqual([]);
    expect(tickers('Energy Transfer (NYSE: ET) rose.')).toEqual(['ET']);
  });
});
