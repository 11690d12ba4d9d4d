/**
 * Deal phrasings of session 12, each in our own words on well-known or invented names: a bought company
 * told by a description of it, holders paid by the buyer, a price paid in shares, a name that does deals,
 * and two false deals (a cue word inside a name, a stake in an asset another company runs). Written from
 * probes of real-news phrasing, never from a sealed fixture.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('a bought company told by a description', () => {
  it('points "the oil producer" back at the company whose shares moved on the deal', () => {
    expect(
      deals('Hess shares jumped 5% after Chevron agreed to buy the oil producer for $53 billion.'),
    ).toEqual(['acquisition CVX:buyer+HES:target $53 billion announced']);
    expect(
      deals('Shares of Seagen rose after Pfizer agreed to buy the Bothell, Washington-based company.'),
    ).toEqual(['acquisition PFE:buyer+SGEN:target announced']);
    expect(deals('Seagen rose when Pfizer said it would acquire the cancer drug developer.')).toEqual([
      'acquisition PFE:buyer+SGEN:target announced',
    ]);
  });

  it('leaves a unit, an asset or a broker alone', () => {
    expect(deals('Hess shares fell after Chevron agreed to buy the oil producer’s Guyana assets.')).toEqual(
      [],
    );
    expect(deals('Jefferies said Chevron would buy the oil producer for $53 billion.')).toEqual([]);
  });
});

describe('holders paid by the buyer', () => {
  it('reads "X shareholders will receive $N per share under the deal with Y" as Y buying X', () => {
    expect(
      deals('Verona Pharma shareholders will receive $107 per ADS in cash under the deal with Merck.'),
    ).toEqual(['acquisition MRK:buyer+VRNA:target announced']);
    expect(deals('Under the agreement, Seagen investors will get $229 a share from Pfizer.')).toEqual([
      'acquisition PFE:buyer+SGEN:target announced',
    ]);
  });

  it('reads no deal into a dividend', () => {
    expect(deals('Seagen shareholders will receive a dividend of $0.50 per share from January.')).toEqual([]);
  });
});

describe('what a deal is worth', () => {
  it('keeps a price paid in shares', () => {
    expect(deals('Exxon bought Pioneer Natural Resources for about $60 billion in stock in 2024.')).toEqual([
      'acquisition XOM:buyer+PXD:target about $60 billion completed',
    ]);
  });

  it('does not price a deal with a holding of shares', () => {
    expect(
      deals('Exxon bought Pioneer Natural Resources last year; Pioneer’s founder sold $60 million in stock.'),
    ).toEqual(['acquisition XOM:buyer+PXD:target completed']);
  });
});

describe('a name that is also a word', () => {
  it('counts "Mars completed its purchase of…" as a business doing a deal', () => {
    expect(deals('Mars completed its $36 billion purchase of Kellanova on Thursday.')).toEqual([
      'acquisition Mars:buyer+K:target $36 billion completed',
    ]);
  });
});

describe('false deals', () => {
  it('reads no partnership into a name holding "Alliance"', () => {
    expect(
      deals('Walgreens Boots Alliance agreed to be acquired by Sycamore Partners for $10 billion.'),
    ).toEqual(['acquisition Sycamore Partners:buyer+WBA:target $10 billion announced']);
  });

  it('reads no stake in the company that runs the asset a stake is in', () => {
    expect(deals('Chevron will get a 30% stake in the Stabroek block, which is operated by Exxon.')).toEqual(
      [],
    );
    expect(deals('Chevron took a 30% stake in the Stabroek block run by Exxon in 2024.')).toEqual([]);
    expect(deals('Chevron took a 30% stake in Hess in 2024.')).toEqual([
      'investment CVX:investor+HES:investee completed',
    ]);
  });
});

describe('buyers in pairs and stakes told by their worth', () => {
  it('reads "A and B agreed to jointly acquire X" as two buyers', () => {
    expect(
      deals('BHP and Lundin Mining agreed to jointly acquire Filo Corp for about C$4.1 billion.'),
    ).toEqual(['acquisition BHP:buyer+LUNMF:buyer+Filo Corp:target about C$4.1 billion announced']);
    expect(
      deals('Shares of BHP and Rio Tinto rose after Lundin Mining agreed to acquire Filo Corp on Monday.'),
    ).toEqual(['acquisition LUNMF:buyer+Filo Corp:target announced']);
  });

  it('reads "has built a stake of about $5 billion in X" as a holding worth that much', () => {
    expect(deals('Elliott Management has built a stake of about $5 billion in PepsiCo.')).toEqual([
      'investment Elliott Management:investor+PEP:investee about $5 billion completed',
    ]);
  });
});

describe('who is bought, who holds the stake', () => {
  it('reads the company before an apposition as the one bought', () => {
    expect(
      deals('Kenvue, spun off from Johnson & Johnson in 2023, agreed to be bought by Kimberly-Clark.').map(
        (d) => d.replace(/ \w+$/, ''),
      ),
    ).toEqual(['acquisition KMB:buyer+KVUE:target']);
  });

  it('counts an acquired brand as its own company', () => {
    expect(deals('Meta bought WhatsApp for $19 billion in 2014.')).toEqual([
      'acquisition META:buyer+WhatsApp:target $19 billion completed',
    ]);
  });

  it('gives "its investment" to the subject, not to the company it bought', () => {
    expect(
      deals(
        'It would be Meta’s biggest deal since it bought WhatsApp for $19 billion in 2014, setting aside its 2025 investment in Scale AI.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^investment WhatsApp/));
  });
});

describe('deals told in passing', () => {
  it('reads "Its 2019 acquisition of X made Y…" as Y’s purchase', () => {
    expect(deals('Its 2019 acquisition of Celgene made Bristol-Myers Squibb a cancer powerhouse.')).toEqual([
      'acquisition BMY:buyer+Celgene:target completed',
    ]);
  });

  it('reads "has owned X since 2010" as a purchase then', () => {
    expect(deals('Berkshire Hathaway has owned Nvidia since 2010.')).toEqual([
      'acquisition BRK.B:buyer+NVDA:target completed',
    ]);
    expect(deals('Berkshire Hathaway has owned Nvidia shares for years.')).toEqual([]);
  });
});

describe('a unit for sale with no buyer yet', () => {
  it('reads "agreed to divest its orthopaedics business" as a sale by the owner', () => {
    expect(deals('Johnson & Johnson agreed to divest its orthopaedics business.')).toEqual([
      'divestiture JNJ:seller announced',
    ]);
  });

  it('leaves a unit sold in the past without a buyer alone', () => {
    expect(deals('Johnson & Johnson sold its orthopaedics business years ago.')).toEqual([]);
  });
});

describe('a sale the owner is looking for', () => {
  it('reads "is looking to sell its X business, which could fetch $10 billion" as a rumoured sale', () => {
    expect(
      deals('BP is looking to sell its Castrol lubricants business, which could fetch $10 billion.'),
    ).toEqual(['divestiture BP:seller $10 billion rumored']);
  });
});
