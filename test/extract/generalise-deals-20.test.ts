/**
 * Session 23, from deal sentences of our own: deals named by a hyphen pair ("the Halcyon-Marlow
 * merger") and told by the relative clause after them (", which closed in 2025").
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('a deal named by a hyphen pair of its parties', () => {
  const intro = 'Halcyon Studios and Marlow Entertainment have both grown quickly. ';

  it('is their deal, not one told before, and a closing told after it makes it done', () => {
    expect(deals(`${intro}The Halcyon-Marlow merger, which closed in 2025, reshaped the industry.`)).toEqual([
      'merger Halcyon Studios:-+Marlow Entertainment:- completed',
    ]);
  });

  it('reads an alliance signed in an earlier year as in place', () => {
    expect(
      deals(`${intro}The Halcyon-Marlow alliance, which was signed in 2024, now covers streaming rights.`),
    ).toEqual(['partnership Halcyon Studios:partner+Marlow Entertainment:partner completed']);
  });

  it('still only reinforces a deal told before when no pair names it', () => {
    expect(
      deals(
        `Halcyon Studios agreed to merge with Marlow Entertainment. The merger, which needs approval, creates a giant.`,
      ),
    ).toEqual(['merger Halcyon Studios:-+Marlow Entertainment:- announced']);
  });
});

describe('a one-word firm that merged with another', () => {
  it('is read as a firm at the start of a sentence', () => {
    expect(deals('Coralis merged with Marlow Entertainment in a $1.4 billion deal in 2020.')).toEqual([
      'merger Coralis:-+Marlow Entertainment:- $1.4 billion completed',
    ]);
  });

  it('is read as a firm after ", while" that opens a clause of its own', () => {
    expect(
      deals(
        'Orbis Media bought drama producer Redkite Films in 2021, while Coralis merged with Marlow Entertainment the year before.',
      ),
    ).toEqual([
      'acquisition Orbis Media:buyer+Redkite Films:target completed',
      'merger Coralis:-+Marlow Entertainment:- completed',
    ]);
  });

  it('is not a word that only opens the sentence', () => {
    expect(deals('Together merged with Marlow Entertainment, the studio grew.')).toEqual([]);
  });
});

describe('a purchase noun with its seller after "from"', () => {
  it('reads "its fleet purchase from X" as assets bought from X, the owner of "its" buying', () => {
    expect(
      deals(
        'Halvard Shipping Ltd. has been selling older tankers since its big fleet purchase from Brenmark Maritime in 2023.',
      ),
    ).toEqual(['acquisition Halvard Shipping Ltd.:buyer+Brenmark Maritime:seller completed']);
  });

  it('reads a one-word seller there as a firm, and what was bought before the noun as the asset', () => {
    const [d] = extract(
      'Deals\n\nKessler Logistics said its big warehouse portfolio purchase from Brightmoor in 2024 doubled its space.',
      '2026-11-20',
    ).extraction.deals;
    expect([dealLine(d!), d!.asset]).toEqual([
      'acquisition Kessler Logistics:buyer+Brightmoor:seller completed',
      'warehouse portfolio',
    ]);
  });

  it('leaves products bought from their maker alone: that is an order, not a change of owner', () => {
    expect(
      deals('Mistral Labs said its chip purchase from Nvidia Corp. would be delivered next year.'),
    ).toEqual([]);
    expect(
      deals('Kestrel Air completed its aircraft purchase from Orbis Aviation Holdings in March.'),
    ).toEqual([]);
  });
});

describe('a marketing agreement signed by a firm described before its verb', () => {
  it('reads the firm past its ", which …," clause and leaves a firm named in the output clause out', () => {
    expect(
      deals(
        'Kurobe Trading, which supplies graphite to cell makers in Japan, will also sign a marketing agreement with Karloo Minerals covering any output not taken by Ford.',
      ),
    ).toEqual(['partnership Kurobe Trading:partner+Karloo Minerals:partner announced']);
  });

  it('does not make a firm of a product that "has sold" copies or a brand that "sells" in a market', () => {
    const names = (text: string) =>
      extract(`Deals\n\n${text}`, '2026-11-20').extraction.companies.map((c) => c.name);
    expect(names('Frostvale, which launched on PC in 2025, has sold more than four million copies.')).toEqual(
      [],
    );
    expect(names('Hearthmoor, which makes two pet-food brands, sells mostly in the UK.')).toEqual([]);
  });
});

describe('a deal done, then a second verb still to come', () => {
  it('reads "took a stake … and will sit on its board" as a stake taken', () => {
    expect(
      deals(
        'Corvane Systems (NYSE: CVNE) took a 15% stake in robotics maker Fernloop Labs for $60 million and will sit on its board.',
      ),
    ).toEqual(['investment CVNE:investor+Fernloop Labs:investee $60 million completed']);
  });

  it('still reads a purchase agreed, with its payment to come, as announced', () => {
    expect(deals('Corvane Systems agreed to buy Fernloop Labs and will pay $60 million in cash.')).toEqual([
      'acquisition Corvane Systems:buyer+Fernloop Labs:target $60 million announced',
    ]);
  });
});

describe('UK-style offers', () => {
  it('reads "a recommended cash offer by Y for X" and "an offer for X by Y" as Y bidding for X', () => {
    expect(
      deals(
        'The boards of Pellworth Group plc and Danbury Optics plc said they had reached agreement on the terms of a recommended cash offer by Pellworth for Danbury.',
      ),
    ).toEqual(['acquisition Pellworth Group:buyer+Danbury Optics:target announced']);
    expect(
      deals(
        'Pellworth Group plc and Danbury Optics plc have agreed terms on a recommended cash offer for Danbury by Pellworth, valuing the lens maker at £640 million.',
      ),
    ).toEqual(['acquisition Pellworth Group:buyer+Danbury Optics:target £640 million announced']);
  });

  it('reads an offer received from a bidder as a bid for the receiver itself', () => {
    expect(
      deals(
        'Danbury Optics plc said it had received a possible offer from Pellworth Group plc and was minded to recommend it.',
      ),
    ).toEqual(['acquisition Pellworth Group:buyer+Danbury Optics:target announced']);
  });

  it('does not read an offer received for a unit, or a proposal to split the company, as a takeover', () => {
    expect(
      deals('Danbury Optics plc has received an offer from Pellworth Group plc for its contact-lens unit.'),
    ).not.toContainEqual(expect.stringMatching(/Pellworth Group:buyer\+Danbury Optics:target/));
    expect(
      deals('Danbury Optics plc received a proposal from Elmsworth Capital to split the company in two.'),
    ).toEqual([]);
  });
});

describe('a round told by who led it', () => {
  it('reads "A and B co-led X\'s Series B" with both leads as investors', () => {
    expect(
      deals(
        "Orlo Capital and Sandhurst Ventures co-led Veltra Bio's $40 million Series B, the startup said on Tuesday.",
      ),
    ).toEqual([
      'investment Sandhurst Ventures:investor+Veltra Bio:investee+Orlo Capital:investor $40 million completed',
    ]);
  });

  it('reads "the round in X was led by Y" with X raising it', () => {
    expect(
      deals('The $40 million round in Veltra Bio was led by Orlo Capital, the startup said on Tuesday.'),
    ).toEqual(['investment Orlo Capital:investor+Veltra Bio:investee $40 million completed']);
  });

  it('does not pair a firm named earlier in another role with the lead', () => {
    expect(
      deals(
        "Kessler Motors bought Brenmark Tools, and Orlo Capital co-led Veltra Bio's $40 million Series B, the startup said on Tuesday.",
      ).filter((d) => d.startsWith('investment')),
    ).toEqual(['investment Orlo Capital:investor+Veltra Bio:investee $40 million completed']);
  });
});

describe('contracts told by the service or the hiring', () => {
  it('reads "will provide services to Y under an agreement worth $N" as a contract Y gave', () => {
    expect(
      deals(
        'Ostwind Marine Systems will provide maintenance services to Kessler Motors under a seven-year agreement worth $90 million.',
      ),
    ).toEqual(['contract Ostwind Marine Systems:supplier+Kessler Motors:customer $90 million announced']);
  });

  it('reads "has contracted X to build" as a contract in place', () => {
    expect(deals('Kessler Motors has contracted Ostwind Marine Systems to build its new plant.')).toEqual([
      'contract Kessler Motors:customer+Ostwind Marine Systems:supplier completed',
    ]);
  });

  it('does not read financing provided under an agreement as a contract', () => {
    expect(
      deals(
        'Halvard Bank will provide $500 million of bridge financing to Kessler Motors under the agreement.',
      ),
    ).toEqual([]);
  });
});

describe('a holder that exits its stake', () => {
  it('reads "exited its stake in X, selling the shares to Y" as a done sale to Y, not an investment', () => {
    const got = deals(
      'Kessler Motors exited its stake in Veltra Bio, selling the shares to Orlo Capital for $50 million.',
    );
    expect(got).toEqual(['divestiture Kessler Motors:seller+Orlo Capital:buyer $50 million completed']);
  });

  it('reads no investment into a stake that is cashed out of', () => {
    expect(deals('Kessler Motors cashed out of its 12% stake in Veltra Bio last year.')).not.toContainEqual(
      expect.stringMatching(/^investment Kessler Motors:investor/),
    );
  });
});

describe('a sale whose buyer and price a relative clause tells', () => {
  it('reads "sold its arm, which went to Y for $N" with a clean asset and the price', () => {
    const [d] = extract(
      'Deals\n\nKessler Motors sold its logistics arm, which went to Brno Freight Partners for $120 million.',
      '2026-11-20',
    ).extraction.deals;
    expect([dealLine(d!), d!.asset]).toEqual([
      'divestiture Kessler Motors:seller+Brno Freight Partners:buyer $120 million completed',
      'logistics arm',
    ]);
  });
});
