/**
 * Session 16, from the studied half of the examiner set and probes of our own: bidders that dropped out
 * of a sale the article tells (talks that ended, an invitation to bid turned down), majority stakes told
 * in "percent", and names spelt with Latin letters beyond Latin-1 ("Żabka", "Gıda").
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

const SALE =
  'Brightmoor Foods (NYSE: BMF) agreed to buy Tallis Orchards from Quarry Lane Capital for $900 million, the companies said on Thursday.';

describe('bidders that dropped out of the sale told', () => {
  it('reads talks with the seller about the target that ended as a terminated bid, beside the sale', () => {
    expect(
      deals(
        `${SALE} Ostrander Brands had held talks with Quarry Lane about Tallis in the spring, two people said, but walked away over price.`,
      ),
    ).toEqual([
      'acquisition BMF:buyer+Tallis Orchards:target+Quarry Lane Capital:seller $900 million announced',
      'acquisition Ostrander Brands:buyer+Tallis Orchards:target+Quarry Lane Capital:seller terminated',
    ]);
  });

  it('pins a bidder invited to bid, told paragraphs later, on the sale the article opened with', () => {
    const out = deals(
      `${SALE}\n\nTallis grows apples and pears on 4,000 acres in Washington state.\n\nIts sales rose 8% last year.\n\nThe orchards have been in the Tallis family for decades.\n\nHarwell Produce (NASDAQ: HWPR) was invited to bid but decided not to go ahead after a first look at the books.`,
    );
    expect(out).toContain('acquisition HWPR:buyer+Tallis Orchards:target terminated');
    expect(out[0]).toMatch(/^acquisition BMF:buyer\+Tallis Orchards:target.* announced$/);
  });

  it('reads "held talks … but the discussions ended without an agreement"', () => {
    expect(
      deals(
        `${SALE} Ostrander Brands held talks with Tallis Orchards' owners earlier this year about a possible acquisition, but the discussions ended in June without an agreement.`,
      ),
    ).toContain('acquisition Ostrander Brands:buyer+Tallis Orchards:target terminated');
  });

  it('leaves talks about a partnership, and a bid by an unnamed rival, alone', () => {
    const partnership = deals(
      `${SALE} Ostrander Brands held talks with Tallis Orchards about a supply partnership, but the talks ended in May.`,
    );
    expect(partnership.filter((d) => d.startsWith('acquisition'))).toEqual([
      'acquisition BMF:buyer+Tallis Orchards:target+Quarry Lane Capital:seller $900 million announced',
    ]);
    expect(
      deals(
        `${SALE} A large rival analysed an offer during the summer but decided not to make a binding bid.`,
      ),
    ).toEqual([
      'acquisition BMF:buyer+Tallis Orchards:target+Quarry Lane Capital:seller $900 million announced',
    ]);
  });

  it('needs a sale to pin the bid on', () => {
    expect(
      deals('Ostrander Brands was invited to bid for a rival grocer this year but stayed out, people said.'),
    ).toEqual([]);
  });
});

describe('stakes told in "percent"', () => {
  it('reads a 51 percent stake as control changing hands, a 20 percent stake as an investment', () => {
    expect(
      deals('Brightmoor Foods (NYSE: BMF) will buy a 51 percent stake in Tallis Orchards for $300 million.'),
    ).toEqual(['acquisition BMF:buyer+Tallis Orchards:target $300 million announced']);
    expect(
      deals('Brightmoor Foods (NYSE: BMF) will buy a 20 per cent stake in Tallis Orchards for $90 million.'),
    ).toEqual(['investment BMF:investor+Tallis Orchards:investee $90 million announced']);
  });
});

describe('names with Latin letters beyond Latin-1', () => {
  it('keeps a Polish name whole at its listing', () => {
    const { extraction } = extract('Shares of Żabka Group (GPW: ZAB) slipped 1.8% on Tuesday.', '2026-11-20');
    expect(extraction.companies.map((c) => `${c.name}:${c.ticker}`)).toContain('Żabka Group:ZAB');
  });

  it('reads a buyer whose name starts with a letter beyond ASCII, listed in words later', () => {
    expect(
      deals(
        'ISTANBUL – Ödemiş Tekstil, a maker of home linen, has agreed to buy Kapadokya Gıda, a producer of dried fruit, for 2 billion liras.\n\nÖdemiş, which trades on Borsa Istanbul under the ticker ODMST, will fund the deal from cash.',
      ),
    ).toEqual(['acquisition ODMST:buyer+Kapadokya Gıda:target 2 billion liras announced']);
  });
});

describe('how the deal told stands, past deals aside', () => {
  it('does not take "the biggest since it bought X in 2020" for the new deal closing', () => {
    expect(
      deals(
        'Brightmoor Foods (NYSE: BMF) has agreed to buy Tallis Orchards for $900 million. The purchase is Brightmoor’s biggest since it bought a majority of a Congolese dairy in 2020, a deal that doubled its sales.',
      )[0],
    ).toBe('acquisition BMF:buyer+Tallis Orchards:target $900 million announced');
  });

  it('lets "the group" of a sentence telling an old purchase speak of that purchase, not the new one', () => {
    const out = deals(
      'Brightmoor Foods (NYSE: BMF) has agreed to buy Tallis Orchards for $900 million. The purchase is the latest in a string of moves. Last year the group agreed to buy dairy maker Quarry Lane from Harwell Capital, and it has signed supply agreements with several farm co-operatives.',
    );
    expect(out[0]).toBe('acquisition BMF:buyer+Tallis Orchards:target $900 million announced');
  });
});

describe('contracts told with their value before the counterpart', () => {
  it('reads "awarded a Sh9.8 billion contract to X" as X supplying the one who awards it', () => {
    expect(
      deals(
        'Power producer Kivu Energy (NSE: KIVU) said it had awarded a Sh9.8 billion contract to Lamu Drilling Services to drill 30 geothermal wells.',
      ),
    ).toEqual(['contract Lamu Drilling Services:supplier+KIVU:customer Sh9.8 billion completed']);
  });

  it('reads "a supply agreement worth $120 million with X" as a contract with X', () => {
    expect(
      deals(
        'Brightmoor Foods (NYSE: BMF) signed a supply agreement worth $120 million with Hetman Haulage in October.',
      ),
    ).toEqual(['contract BMF:supplier+Hetman Haulage:customer $120 million completed']);
  });
});

describe('talks ended in the next sentence, a past purchase after "was", two companies bought at once', () => {
  it('reads talks with the seller that "ended" in the next sentence as a dropped bid', () => {
    expect(
      deals(
        `${SALE} Ostrander Brands held advanced talks with Quarry Lane in October, two people said. The talks ended in November after the two sides could not agree on a price.`,
      ),
    ).toContain(
      'acquisition Ostrander Brands:buyer+Tallis Orchards:target+Quarry Lane Capital:seller terminated',
    );
  });

  it('leaves talks that go on alone', () => {
    expect(
      deals(
        `${SALE} Ostrander Brands held advanced talks with Quarry Lane in October, two people said. The talks are continuing.`,
      ).some((d) => d.includes('terminated')),
    ).toBe(false);
  });

  it('reads "Its last notable purchase was X, which it bought in 2021" as a done takeover', () => {
    expect(
      deals(
        'Brightmoor Foods (NYSE: BMF) has made few acquisitions. Its last notable purchase was Tulsa Herbal Care, a maker of teas, which it bought in 2021.',
      ),
    ).toEqual(['acquisition BMF:buyer+Tulsa Herbal Care:target completed']);
  });

  it('reads the second of two companies bought in one breath, past an appositive', () => {
    expect(
      deals(
        'Brightmoor Foods (NYSE: BMF) keeps buying. Last year it bought Pawnee Creek Dairy, a cheese maker outside Tulsa, and Sandhill Orchard Supply, a fruit packer in Nebraska.',
      ),
    ).toEqual([
      'acquisition BMF:buyer+Pawnee Creek Dairy:target completed',
      'acquisition BMF:buyer+Sandhill Orchard Supply:target completed',
    ]);
  });
});

describe('stakes told as buying into a company or a shareholding', () => {
  it('reads "X bought into Y in 2019" as a stake bought', () => {
    expect(
      deals('Varkiza Capital bought into Thalassa Wind in 2019 and has funded its wind farms since.'),
    ).toEqual(['investment Varkiza Capital:investor+Thalassa Wind:investee completed']);
  });

  it('reads "already has a shareholding in X" as a stake held', () => {
    expect(
      deals(
        'Mowi (MOWI) is already a supplier and already has a shareholding in Tervola Seafood, a smoked-fish maker.',
      ),
    ).toEqual(['investment MOWI:investor+Tervola Seafood:investee completed']);
  });

  it('reads buying "a 100 per cent shareholding" as the takeover it is', () => {
    expect(
      deals(
        'Brightmoor Foods (NYSE: BMF) has agreed to buy Tallis Orchards for $900 million. It is buying a 100 per cent shareholding in Tallis, a fruit grower.',
      ),
    ).toEqual(['acquisition BMF:buyer+Tallis Orchards:target $900 million announced']);
  });
});

describe('orders and agreements told with a time before the counterpart', () => {
  it('reads "ordered two boats from X for NOK 780 million" as a contract X supplies', () => {
    expect(
      deals(
        'In September Hovland Seafood (OSE: HOVL) ordered two new well boats from Kvitholmen Verft in Sunnmøre for NOK 780 million, with delivery in 2028.',
      ),
    ).toEqual(['contract HOVL:customer+Kvitholmen Verft:supplier NOK 780 million completed']);
  });

  it('reads "a power purchase agreement last year with X"', () => {
    expect(
      deals(
        'Evrotas Renewables (ATHEX: EVRO) signed a 10-year power purchase agreement last year with Titan Cement, which buys green power for its plant.',
      ),
    ).toEqual(['contract EVRO:supplier+Titan Cement:customer completed']);
  });
});

describe('"the company" a stake is bought in', () => {
  it('is the private firm the sentences before are about, not the listed buyer of the story', () => {
    expect(
      deals(
        'Brightmoor Foods (NYSE: BMF) has agreed to buy Kapadokya Snacks for $140 million.\n\nKapadokya Snacks was founded in 1994 as a small apricot trader. It now sells nut bars in 20 countries.\n\nBeykoz Partners bought a 40% stake in the company in 2022 in a deal whose value was not made public.',
      ),
    ).toEqual([
      'acquisition BMF:buyer+Kapadokya Snacks:target $140 million announced',
      'investment Beykoz Partners:investor+Kapadokya Snacks:investee completed',
    ]);
  });
});

describe('more ways a bidder drops out', () => {
  it('reads an offer "submitted … but dropped out" by a firm named with its arm', () => {
    expect(
      deals(
        `${SALE} Blackstone's real estate arm submitted a first-round offer for the orchards in September but dropped out before final bids were due.`,
      ),
    ).toContain('acquisition BX:buyer+Tallis Orchards:target terminated');
  });

  it('reads talks the company for sale held with a bidder, ended in the next sentence', () => {
    expect(
      deals(
        `${SALE} Tallis had also held talks this year with Ostrander Brands, two people said. Those discussions ended in the summer without an agreement.`,
      ),
    ).toContain('acquisition Ostrander Brands:buyer+Tallis Orchards:target terminated');
  });

  it('takes the bidder nearest the verb, past an owner and a rival named by possessive', () => {
    const out = deals(
      `${SALE} Apollo-owned Ostrander Brands held talks to buy the company over the summer, but those talks ended in August. Harwell Produce (NASDAQ: HWPR), Brightmoor's closest rival, held talks with Tallis's owners in the spring, but the discussions ended without an agreement.`,
    );
    expect(out).toContain('acquisition Ostrander Brands:buyer+Tallis Orchards:target terminated');
    expect(out).toContain('acquisition HWPR:buyer+Tallis Orchards:target terminated');
  });

  it('reads "X looked at a deal but walked away"', () => {
    expect(
      deals(
        `${SALE} Quarry Lane ran an auction in 2025, and Harwell Produce (NASDAQ: HWPR) looked at a deal but walked away.`,
      ),
    ).toContain('acquisition HWPR:buyer+Tallis Orchards:target terminated');
  });
});
