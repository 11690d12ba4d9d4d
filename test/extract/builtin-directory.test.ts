import { describe, expect, it } from 'vitest';
import { builtinCompanies, MEDIA_NAMES, PRIVATE_COMPANIES } from '../../src/extract/companies/builtin.js';
import { EXTRA_TABLE } from '../../src/extract/companies/builtin-extra.js';
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
    for (const line of (MORE_TABLE + EXTRA_TABLE).split('\n').filter((l) => l.trim())) {
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

  it('knows mid caps and companies listed abroad, and counts their bare tickers only when anchored', () => {
    expect(tickers('Urban Outfitters said it would buy a denim label.')).toContain('URBN');
    expect(tickers('Huntsman Corporation and Crane Company both report next week.')).toEqual(
      expect.arrayContaining(['HUN', 'CR']),
    );
    expect(tickers('The CR and EAT teams met on Monday.')).toEqual([]);
    expect(tickers('Crane Company (NYSE: CR) rose. CR shares led the index.')).toEqual(['CR']);
  });

  it('gives no unambiguous name to two companies, nor to a private or media name', () => {
    const owner = new Map<string, string>();
    for (const c of builtinCompanies()) {
      for (const a of new Set([c.name, ...c.aliases].map(nameKey))) {
        expect(owner.get(a) ?? c.ticker, `${a}: ${owner.get(a)} and ${c.ticker}`).toBe(c.ticker);
        owner.set(a, c.ticker);
      }
    }
    const others = [...PRIVATE_COMPANIES.flatMap((l) => l.split(';')), ...MEDIA_NAMES].map((n) =>
      n.replace(/\?$/, ''),
    );
    for (const n of others) expect(owner.has(nameKey(n)), n).toBe(false);
    // Nor one private name to two private firms.
    const privateKeys = PRIVATE_COMPANIES.flatMap((l) => l.split(';')).map((n) =>
      nameKey(n.replace(/\?$/, '')),
    );
    expect(privateKeys.filter((k, i) => privateKeys.indexOf(k) !== i)).toEqual([]);
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

describe('built-in private firms', () => {
  const privateNames = (text: string) =>
    resolveCompanies(text, dir)
      .companies()
      .filter((c) => !c.ticker)
      .map((c) => c.name);

  it('marks a private name that is a word or a place ambiguous, with "?" as in the table', () => {
    for (const w of ['Mars', 'Benchmark', 'Perplexity', 'Ripple']) {
      expect(dir.byAlias(w)?.ambiguous, w).toBe(true);
      expect(dir.byAlias(w)?.entry.kind, w).toBe('private');
    }
    expect(dir.byAlias('Mars Inc.')?.ambiguous).toBe(false);
    expect(dir.byAlias('Perplexity AI')?.entry.name).toBe('Perplexity AI');
  });

  it('counts an ambiguous private name only with the firm named plainly or acting as a business', () => {
    expect(privateNames('The probe is due to reach Mars in 2027, the agency said.')).toEqual([]);
    expect(privateNames('Mars Inc. is buying a snack maker. Mars makes M&Ms.')).toEqual(['Mars Inc.']);
    expect(privateNames('Mars agreed to pay $50 a share in cash.')).toEqual(['Mars']);
  });

  it('counts an ambiguous listed name written with a possessive as a business', () => {
    // "Brookfield?" is a place too; "Brookfield's $4.4 billion purchase" can only be the firm.
    expect(tickers("Brookfield's $4.4 billion purchase of a hospital group closed in 2019.")).toContain('BN');
    expect(tickers('The plant is in Brookfield, Wisconsin.')).not.toContain('BN');
  });

  it('reads the names of one private firm as one firm', () => {
    expect(privateNames('Samsung Electronics said on Monday that Samsung would build a plant.')).toEqual([
      'Samsung Electronics',
    ]);
    expect(privateNames('The Public Investment Fund led the round; the PIF also backed a rival.')).toEqual([
      'Public Investment Fund',
    ]);
  });
});
