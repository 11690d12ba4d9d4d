/**
 * Session 22, from deal sentences of our own: deals struck to buy something from a firm, owners told
 * after the fact, approvals and sealed takeovers.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('a deal struck to buy something from a firm', () => {
  it('is the purchase of a named asset, not a contract the buyer won', () => {
    expect(
      deals(
        'Ostrava Steel clinched a deal to buy the Kladno rolling mill from Prazsky Metal for $110 million.',
      ),
    ).toEqual(['acquisition Ostrava Steel:buyer+Prazsky Metal:seller $110 million announced']);
  });

  it('is still an order of goods from their maker', () => {
    expect(
      deals('Ostrava Steel signed a deal to buy 40 locomotives from Sedlec Rail Works for $130 million.'),
    ).toEqual(['contract Sedlec Rail Works:supplier+Ostrava Steel:customer $130 million completed']);
  });
});

describe('an owner told after the fact', () => {
  it('reads "is now the owner of X after completing its purchase" as a done takeover, the right way round', () => {
    expect(
      deals(
        'Pellworth Instruments is now the owner of Danbury Optics after completing its $2 billion purchase of the lens maker on Tuesday.',
      ),
    ).toEqual(['acquisition Pellworth Instruments:buyer+Danbury Optics:target $2 billion completed']);
  });

  it('reads "became the sole owner of X"', () => {
    expect(deals('Harlow Metals became the sole owner of Ossory Foods in March.')).toEqual([
      'acquisition Harlow Metals:buyer+Ossory Foods:target completed',
    ]);
  });
});

describe('a sealed takeover', () => {
  it('is done when the takeover itself is sealed', () => {
    expect(
      deals(
        'Hallam Logistics sealed its $450 million takeover of Fenwick Freight on Friday after receiving the final antitrust clearance.',
      ),
    ).toEqual(['acquisition Hallam Logistics:buyer+Fenwick Freight:target $450 million completed']);
  });

  it('is only agreed when a deal to buy is sealed', () => {
    expect(deals('Hallam Logistics sealed a deal to buy Fenwick Freight for $450 million.')).toEqual([
      'acquisition Hallam Logistics:buyer+Fenwick Freight:target $450 million announced',
    ]);
  });
});

describe('a price in a later clause of the same sentence', () => {
  it('is not the price of the earlier purchase', () => {
    expect(
      deals(
        'Tessaly Foods bought Orrin Bakeries in 2022 and added Pemberly Snacks two years later for $140 million.',
      ),
    ).toContain('acquisition Tessaly Foods:buyer+Orrin Bakeries:target completed');
  });

  it('still prices a purchase of a firm and its affiliates', () => {
    expect(deals('Tessaly Foods bought Orrin Bakeries and related brands for $140 million.')).toEqual([
      'acquisition Tessaly Foods:buyer+Orrin Bakeries:target $140 million completed',
    ]);
  });
});

describe("the target's owners approving a bid", () => {
  it('reads "shareholders of X approved Y\'s takeover offer" as Y\'s pending takeover of X', () => {
    expect(
      deals(
        "Shareholders of Mirefield Bank approved Corlan Financial's takeover offer on Thursday, clearing the last hurdle for the $900 million deal.",
      ),
    ).toEqual(['acquisition Corlan Financial:buyer+Mirefield Bank:target $900 million pending']);
  });

  it('reads "X shareholders voted in favour of Y\'s bid"', () => {
    expect(
      deals("Mirefield Bank shareholders voted in favour of Corlan Financial's $900 million takeover bid."),
    ).toEqual(['acquisition Corlan Financial:buyer+Mirefield Bank:target $900 million pending']);
  });

  it('finds no deal in a vote on anything else', () => {
    expect(deals("Mirefield Bank shareholders approved Corlan Financial's nominee for the board.")).toEqual(
      [],
    );
  });
});

describe('a bidder weighing an offer', () => {
  it('reads "is considering a possible offer for X" as a rumoured bid', () => {
    expect(deals('Corlan Financial is considering a possible offer for Mirefield Bank.')).toEqual([
      'acquisition Corlan Financial:buyer+Mirefield Bank:target rumored',
    ]);
  });

  it('still finds no deal in "a possible merger would make sense"', () => {
    expect(
      deals('Analysts said a possible merger of Corlan Financial and Mirefield Bank would make sense.'),
    ).toEqual([]);
  });
});

describe('the size of what a deal creates', () => {
  it('is not its price', () => {
    expect(
      deals('Corlan Financial is merging with Mirefield Bank to create a lender with $40 billion in assets.'),
    ).toEqual(['merger Corlan Financial:-+Mirefield Bank:- announced']);
  });

  it('reads a price told in pounds as an adjective', () => {
    expect(deals('Corlan Financial is to buy Mirefield Bank in a 700 million pound deal.')).toEqual([
      'acquisition Corlan Financial:buyer+Mirefield Bank:target 700 million pound announced',
    ]);
  });
});

describe('a merger told in the past tense', () => {
  it('is done', () => {
    expect(deals('Okapi Mobility merged with Zippa Scooters last year.')).toEqual([
      'merger Okapi Mobility:-+Zippa Scooters:- completed',
    ]);
  });

  it('is still to come when it will merge', () => {
    expect(deals('Okapi Mobility will merge with Zippa Scooters next year.')).toEqual([
      'merger Okapi Mobility:-+Zippa Scooters:- announced',
    ]);
  });
});

describe('a firm whose name starts with a region', () => {
  it('keeps the region in its name', () => {
    expect(deals('Nordic Capital agreed to buy Sundvik Signals for $400 million.')).toEqual([
      'acquisition Nordic Capital:buyer+Sundvik Signals:target $400 million announced',
    ]);
  });

  it('still drops a nationality told before a name', () => {
    expect(deals('Harlow Metals bought the Dutch Veldhoven Pompen B.V. last year.')).toEqual([
      'acquisition Harlow Metals:buyer+Veldhoven Pompen B.V.:target completed',
    ]);
  });
});

describe('the asset of a carve-out sold on in the same sentence', () => {
  it('ends before the clause that sells it', () => {
    const [deal] = extract(
      'Deals\n\nFerrand Group completed the carve-out of its packaging arm, selling it to Tallis Partners for $410 million.',
      '2026-11-20',
    ).extraction.deals;
    expect(deal?.asset).toBe('packaging arm');
  });
});

describe('a round and the firms that joined it', () => {
  it('gives the round its amount when the leader is told after a comma', () => {
    expect(
      deals('Veltra Bio landed $60 million in fresh funding, with Tamsin Ventures leading the round.'),
    ).toEqual(['investment Tamsin Ventures:investor+Veltra Bio:investee $60 million completed']);
  });

  it('reads "took part in X\'s latest funding round" as a done investment in X', () => {
    expect(deals("Orlo Capital took part in Veltra Bio's latest funding round.")).toEqual([
      'investment Orlo Capital:investor+Veltra Bio:investee completed',
    ]);
  });
});

describe('public bodies named in a story', () => {
  it('are not companies, however a name ends', () => {
    const names = extract(
      'Metals\n\nHarlow Metals (NYSE: HLMT) rose 2%. The International Monetary Fund and the World Bank warned about metals prices, and the United Nations asked for data.',
      '2026-11-20',
    ).extraction.companies.map((c) => c.name);
    expect(names).toEqual(['Harlow Metals']);
  });
});

describe('wire-style names and units', () => {
  it('reads a legal form written without its full stop ("Holdings Co said")', () => {
    expect(
      deals(
        'Kanemori Holdings Co said on Wednesday it would launch a tender offer for Seiwa Logistics at 2,450 yen per share.',
      ),
    ).toEqual(['acquisition Kanemori Holdings Co:buyer+Seiwa Logistics:target announced']);
  });

  it('makes a unit named in apposition the target of its sale', () => {
    const [deal] = extract(
      'Deals\n\nSeiwa Logistics said it would sell its trucking subsidiary, Hokuto Transport, to Daimaru Freight for $60 million.',
      '2026-11-20',
    ).extraction.deals;
    expect(deal && dealLine(deal)).toBe(
      'divestiture Seiwa Logistics:seller+Daimaru Freight:buyer+Hokuto Transport:target $60 million announced',
    );
    expect(deal?.asset).toBe('trucking subsidiary');
  });
});

describe('a supplier chosen by its title', () => {
  it('reads "named X its preferred supplier" as a contract X supplies', () => {
    expect(
      deals('Ossory Foods named Harlow Metals its preferred supplier of cans in a five-year deal.'),
    ).toEqual(['contract Ossory Foods:customer+Harlow Metals:supplier completed']);
  });

  it('finds no contract in naming a person to a post', () => {
    expect(deals('Ossory Foods named Dana Whitlock its chief executive.')).toEqual([]);
  });
});
