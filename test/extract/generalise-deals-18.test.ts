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

describe('lenders and credit funds', () => {
  it('reads a credit fund that takes control of a borrower as its buyer', () => {
    expect(
      deals('Lenders led by Ashgrove Credit will take control of Pennick Retail under the plan.'),
    ).toEqual(['acquisition Ashgrove Credit:buyer+Pennick Retail:target announced']);
  });

  it('does not take a kind of business written in capitals for a firm', () => {
    const names = companies(
      'Private Credit funds grew fast this year. The Venture Capital market is crowded. Apollo bought Wexford Lending for $200 million.',
    );
    expect(names).toContain('Wexford Lending');
    expect(names).not.toContain('Private Credit');
    expect(names).not.toContain('Venture Capital');
  });
});

describe('merger talks that end', () => {
  it('end a merger between two firms whatever their names end in', () => {
    expect(deals('Brisco Foods and Tanager Farms ended their merger talks on Friday.')).toEqual([
      'merger Brisco Foods:-+Tanager Farms:- terminated',
    ]);
  });

  it('end when the talks "with" a firm are said to have ended', () => {
    expect(deals('Dunmore Clinics said merger talks with Ardent Health had ended.')).toEqual([
      'merger Dunmore Clinics:-+Ardent Health:- terminated',
    ]);
  });
});

describe('a bidder chosen to buy', () => {
  it('buys what the firm that chose it sells, as a stalking horse', () => {
    expect(
      deals(
        'Brakewater Paper named Tollgate Pulp as the stalking-horse bidder for its two Ontario mills, with an opening offer of $140 million.',
      ),
    ).toEqual(['acquisition Tollgate Pulp:buyer+Brakewater Paper:seller $140 million announced']);
  });

  it('buys the firm it was picked to buy, and supplies nothing', () => {
    expect(deals('Tollgate Pulp was picked as the preferred bidder for Varn Foods.')).toEqual([
      'acquisition Tollgate Pulp:buyer+Varn Foods:target announced',
    ]);
  });

  it('buys a unit from the firm that owns it', () => {
    expect(deals("Harlan Capital emerged as the winning bidder for Ostrander Bank's card business.")).toEqual(
      ['acquisition Harlan Capital:buyer+Ostrander Bank:seller announced'],
    );
  });

  it('is no takeover when what it bid for is a contract', () => {
    expect(
      deals('Balfour Group was named preferred bidder for a £1 billion rail contract with Network Holdings.'),
    ).not.toContainEqual(expect.stringMatching(/^acquisition/));
  });
});

describe('a closing still to come', () => {
  it('leaves a deal "expected to be completed" next year announced', () => {
    expect(
      deals(
        'Varga Steel agreed to buy Colm Wire for $50 million. The acquisition is expected to be completed in the first half of next year.',
      ),
    ).toEqual(['acquisition Varga Steel:buyer+Colm Wire:target $50 million announced']);
  });

  it('still reads a deal that "was completed" as done', () => {
    expect(
      deals(
        'Varga Steel agreed to buy Colm Wire for $50 million in May. The acquisition was completed on Friday.',
      ),
    ).toEqual(['acquisition Varga Steel:buyer+Colm Wire:target $50 million completed']);
  });

  it('gives the closing to the deal it belongs to', () => {
    const { events } = extract(
      'Deals\n\nOstler Mining agreed to buy Keld Metals for $90 million.\n\nVarga Steel agreed to buy Colm Wire for $50 million. The acquisition is expected to be completed in the first half of next year.',
      '2026-11-20',
    ).extraction;
    expect(events.map((e) => `${e.company} ${e.type} ${e.period}`)).toEqual([
      'Varga Steel deal_closing H1 2027',
    ]);
  });
});

