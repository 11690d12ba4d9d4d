/**
 * Deal phrasings of session 11, each in our own words on well-known or invented names: bids told as an
 * approach or by what they value, licences and rounds told in passing, stakes sold with no buyer named,
 * ties told by the terms they run under, who "we" and "it" are, and how a deal's status, date and value
 * are read from clauses around it. Written from the probes of real-news phrasing and the studied half of
 * the courier set (test/fixtures/courier), never from its sealed half.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('a bid told as an approach', () => {
  it('reads "made an approach to X" as a rumoured takeover, and "but was rebuffed" as its end', () => {
    expect(deals('Mondelez made an informal approach to Hershey last month, people familiar said.')).toEqual([
      'acquisition MDLZ:buyer+HSY:target rumored',
    ]);
    expect(
      deals('Mondelez made an unsolicited approach to Hershey earlier this year but was rebuffed.'),
    ).toEqual(['acquisition MDLZ:buyer+HSY:target terminated']);
    expect(deals('Mondelez approached Hershey about a takeover in the spring but was turned down.')).toEqual([
      'acquisition MDLZ:buyer+HSY:target terminated',
    ]);
  });

  it('does not read an approach to a problem as a bid', () => {
    expect(deals('Mondelez made a cautious approach to pricing this year, Hershey said.')).toEqual([]);
  });
});

describe('a firm whose name is also a word', () => {
  it('counts "acquired by Mars" as the buyer', () => {
    expect(
      deals('Kellanova agreed to be acquired by Mars for $83.50 a share, or about $36 billion.'),
    ).toEqual(['acquisition Mars:buyer+K:target about $36 billion announced']);
  });

  it('leaves the planet alone', () => {
    expect(extract('Space\n\nThe probe reached Mars in 2026.').extraction.companies).toEqual([]);
  });
});

describe('a deal that closed, told around a relative clause', () => {
  it('reads "the deal for X, which Y agreed to buy, closed" as completed', () => {
    expect(
      deals(
        'The deal for Juniper Networks, which Hewlett Packard Enterprise agreed to buy for $14 billion, closed after a settlement with regulators.',
      ),
    ).toEqual(['acquisition HPE:buyer+JNPR:target $14 billion completed']);
  });
});

describe('what unnamed people tell', () => {
  it('is a report even when they say a deal was signed', () => {
    expect(
      deals(
        'Alphabet signed a multibillion-dollar cloud deal with Meta Platforms, according to people familiar with the matter.',
      ),
    ).toEqual(['contract GOOGL:supplier+META:customer rumored']);
  });

  it('is no report when the company itself said it signed', () => {
    expect(
      deals(
        'Micron Technology said it signed a supply agreement with Microsoft, a contract people close to the deal put at more than $3 billion.',
      ),
    ).toEqual(['contract MU:supplier+MSFT:customer more than $3 billion completed']);
  });
});

describe('a licence told by its licensor', () => {
  it('reads "agreed to license QH-317, a bispecific antibody, from X" with a code name for the drug', () => {
    expect(
      deals(
        'Calloway Pharma (NASDAQ: CLWY) agreed on Monday to license OB-512, a bispecific antibody, from Ostrava Biotherapeutics, paying $90 million upfront.',
      ),
    ).toContain('partnership CLWY:partner+Ostrava Biotherapeutics:partner $90 million announced');
  });

  it('does not read licensing revenue from a firm as a licence', () => {
    expect(
      deals('Calloway Pharma (NASDAQ: CLWY) earned licensing revenue from Pfizer of $12 million.'),
    ).toEqual([]);
  });

  it('takes "the Boston-based drugmaker" for the company told just before', () => {
    expect(
      deals(
        'Calloway Pharma (NASDAQ: CLWY) is back in the market.\n\nThe Boston, MA drugmaker on Monday agreed to license OB-512 from Ostrava Biotherapeutics.',
      ),
    ).toEqual(['partnership CLWY:partner+Ostrava Biotherapeutics:partner announced']);
  });

  it('ends a licence whose licensee "handed the rights back" in a clause after "but"', () => {
    expect(
      deals(
        'Ostrava Biotherapeutics out-licensed rights to its lead drug to Calloway Pharma (NASDAQ: CLWY) in 2023, but Calloway handed the rights back in March.',
      ),
    ).toEqual(['partnership Ostrava Biotherapeutics:partner+CLWY:partner terminated']);
  });

  it('keeps a licence whose partner only "withdrew its guidance" after "but"', () => {
    expect(
      deals(
        'Ostrava Biotherapeutics out-licensed rights to its lead drug to Calloway Pharma (NASDAQ: CLWY) in 2023, but Calloway withdrew its sales guidance in March.',
      ),
    ).toEqual(['partnership Ostrava Biotherapeutics:partner+CLWY:partner completed']);
  });
});

describe('who "we" are on a page told in the first person', () => {
  it('gives "our integration with X" to the company the title names first, listed or not', () => {
    const text =
      'Five years ago we started Fernloop in a spare room. Today we are excited to share that Fernloop has agreed to be acquired by Atlassian. Our integration with GitHub, which we built with Microsoft in 2024, will keep working.';
    const got = extract(text, '2026-11-20', 'Fernloop is joining Atlassian').extraction.deals.map(dealLine);
    expect(got.some((l) => l.startsWith('partnership Fernloop:partner+MSFT:partner'))).toBe(true);
    expect(got.some((l) => l.includes('TEAM:partner'))).toBe(false);
  });
});

describe('lawyers on a deal', () => {
  it('does not take "corporate partners X and Y" for companies', () => {
    const names = extract(
      'Deals\n\nDavis Polk is advising Emerson with a team led by corporate partners Marguerite Ilsley and Deepak Varadhan.',
    ).extraction.companies.map((c) => c.name);
    expect(names).not.toContain('Marguerite Ilsley');
    expect(names).not.toContain('Deepak Varadhan');
  });
});

describe('two past purchases in one sentence, and a bid told by what it values', () => {
  it('gives each purchase its own price and seller', () => {
    expect(
      deals(
        'TransDigm has a long record of buying. It paid about $4 billion for Esterline in 2019 and last year bought Simmonds Precision from RTX for $765 million.',
      ),
    ).toEqual([
      'acquisition TDG:buyer+Esterline:target about $4 billion completed',
      'acquisition TDG:buyer+Simmonds Precision:target+RTX:seller $765 million completed',
    ]);
  });

  it('reads "X\'s cash offer …, made on Tuesday, values Y at" as X bidding for Y', () => {
    expect(
      deals(
        "TransDigm's cash offer of 575 pence a share, made on Tuesday, values Larchmont Aerostructures (LSE: LRCH) at 4.3 billion pounds.",
      ),
    ).toEqual(['acquisition TDG:buyer+LRCH:target 4.3 billion pounds announced']);
  });
});

describe('a stake sold with no buyer named', () => {
  it('reads "sold a 5.2 percent stake in X on the open market" as a sale by the holder', () => {
    expect(
      deals(
        'Hero MotoCorp (NSE: HEROMOTOCO) sold a 5.2 percent stake in Ather Energy (NSE: ATHERENERG) on the open market for about Rs 1,620 crore.',
      ),
    ).toEqual(['divestiture HEROMOTOCO:seller+ATHERENERG:target about Rs 1,620 crore completed']);
  });

  it('reads a stake sold through a block deal', () => {
    expect(
      deals('Singtel sold a 0.8% stake in Bharti Airtel (NSE: BHARTIARTL) through a block deal.'),
    ).toEqual(['divestiture Singtel:seller+BHARTIARTL:target completed']);
  });
});

describe('a contract told by its order', () => {
  it('counts "an order worth Rs 2,300 crore from HP" with HP as the customer', () => {
    expect(
      deals(
        'Dixon Technologies (NSE: DIXON) surged 6.1 percent after its subsidiary won an order worth Rs 2,300 crore from HP to manufacture laptops.',
      ),
    ).toEqual(['contract DIXON:supplier+HPQ:customer Rs 2,300 crore completed']);
  });
});

describe('rounds led in turn', () => {
  it('gives each "X led its $N Series A / a $M Series B in March 2025" its own deal in the company told', () => {
    expect(
      deals(
        'Murmuration Labs, founded in 2022 by two former Google DeepMind researchers, has raised about $180 million. Greylock led its $38 million Series A in 2023. Index Ventures led a $120 million Series B in March 2025 that valued the company at about $900 million, with Nvidia participating.',
      ),
    ).toEqual([
      'investment Greylock:investor+Murmuration Labs:investee $38 million completed',
      'investment Index Ventures:investor+NVDA:investor+Murmuration Labs:investee $120 million completed',
    ]);
  });
});

describe('a firm named after what kind of business it is', () => {
  it('reads "bought pet genetics business Basepaws in 2022"', () => {
    expect(deals('Zoetis (NYSE: ZTS) later bought pet genetics business Basepaws in 2022.')).toEqual([
      'acquisition ZTS:buyer+Basepaws:target completed',
    ]);
  });
});

describe('ties told in passing in a machinery story', () => {
  it('reads "X, the largest shareholder of tyre maker Y" as a stake held', () => {
    expect(
      deals('Italy curbed the governance rights of Sinochem, the largest shareholder of tyre maker Pirelli.'),
    ).toEqual(['investment Sinochem:investor+Pirelli:investee completed']);
  });

  it('reads "X supplies Y, the maker of …, under a long-term supply agreement" as a contract', () => {
    expect(
      deals(
        'Idrotecnica Fanti S.p.A. supplies CNH Industrial, the maker of farm equipment, under a long-term supply agreement.',
      ),
    ).toEqual(['contract Idrotecnica Fanti S.p.A.:supplier+CNH:customer completed']);
  });

  it('reads "paid €738 million for a 25 per cent stake in" and "bought Italian yacht builder Ferretti"', () => {
    expect(
      deals(
        'Weichai Power (2338.HK) has a long record of buying. In 2012 it paid €738 million for a 25 per cent stake in forklift maker Kion Group. The same year it bought Italian yacht builder Ferretti.',
      ),
    ).toEqual([
      'investment 2338:investor+Kion Group:investee €738 million completed',
      'acquisition 2338:buyer+Ferretti:target completed',
    ]);
  });
});

describe('new shares bought beside a licence', () => {
  it('reads "is buying $60 million of newly issued Qinghe shares" as an investment', () => {
    expect(
      deals(
        'Amgen agreed to license QH-317 from Qinghe Biotherapeutics (HKEX: 2781). On top of the licence, Amgen is buying $60 million of newly issued Qinghe shares at HK$44.20 apiece.',
      ),
    ).toEqual([
      'partnership AMGN:partner+2781:partner announced',
      'investment AMGN:investor+2781:investee $60 million announced',
    ]);
  });
});

describe('a tie told by the terms it runs under', () => {
  it('reads "sells X with Y under a collaboration" as a partnership in place', () => {
    expect(
      deals(
        'Amgen knows the field. It sells Tezspire with AstraZeneca under a collaboration that dates back a decade.',
      ),
    ).toEqual(['partnership AMGN:partner+AZN:partner completed']);
  });
});

describe('a past owner told with "it"', () => {
  it('reads "X makes meters; Y bought it from its founders in 2019" as Y buying X', () => {
    expect(
      deals(
        'Harlow Foods (NYSE: HRLW) agreed to buy Calder Analytics from Vexa Systems Inc. for $1 billion. Calder Analytics makes meters for dairies; Vexa Systems bought it from its founders in 2019.',
      ),
    ).toEqual([
      'acquisition HRLW:buyer+Calder Analytics:target+Vexa Systems Inc.:seller $1 billion announced',
      'acquisition Vexa Systems Inc.:buyer+Calder Analytics:target completed',
    ]);
  });

  it('values "for $41 a share in cash, a deal worth about $3.3 billion" at the deal\'s worth', () => {
    expect(
      deals(
        'KKR agreed to take Westhaven Health (NASDAQ: WHVN) private for $41 a share in cash, a deal worth about $3.3 billion including debt.',
      ),
    ).toEqual(['acquisition KKR:buyer+WHVN:target about $3.3 billion announced']);
  });
});

describe('the date of a closing told with the year it was agreed', () => {
  it('dates "has closed its acquisition …, a deal first announced in May 2025" on the day told', () => {
    const [d] = extract(
      'Deals\n\nDALLAS, Feb. 2, 2026 — Acme Corp (NYSE: ACMC) said on Monday it has closed its acquisition of Dunmore Labs for $5.75 billion in cash, a deal first announced in May 2025.',
      '2026-02-02',
    ).extraction.deals;
    expect([d?.status, d?.date]).toEqual(['completed', '2026-02-02']);
  });
});

describe('a sale weighed with what it could fetch', () => {
  it('prices "a sale of its Castrol business, which could fetch as much as $10 billion"', () => {
    expect(
      deals(
        'BP is exploring a sale of its Castrol lubricants business, which could fetch as much as $10 billion.',
      ),
    ).toEqual(['divestiture BP:seller as much as $10 billion rumored']);
  });
});

describe('a sale whose buyer goes unnamed', () => {
  it('reads "is selling its Brazilian operations to a local investor group for about $1 billion"', () => {
    const [d] = extract(
      'Deals\n\nUnitedHealth is selling its Brazilian operations to a local investor group for about $1 billion.',
      '2026-11-20',
    ).extraction.deals;
    expect([dealLine(d!), d!.asset]).toEqual([
      'divestiture UNH:seller about $1 billion announced',
      'Brazilian operations',
    ]);
  });
});

describe('new money beside a running total', () => {
  it('values "invested another $4 billion in X, bringing its total investment to $8 billion" at the new money', () => {
    expect(
      deals(
        'Amazon has invested another $4 billion in AI startup Anthropic, bringing its total investment to $8 billion.',
      ),
    ).toEqual(['investment AMZN:investor+Anthropic:investee $4 billion completed']);
  });
});

describe('a stake sold in a company told by its trade', () => {
  it('reads "sold a 5.2 percent stake in electric scooter maker X on the open market"', () => {
    expect(
      deals(
        'Hero MotoCorp (NSE: HEROMOTOCO) said it had sold a 5.2 percent stake in electric scooter maker Ather Energy (NSE: ATHERENERG) on the open market.',
      ),
    ).toEqual(['divestiture HEROMOTOCO:seller+ATHERENERG:target completed']);
  });
});

describe('an oil and gas farm-in', () => {
  it('reads "agreed to farm into Block 2914B, taking a 40 percent working interest from operator X"', () => {
    expect(
      deals(
        'TotalEnergies SE (NYSE: TTE) has agreed to farm into Block 2914B offshore Namibia, taking a 40 percent working interest from operator Walvis Atlantic Energy plc (LSE: WAE).',
      ),
    ).toEqual(['investment TTE:investor+WAE:investee announced']);
  });

  it('takes no wind farm bought from a seller for a farm-in', () => {
    expect(
      deals('NextEra Energy (NYSE: NEE) owns a wind farm in Texas from which Google buys power.'),
    ).toEqual([]);
  });
});

describe('talks about "the startup" that led nowhere', () => {
  it('reads "X held early talks about buying the startup …, though those discussions never produced an offer" as a bid that ended', () => {
    expect(
      deals(
        'Meta is in talks to acquire Murmuration Labs, a voice startup. Amazon is not the only one that has looked at Murmuration. OpenAI held early talks about buying the startup in September, though those discussions never produced an offer.',
      ),
    ).toContain('acquisition OpenAI:buyer+Murmuration Labs:target terminated');
  });
});
