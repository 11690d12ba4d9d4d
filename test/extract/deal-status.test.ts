/**
 * How a deal stands as one sentence tells it (statusOf), and the rule that a contract a buyer reserved,
 * ordered or renewed is a done deal, read through a whole extraction.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/extract/facts/deals/status.js';
import { dealLine, extract } from './helpers.js';

describe('statusOf', () => {
  it.each([
    [
      'Roper finished its $1.9 billion acquisition of Cadenza Health, four months after signing.',
      'completed',
    ],
    ['Ford licenses the technology from CATL under an agreement signed in 2023.', 'completed'],
    ['Tesla announced a supply agreement with CATL in 2024.', 'completed'],
    ['Airbnb fell 2.4% after a report that it had held talks to buy Hotelier Co.', 'rumored'],
    ['Airbnb has held early talks to buy Hotelier Co.', 'rumored'],
    ['Acme signed an agreement to buy Hotelier Co. for $300 million.', 'announced'],
    ["Ferrovia's solver runs on Nvidia's platform under a 2025 integration agreement.", 'completed'],
    ['Volkswagen committed up to $5.8 billion to Rivian in 2024.', 'completed'],
    ['Acme will sign the agreement in 2027, it said.', 'announced'],
  ])('%s → %s', (sentence, status) => {
    expect(statusOf(sentence).status).toBe(status);
  });
});

describe('contracts a buyer reserved, ordered or renewed', () => {
  it('reads them as done deals', () => {
    const x = extract(
      'Markets today.\n\nDuke Energy (NYSE: DUK) has reserved 11 gas turbines from GE Vernova (NYSE: GEV) for delivery in 2029.',
    ).extraction;
    expect(x.deals.map(dealLine)).toEqual(['contract DUK:customer+GEV:supplier completed']);
  });
});

describe('a commodity bought from a named seller', () => {
  it('is a supply contract, not a purchase of the seller', () => {
    const x = extract(
      "Markets today.\n\nAlphabet (NASDAQ: GOOGL) signed a 25-year agreement last year to buy power from NextEra Energy's (NYSE: NEE) plant in Iowa.",
    ).extraction;
    expect(x.deals.map(dealLine)).toEqual(['contract NEE:supplier+GOOGL:customer completed']);
  });
});