describe('how a deal stands, told around it', () => {
  it('reads "after the deal is completed" as a time to come', () => {
    expect(
      deals(
        'Arden Labs agreed to buy Quill Optics for $40 million. After the deal is completed, Quill will keep its brand.',
      ),
    ).toEqual(['acquisition Arden Labs:buyer+Quill Optics:target $40 million announced']);
  });

  it('does not take terms that were finalised for a closing', () => {
    expect(
      deals('Selwyn Motors finalised the terms of its $80 million purchase of Ionfield Batteries.'),
    ).toEqual(['acquisition Selwyn Motors:buyer+Ionfield Batteries:target $80 million announced']);
  });

  it('ends a bid whose target board rejected the offer', () => {
    expect(
      deals(
        'Ostler Mining made a $90 million bid for Keld Metals in May. The Keld Metals board rejected the offer on Friday.',
      ),
    ).toEqual(['acquisition Ostler Mining:buyer+Keld Metals:target $90 million terminated']);
  });

  it('reads the firm a bid is made for as a company whatever its name', () => {
    expect(deals('Harrow Steel bid $5 a share for Pelton Wire on Monday.')).toEqual([
      'acquisition Harrow Steel:buyer+Pelton Wire:target announced',
    ]);
  });
});

describe('one firm distributing another firm’s products', () => {
  it('is a partnership between them', () => {
    expect(
      deals(
        "Under the agreement, Tessaly Pharma will distribute Orrin Bio's allergy drugs across Latin America.",
      ),
    ).toEqual(['partnership Tessaly Pharma:partner+Orrin Bio:partner announced']);
  });

  it('is nothing when what is distributed is the firm’s own', () => {
    expect(deals('Vexa Systems plans to distribute its dividend in March.')).toEqual([]);
  });
});

describe('past deals in a company profile', () => {
  it('reads what a relative clause after a stake acquired as the stake, not the company', () => {
    expect(
      deals('Harlow Dynamics owns a 30% stake in Varga Steel, which it acquired from Colm Wire in 2020.'),
    ).toEqual(['investment Harlow Dynamics:investor+Varga Steel:investee completed']);
  });

  it('reads "was itself taken over by" and "was later acquired by" as passives', () => {
    expect(
      deals(
        'Harlow Dynamics was itself taken over by the investment firm Castellan Partners in 2011. Ostler Mining was later acquired by Keld Metals.',
      ),
    ).toEqual([
      'acquisition Castellan Partners:buyer+Harlow Dynamics:target completed',
      'acquisition Keld Metals:buyer+Ostler Mining:target completed',
    ]);
  });
});

describe('wire briefs from abroad', () => {
  it('reads a chemical maker and the firm a long-described holding is sold to', () => {
    expect(
      deals(
        'SEOUL — Hanbit Chemical agreed to sell its 51% holding in Daejin Materials to private equity firm Orchard Asia for 600 billion won.',
      ),
    ).toEqual([
      expect.stringMatching(/^divestiture Hanbit Chemical:seller\+Orchard Asia:buyer .*announced$/),
    ]);
  });

  it('finds the buyer after a stake told in many words', () => {
    expect(
      deals(
        'SINGAPORE — Straits Harbour Holdings will divest its 40% interest in a Johor port to Malaya Terminals for S$210 million.',
      ),
    ).toEqual([
      expect.stringMatching(/^divestiture Straits Harbour Holdings:seller\+Malaya Terminals:buyer /),
    ]);
  });
});

describe('the terms of a licence', () => {
  it('reads "will pay X up to $400 million in milestones" as a partnership with X', () => {
    expect(
      deals(
        'Tessaly Pharma will pay Orrin Bio up to $400 million in milestones under a licensing deal for an eye drug.',
      ),
    ).toEqual(['partnership Tessaly Pharma:partner+Orrin Bio:partner up to $400 million announced']);
  });

  it('does not read milestones paid to holders as a licence', () => {
    expect(
      deals('Tessaly Pharma will pay Orrin Bio holders $12 a share plus milestones worth up to $3 a share.'),
    ).not.toContainEqual(expect.stringMatching(/^partnership/));
  });
});

