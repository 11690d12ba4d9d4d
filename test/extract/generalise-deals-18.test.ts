/**
 * Session 21, from deal sentences of our own: buying groups and rounds that name several firms, and
 * holders of a company's debt who are not the company.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);
const companies = (text: string) =>
  extract(`Deals\n\n${text}`, '2026-11-20').extraction.companies.map((c) => c.name);

describe('a buying group named as a list', () => {
  it('makes every member of "a consortium of A and B" a buyer', () => {
    expect(
      deals(
        'A consortium of Brightwater Capital and Nordhaven Infrastructure agreed to buy Telemark Towers for $2.1 billion.',
      ),
    ).toEqual([
      'acquisition Brightwater Capital:buyer+Nordhaven Infrastructure:buyer+Telemark Towers:target $2.1 billion announced',
    ]);
  });

  it('makes every firm of a three-name subject a buyer', () => {
    expect(
      deals(
        'A group comprising Sallow Capital, Fennick Partners and Ardent Holdings bought Calloway Ports last month.',
      ),
    ).toEqual([
      'acquisition Sallow Capital:buyer+Fennick Partners:buyer+Ardent Holdings:buyer+Calloway Ports:target completed',
    ]);
  });

  it('does not take the buyer of an earlier clause for a fellow buyer', () => {
    expect(
      deals(
        'Sallow Capital sold Dunmore Clinics to Fennick Partners and Ardent Holdings bought Calloway Ports.',
      ),
    ).toContain('acquisition Ardent Holdings:buyer+Calloway Ports:target completed');
  });
});

describe('a round raised from several firms', () => {
  it('is one investment with every firm named as an investor', () => {
    expect(deals('Corran Labs raised $300 million from Halden Capital and Wexford Ventures.')).toEqual([
      'investment Halden Capital:investor+Corran Labs:investee+Wexford Ventures:investor $300 million completed',
    ]);
  });

  it('reads "a group of investors that includes A and B"', () => {
    expect(
      deals(
        'Veltra Bio raised $40 million from a group of investors that includes Tamsin Ventures and Orlo Capital.',
      ),
    ).toEqual([
      'investment Tamsin Ventures:investor+Veltra Bio:investee+Orlo Capital:investor $40 million completed',
    ]);
  });

  it('keeps a round still being raised announced', () => {
    expect(deals('Corran Labs is raising $300 million from investors including Halden Capital.')).toEqual([
      'investment Halden Capital:investor+Corran Labs:investee $300 million announced',
    ]);
  });

  it('keeps separate backers of a company as separate stakes', () => {
    expect(deals('Lumora Health is backed by Sequoia Capital and Greylock Partners.')).toHaveLength(2);
  });
});

describe('holders of a company debt', () => {
  it('are not part of the company name', () => {
    const names = companies(
      'Bondholders of Greyfield Energy agreed to swap their notes for new shares. Creditors of Pennick Retail voted for the plan.',
    );
    expect(names).toContain('Greyfield Energy');
    expect(names).toContain('Pennick Retail');
    expect(names.some((n) => /Bondholders|Creditors/.test(n))).toBe(false);
  });
});
