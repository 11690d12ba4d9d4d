/**
 * Session 14: firms an article names without a deal — research firms that rate a stock, the employer in a
 * speaker's title, and partnerships with an "LP" legal form — are companies the article names too.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const names = (text: string) =>
  extract(`Markets\n\n${text}`, '2026-11-20').extraction.companies.map((c) => c.name);

describe('firms named without a deal', () => {
  it('lists a research firm that rates a stock', () => {
    expect(
      names(
        'Halvard Group (NYSE: HLVG) agreed to buy Quillan Outfitters. Investec downgraded Halvard to Hold from Buy.',
      ),
    ).toContain('Investec');
  });

  it('lists the firm in a speaker’s title', () => {
    const list = names(
      '"Prices look generous," said Owen Pryde, investment director at Ravenholt Direct. "Not for long," said Mira Lund, a partner at consultancy Tallow Advisory.',
    );
    expect(list).toContain('Ravenholt Direct');
    expect(list).toContain('Tallow Advisory');
  });

  it('lists no firm for a public body in a title', () => {
    expect(
      names('"Rates will fall," said Jane Roe, a director at the Federal Reserve Bank of Kansas City.'),
    ).toEqual([]);
  });

  it('reads a partnership with an LP legal form', () => {
    expect(names('Its sponsor, Encroft Investments LP, sold the business for $2.3 billion.')).toContain(
      'Encroft Investments LP',
    );
  });
});

describe('a company that received an investment', () => {
  it('is named, and the investment it received is done', () => {
    const f = extract(
      'Deals\n\nPinecrest Dairy received a $200 million investment from Quarry Lane Capital.',
      '2026-11-20',
    ).extraction;
    expect(f.companies.map((c) => c.name)).toContain('Pinecrest Dairy');
    expect(f.deals.map((d) => [d.type, d.status, d.parties.map((p) => p.name)])).toEqual([
      ['investment', 'completed', ['Quarry Lane Capital', 'Pinecrest Dairy']],
    ]);
  });
});

describe('advisers told by what they did', () => {
  it('names a firm that "provided legal advice to" a party and the one an auction was "run by"', () => {
    const names = extract(
      'Deals\n\nHalvard Equity agreed to sell Orrin Group to Tamsworth Partners. The auction, run by Pellow & Co, drew a dozen bidders. Brackley Marsh provided legal advice to Halvard Equity.',
      '2026-11-20',
    ).extraction.companies.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Pellow & Co', 'Brackley Marsh']));
  });
});

describe("a filing's defined terms for holdings (session 16)", () => {
  it('does not read "Quandong Shares" or "Quandong Shareholders" as firms', () => {
    const { extraction } = extract(
      'Deals\n\nThe scheme concerns the proposed acquisition of all of your Quandong Shares by Sonic Healthcare (ASX: SHL). Quandong Shareholders will vote on the scheme. The last day of trading in Quandong Shares on ASX is 8 February.',
      '2026-12-05',
    );
    expect(extraction.companies.map((c) => c.name)).toEqual(['Sonic Healthcare']);
  });
});

describe('exchanges and market regulators (session 16)', () => {
  it('are no companies, even with their initials in brackets', () => {
    const { extraction } = extract(
      'Deals\n\nSquare Pharma (DSE: SQPH) told the Dhaka Stock Exchange and the Bangladesh Securities and Exchange Commission (BSEC) of the purchase, in a filing to the Public Disclosure Platform (KAP).',
      '2026-12-05',
    );
    expect(extraction.companies.map((c) => c.name)).toEqual(['Square Pharma']);
  });
});

describe('registration numbers (session 16)', () => {
  it('does not read "ACN 611 204 587" as Accenture', () => {
    const { extraction } = extract(
      'QUANDONG PATHOLOGY LIMITED\nACN 611 204 587\n\nQuandong Pathology (ASX: QPL) agreed to a scheme with Sonic Healthcare (ASX: SHL).',
      '2026-12-05',
    );
    expect(extraction.companies.map((c) => c.ticker)).not.toContain('ACN');
  });

  it('still reads ACN as Accenture where it names the company', () => {
    const { extraction } = extract(
      'Markets\n\nShares of ACN rose 2% after Accenture beat forecasts.',
      '2026-12-05',
    );
    expect(extraction.companies.map((c) => c.ticker)).toContain('ACN');
  });
});

describe('a regulator cut at its "and" (session 16)', () => {
  it('does not read "National Markets" of "National Markets and Competition Commission" as a firm', () => {
    const { extraction } = extract(
      'Deals\n\nThe purchase of Guadarrama Sistemas by Indra (BME: IDR) needs the approval of the National Markets and Competition Commission (CNMC).',
      '2026-12-05',
    );
    expect(extraction.companies.map((c) => c.name)).not.toContain('National Markets');
  });
});

describe('a market named "X Exchange" (session 16)', () => {
  it("keeps a city's exchange out of the companies, but not an exchange that is bought", () => {
    const athens = extract(
      'Deals\n\nKastri Energy (ATHEX: KSTR) is paying €310 million for Evrotas Wind. The refiner trades on the Athens Exchange, where it rose 2.9%.',
      '2026-12-05',
    );
    expect(athens.extraction.companies.map((c) => c.name)).not.toContain('Athens Exchange');
    const crypto = extract(
      'Deals\n\nKraken is in talks to buy Atalaia Exchange, a Lisbon crypto venue.',
      '2026-12-05',
    );
    expect(crypto.extraction.companies.map((c) => c.name)).toContain('Atalaia Exchange');
  });
});

describe('law firms that advise on a deal (session 23)', () => {
  it('lists the big deal law firms, written without a legal form', () => {
    const list = names(
      'Halvard Group (NYSE: HLVG) agreed to buy Quillan Outfitters for $2 billion. Wachtell Lipton Rosen & Katz advised Halvard, and Herbert Smith Freehills and King & Wood Mallesons advised Quillan.',
    );
    expect(list).toEqual(
      expect.arrayContaining([
        'Wachtell Lipton Rosen & Katz',
        'Herbert Smith Freehills',
        'King & Wood Mallesons',
      ]),
    );
  });

  it('names a firm once, with its LLP, when a later sentence shortens it', () => {
    const list = names(
      'Halvard Group (NYSE: HLVG) agreed to buy Quillan Outfitters. Davis Polk & Wardwell LLP advised Halvard. Davis Polk also advised Halvard on its 2023 purchase of Brenmark Tools.',
    );
    expect(list.filter((n) => /Davis Polk/.test(n))).toEqual(['Davis Polk & Wardwell LLP']);
  });
});