describe('a supply agreement and who supplies under it', () => {
  it('makes the firm named after "under which" the supplier, and a contract entered into done', () => {
    expect(
      deals(
        "Harlow Dynamics said it entered into a strategic supply agreement with Ostler Mining, under which Ostler Mining will provide nickel to Harlow's battery plant.",
      ),
    ).toEqual(['contract Ostler Mining:supplier+Harlow Dynamics:customer completed']);
  });

  it('keeps the subject the supplier when it is the one named after "under which"', () => {
    expect(
      deals(
        'Harlow Dynamics signed a supply agreement with Ostler Mining, under which Harlow Dynamics will provide drill rigs to Ostler Mining.',
      ),
    ).toEqual(['contract Harlow Dynamics:supplier+Ostler Mining:customer completed']);
  });
});

describe('suitors and takeover interest', () => {
  it('reads a firm "among the suitors for" a company as a rumoured buyer', () => {
    expect(
      deals(
        'Private equity firm Castellan Partners is among the suitors for Bram Foods, which could fetch $1 billion.',
      ),
    ).toEqual([expect.stringMatching(/^acquisition Castellan Partners:buyer\+Bram Foods:target .*rumored$/)]);
  });

  it('reads takeover interest from two firms as two rumoured bids', () => {
    expect(deals('Quill Optics has drawn takeover interest from Vexa Systems and Arden Labs.')).toEqual([
      'acquisition Vexa Systems:buyer+Quill Optics:target rumored',
      'acquisition Arden Labs:buyer+Quill Optics:target rumored',
    ]);
  });
});

describe('deal lists in a weekly roundup', () => {
  it('reads a company whose price follows it in brackets', () => {
    expect(deals('Other moves:\n\n* Varga Steel: bought Colm Wire ($50m).')).toEqual([
      'acquisition Varga Steel:buyer+Colm Wire:target $50m completed',
    ]);
  });

  it('reads a list item that agreed to be bought, told after a dash', () => {
    expect(deals('Other moves:\n\n* Castellan Health — agreed to be bought by Hollis Group, $1bn.')).toEqual([
      'acquisition Hollis Group:buyer+Castellan Health:target $1bn announced',
    ]);
  });
});

describe('a share of a company bought or added to', () => {
  it('reads "bought a further 5% of X" as a stake only, no takeover', () => {
    expect(
      deals('Hollis Group bought a further 5% of Ossory Software, taking its holding to 19.9%.'),
    ).toEqual(['investment Hollis Group:investor+Ossory Software:investee completed']);
  });

  it('still reads buying the rest of a company as a takeover', () => {
    expect(
      deals(
        'In 2025 Hollis Group bought the roughly 43% of Ossory Software it did not already own for $7 billion.',
      ),
    ).toContainEqual(expect.stringMatching(/^acquisition Hollis Group:buyer\+Ossory Software:target/));
  });

  it('reads a stake raised as done', () => {
    expect(deals('Castellan Partners raised its stake in Bram Foods to 12% from 8%.')).toEqual([
      'investment Castellan Partners:investor+Bram Foods:investee completed',
    ]);
  });
});

describe('a placement led by an investor', () => {
  it('is a done investment in the company it was made in', () => {
    expect(deals('Vexa Systems led a $75 million private placement in Quill Optics.')).toEqual([
      'investment Vexa Systems:investor+Quill Optics:investee $75 million completed',
    ]);
  });
});

describe('a stalking horse chosen by a listed seller', () => {
  it('buys from the seller named with its ticker', () => {
    expect(
      deals(
        'Brakewater Paper (NYSE: BRKW) named Tollgate Pulp as the stalking-horse bidder for its two Ontario mills, with an opening offer of $140 million.',
      ),
    ).toEqual(['acquisition Tollgate Pulp:buyer+BRKW:seller $140 million announced']);
  });
});

describe('takeover interest from a described firm', () => {
  it('gives the bid to the listed company the description points back to, with no second bidder', () => {
    expect(
      deals(
        'Vexa Systems (NYSE: VXA) makes chips.\n\nQuill Optics has drawn takeover interest from the company, people said.',
      ),
    ).toEqual(['acquisition VXA:buyer+Quill Optics:target rumored']);
  });
});
