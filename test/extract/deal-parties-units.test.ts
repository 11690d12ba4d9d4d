/**
 * Contract parties and values as government and corporate award stories state them: a company's own
 * product or unit named beside it is no counterparty, and an award's ceiling is its value.
 * Our own sentences; negatives must not extract.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const deals = (text: string) =>
  extract(text, '2026-03-02').extraction.deals.map((d) => ({
    type: d.type,
    parties: d.parties.map((p) => p.ticker ?? p.name),
    value: d.value?.amount ?? null,
  }));

describe('a company and its own product or unit', () => {
  it('never makes "<Company> Cloud" the other side of a deal with <Company>', () => {
    const text =
      'The U.S. Department of Energy awarded Oracle a contract worth up to $2 billion to run its laboratory payroll on Oracle Cloud Infrastructure, the department said on Friday.';
    expect(deals(text)).toEqual([
      { type: 'contract', parties: ['U.S. Department of Energy', 'ORCL'], value: 2_000_000_000 },
    ]);
  });
  it('keeps a separately named company that shares a first word', () => {
    const text =
      'Toyota Motor Corp. (NYSE: TM) agreed to buy Toyota Harbor Logistics, a trucking firm, for $400 million.';
    expect(deals(text).flatMap((d) => d.parties)).toContain('Toyota Harbor Logistics');
  });
});

describe('award ceilings (already read: kept as a guard)', () => {
  it('reads "a contract with a ceiling of $X" as the contract value', () => {
    const text =
      'The U.S. Navy has chosen Huntington Ingalls Industries (NYSE: HII) to maintain four destroyers under a contract with a ceiling of $730 million over five years, the service said on Monday.';
    const contract = deals(text).find((d) => d.type === 'contract');
    expect(contract?.value).toBe(730_000_000);
  });
});
