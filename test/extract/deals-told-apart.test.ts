/**
 * Deals whose parts are not in one verb phrase: a round whose lead is told in the next sentence, a
 * purchase named only by a noun after the bought company ("its Splunk purchase"), and a private firm
 * that opens a sentence as the subject of a deal verb.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) =>
  extract(`Markets today.\n\n${text}`, '2026-10-05', 'Deal news').extraction.deals.map(dealLine);

describe('a round and its investors told in separate sentences', () => {
  it.each([
    [
      'Tidewater Analytics raised $52 million in Series B funding. Bramble Ventures led, joined by Oakridge Growth Partners and existing backer Fennel Capital.',
      'investment Bramble Ventures:investor+Oakridge Growth Partners:investor+Fennel Capital:investor+Tidewater Analytics:investee $52 million completed',
    ],
    [
      'Tidewater Analytics, which makes grid sensors, has raised $52 million. Bramble Ventures led the round.',
      'investment Bramble Ventures:investor+Tidewater Analytics:investee $52 million completed',
    ],
    [
      'Tidewater Analytics raised $52 million in a Series B round in June. Bramble Ventures led that round, and Fennel Capital also took part.',
      'investment Bramble Ventures:investor+Fennel Capital:investor+Tidewater Analytics:investee $52 million completed',
    ],
    [
      'Tidewater Analytics has raised $52 million. The Series B was led by Bramble Ventures, with participation from Fennel Capital.',
      'investment Bramble Ventures:investor+Tidewater Analytics:investee+Fennel Capital:investor completed',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });

  it('points "It raised…" back to the private firm the sentence before opens with, after its place', () => {
    expect(
      deals(
        'Moravec Cloud (NASDAQ: MVC) is in talks to buy Quiver Analytics.\n\nSan Francisco-based Quiver has about 300 employees. It raised $90 million in a Series C round led by Bramble Ventures last year.',
      ),
    ).toContain('investment Bramble Ventures:investor+Quiver Analytics:investee $90 million completed');
  });

  it('reads a firm that "joined the round led by Y" as one more investor, never the company raising', () => {
    expect(
      deals(
        'Tidewater Analytics raised $52 million in a Series B round. Fennel Capital joined the round led by Bramble Ventures.',
      ),
    ).toEqual([
      'investment Bramble Ventures:investor+Fennel Capital:investor+Tidewater Analytics:investee $52 million completed',
    ]);
    // With no round told before, there is nobody to name as the company raising: no deal rather than a wrong one.
    expect(deals('Fennel Capital participated in the $52 million round led by Bramble Ventures.')).toEqual(
      [],
    );
  });

  it('keeps one round when its lead and co-investors share the sentence with it', () => {
    expect(
      deals(
        'Bramble Ventures led the $52 million round in Tidewater Analytics, joined by Oakridge Growth Partners and Fennel Capital.',
      ),
    ).toEqual([
      'investment Bramble Ventures:investor+Tidewater Analytics:investee+Oakridge Growth Partners:investor+Fennel Capital:investor $52 million completed',
    ]);
  });

  it('needs a round told just before: a firm that "led" something else is no investor', () => {
    expect(deals('Bramble Ventures led, as it often does. Sales at Tidewater Analytics grew 9%.')).toEqual(
      [],
    );
    expect(
      deals('Tidewater Analytics posted record sales. Bramble Ventures led the rally in software stocks.'),
    ).toEqual([]);
  });
});

describe('a purchase named by a noun after the company bought', () => {
  const C = 'Cisco (NASDAQ: CSCO)';
  const S = 'Splunk (NASDAQ: SPLK)';
  it.each([
    [`${C} is still digesting its ${S} purchase.`, 'acquisition CSCO:buyer+SPLK:target completed'],
    [
      `Since the ${S} takeover closed, ${C} has cut 4,000 jobs.`,
      'acquisition CSCO:buyer+SPLK:target completed',
    ],
    [
      `${C}, which closed the ${S} acquisition in March, said margins improved.`,
      'acquisition CSCO:buyer+SPLK:target completed',
    ],
    [
      `${C} said its pending ${S} acquisition still needs EU approval.`,
      'acquisition CSCO:buyer+SPLK:target pending',
    ],
  ])('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });

  it('gives the purchase to the pronoun that closed it, not to the firm named before', () => {
    expect(
      deals(
        'Hewlett Packard Enterprise (NYSE: HPE) agreed to buy Cinderwall Security for $2.2 billion, its biggest deal since it closed the Juniper Networks (NYSE: JNPR) acquisition.',
      ),
    ).toEqual([
      'acquisition HPE:buyer+Cinderwall Security:target $2.2 billion announced',
      'acquisition HPE:buyer+JNPR:target completed',
    ]);
  });

  it('leaves "the X acquisition" unowned when no company in the clause did it', () => {
    expect(deals(`Integration of the ${S} acquisition weighed on ${C} margins.`)).toEqual([]);
    expect(deals(`Analysts said the ${S} takeover price looked full.`)).toEqual([]);
  });
});

describe('a private firm opening a sentence as the subject of a deal verb', () => {
  it.each([
    [
      'Marlow Peak invested $30 million in Tidewater Analytics.',
      'investment Marlow Peak:investor+Tidewater Analytics:investee $30 million completed',
    ],
    [
      'Kestrel Harvest agreed to buy Tidewater Analytics for $210 million.',
      'acquisition Kestrel Harvest:buyer+Tidewater Analytics:target $210 million announced',
    ],
  ])('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });

  it('does not read a person buying shares as a firm', () => {
    expect(deals('Director Jane Whitcombe bought 5,000 shares of Tidewater Analytics.')).toEqual([]);
    expect(deals('Jane Whitcombe bought 5,000 shares last week.')).toEqual([]);
  });
});

describe('words around the parties that used to hide them', () => {
  it('reads "The St. Louis company" as the company just named', () => {
    expect(
      deals(
        'Tollard Motors (NYSE: TLRD) rose 2%. The St. Louis company agreed to buy Quayside Labs for $300 million.',
      ),
    ).toEqual(['acquisition TLRD:buyer+Quayside Labs:target $300 million announced']);
  });

  it('reads a hyphenated description before the bought company ("test-and-measurement specialist X")', () => {
    expect(
      deals(
        'Tollard Motors (NYSE: TLRD) bought test-and-measurement specialist Quayside Labs (NASDAQ: QYSL) for $900 million.',
      ),
    ).toEqual(['acquisition TLRD:buyer+QYSL:target $900 million completed']);
  });
});

describe('private owners and pairs named only by where they stand', () => {
  it.each([
    [
      'Harrowgate Capital is exploring a sale of Linden Dental Group, people familiar with the plans said.',
      'divestiture Harrowgate Capital:seller+Linden Dental Group:target rumored',
    ],
    [
      'Corvid Value disclosed a 6.1% stake in Tollard Motors (NYSE: TLRD) in May.',
      'investment Corvid Value:investor+TLRD:investee completed',
    ],
    [
      '- Ashgrove Equity ended talks to buy Quayside Labs after the sides split on price.',
      'acquisition Ashgrove Equity:buyer+Quayside Labs:target terminated',
    ],
    [
      "Norway's Fjordline Packaging and U.S. peer Tollard Board completed their merger in June.",
      'merger Fjordline Packaging:-+Tollard Board:- completed',
    ],
  ])('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
});

describe('assets bought from a named seller', () => {
  it('reads a long, named asset by its head noun, and a described seller', () => {
    expect(
      deals(
        'Entergy (NYSE: ETR) has agreed to acquire the 900-MW Pelican Bend gas plant near Lake Charles, Louisiana, from independent power producer Marsh Hollow Energy for $800 million.',
      ),
    ).toEqual(['acquisition ETR:buyer+Marsh Hollow Energy:seller $800 million announced']);
  });
});

describe('a venture named in apposition', () => {
  it('is a new partnership of the two that formed it, not a reference back', () => {
    expect(
      deals(
        'Tollard Motors (NYSE: TLRD) and Quayside Labs formed Brightfield Data, a 50-50 joint venture that will sell analytics.',
      ),
    ).toEqual(['partnership TLRD:partner+Quayside Labs:partner announced']);
  });
});

describe('a "tie-up" and a company "added to its stable"', () => {
  it('reads a tie-up as a partnership of the pair', () => {
    expect(
      deals(
        'Tollard Motors (NYSE: TLRD) and Quayside Labs struck a same-day delivery tie-up covering 1,400 stores.',
      ),
    ).toEqual(['partnership TLRD:partner+Quayside Labs:partner announced']);
  });

  it("lets a tie-up join the same firms' takeover instead of making a partnership", () => {
    expect(
      deals(
        'Tollard Motors and Quayside Labs scrap £2.4bn tie-up.\n\nTollard Motors (NYSE: TLRD) and Quayside Labs (LSE: QYSL) have called off their £2.4 billion takeover after regulators objected.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^partnership/));
  });

  it("reads a company added to an owner's stable as bought, and nothing added to a menu", () => {
    expect(
      deals(
        'NextEra Energy (NYSE: NEE) is adding Ashgrove Solar, a developer with about 3.1 gigawatts of projects, to its stable in a $720 million deal.',
      ),
    ).toEqual(['acquisition NEE:buyer+Ashgrove Solar:target $720 million announced']);
    expect(deals('Tollard Foods (NYSE: TLFD) added Bright Harvest to its menu and said sales rose.')).toEqual(
      [],
    );
  });
});

describe('"The company" opening a sentence', () => {
  it('points back to the private firm the text just named', () => {
    expect(
      deals(
        'Quayside Labs Inc. makes image-search software. The company raised $38 million in a Series B round led by Bramble Ventures in 2025.',
      ),
    ).toEqual(['investment Bramble Ventures:investor+Quayside Labs Inc.:investee $38 million completed']);
  });
});

describe('an agreement two firms signed', () => {
  it('is their partnership', () => {
    expect(
      deals(
        'Tollard Motors (NYSE: TLRD) and Quayside Labs have signed a three-year agreement under which Quayside will market Tollard software abroad.',
      ),
    ).toEqual(['partnership TLRD:partner+Quayside Labs:partner announced']);
  });

  it('is no partnership when it settles a dispute or lends money', () => {
    expect(
      deals(
        'Tollard Motors (NYSE: TLRD) and Quayside Labs signed a settlement agreement ending their patent fight.',
      ),
    ).toEqual([]);
    expect(
      deals('Tollard Motors (NYSE: TLRD) and Quayside Labs signed a credit agreement last week.'),
    ).toEqual([]);
    // A "definitive agreement" is a takeover's or a merger's, told by their own words.
    expect(
      deals('Tollard Motors (NYSE: TLRD) and Quayside Labs signed a definitive agreement late Sunday.'),
    ).toEqual([]);
  });

  it('joins a takeover of the same firms instead of adding a partnership', () => {
    expect(
      deals(
        'Tollard Motors (NYSE: TLRD) agreed to buy Quayside Labs for $400 million. Tollard Motors and Quayside Labs signed an agreement late Sunday.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^partnership/));
  });
});
