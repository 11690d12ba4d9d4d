/**
 * Session 24, from the studied half of the kiosk set, rewritten in our own words: names a disclaimer or a
 * reader's question opens, "integration" as a problem, a quiet ticker used above the full name, and a past
 * year before a possessive deal noun.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const facts = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction;
const deals = (text: string) => facts(text).deals.map(dealLine);
const companies = (text: string) => facts(text).companies.map((c) => c.name);

describe('words that open a sentence are no part of a name', () => {
  it('reads no company in a venue disclaimer opened by "Neither"', () => {
    expect(
      companies(
        'Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for this release.',
      ),
    ).toEqual([]);
  });

  it('reads no company in a reader\'s question opened by "Should I"', () => {
    expect(companies('Should I sell now or wait? Asked by a reader in Fall River.')).toEqual([]);
  });
});

describe('"integration" told as a problem', () => {
  it('makes no partnership', () => {
    expect(
      deals(
        "Larchfield Health (NYSE: LRCH) bought Opaline Labs in 2025 for $240 million, a purchase the buyer's lawyers cited as evidence of integration problems at Corvane Capital.",
      ),
    ).toEqual(['acquisition LRCH:buyer+Opaline Labs:target $240 million completed']);
  });
});

describe('a quiet ticker used above the full name', () => {
  it('is the company the body names in full, not the subject of the clause before', () => {
    expect(
      deals(
        'Nutmeg Farms (NYSE: NTMG) agreed to buy Wheatfield Agronomy. The Regina-based group adds retail reach; CF signs a decade-long ammonia deal with Yara. Later, CF Industries said it had signed a 10-year agreement to supply Yara (YAR) with ammonia.',
      ),
    ).toEqual([
      'acquisition NTMG:buyer+Wheatfield Agronomy:target announced',
      'contract CF:supplier+YAR:customer completed',
    ]);
  });
});

describe('a past year before a possessive deal noun', () => {
  it('makes a collaboration told as "its 2023 collaboration with X" one in place', () => {
    expect(
      deals(
        'Larchfield Health (NYSE: LRCH) leads the table. Its 2023 collaboration with Daiwa Biologics was valued at up to $2 billion.',
      ),
    ).toEqual(['partnership LRCH:partner+Daiwa Biologics:partner up to $2 billion completed']);
  });

  it('makes "its 2024 purchase of X" a done deal', () => {
    expect(
      deals(
        'Larchfield Health (NYSE: LRCH) is being sold. Its 2024 purchase of Opaline Labs for $140 million is the source of most of the recurring revenue the buyer is paying for.',
      ),
    ).toEqual(['acquisition LRCH:buyer+Opaline Labs:target $140 million completed']);
  });
});

describe('a stake size written with a hyphen', () => {
  it('reads "a 60-percent stake" as control changing hands', () => {
    expect(
      deals(
        'Larchfield Power (PSE: LRP) has signed a deal to acquire a 60-percent stake in Opaline Solar Corp.',
      ),
    ).toEqual(['acquisition LRP:buyer+Opaline Solar Corp.:target announced']);
  });

  it('keeps "a 30-per-cent stake" a minority investment', () => {
    expect(
      deals('Larchfield Power (PSE: LRP) bought a 30-per-cent stake in Opaline Solar Corp. in 2024.'),
    ).toEqual(['investment LRP:investor+Opaline Solar Corp.:investee completed']);
  });
});

describe('a fertilizer maker named by its business word', () => {
  it("is the supplier of its own agreement, not the story's company", () => {
    expect(
      deals(
        'Larchfield Systems (PSX: LRS) agreed to buy Opaline Cloud. Dawood Fertilizers signs urea supply agreement with Kisan Agri Mart',
      ),
    ).toEqual([
      'acquisition LRS:buyer+Opaline Cloud:target announced',
      'contract Dawood Fertilizers:supplier+Kisan Agri Mart:customer announced',
    ]);
  });
});

describe('a league table whose target column names a unit of a company', () => {
  it('is the sale the prose tells, not a takeover of the company', () => {
    const text = [
      'Larchfield Industries agreed to sell its filtration unit to Corvane Capital for $3.4 billion.',
      '',
      '| Rank | Target | Buyer | Value |',
      '|---|---|---|---|',
      '| 1 | Larchfield Industries filtration unit | Corvane Capital | $3.4bn |',
      '| 2 | Opaline Foods | Marlow Group | $1.1bn |',
    ].join('\n');
    expect(deals(text)).toEqual([
      'divestiture Larchfield Industries:seller+Corvane Capital:buyer $3.4 billion announced',
      'acquisition Marlow Group:buyer+Opaline Foods:target $1.1bn announced',
    ]);
  });
});

describe('"pays" with an adverb and no price', () => {
  it('makes no acquisition of "Gilead pays twice for Ondine"', () => {
    expect(
      deals(
        'Larchfield Bio pays twice for Opaline Therapeutics. Larchfield Bio signed a research collaboration with Opaline Therapeutics.',
      ),
    ).toEqual(['partnership Larchfield Bio:partner+Opaline Therapeutics:partner announced']);
  });
});

describe('how a firm is named', () => {
  it("drops the country's possessive before an anchored name", () => {
    expect(
      companies(
        "Spain's Talgora (BME: TLG) is in talks to buy Dalkeith Traction, a Scottish maker of motors.",
      ),
    ).toEqual(['Talgora', 'Dalkeith Traction']);
  });

  it('reads a firm described with three words before its business noun', () => {
    expect(
      companies(
        'Kittiwake Rolling Stock, a British train leasing company, has placed an order with Stadler Rail.',
      ),
    ).toContain('Kittiwake Rolling Stock');
  });

  it('reads a firm described as "one of Britain\'s main train leasing companies"', () => {
    expect(
      companies(
        "Kittiwake Rolling Stock, one of Britain's main train leasing companies, has placed an order with Stadler Rail.",
      ),
    ).toContain('Kittiwake Rolling Stock');
  });

  it('reads no firm in "Combined, the two companies"', () => {
    expect(
      companies(
        'Combined, the two companies would have annual sales of $4 billion, Larchfield Foods (NYSE: LRF) said.',
      ),
    ).toEqual(['Larchfield Foods']);
  });
});

describe('a sale of assets named with "U.S."', () => {
  it('keeps the abbreviation inside the asset', () => {
    expect(
      facts(
        'Larchfield Grain (NYSE: LRG) is exploring a sale of its U.S. river fertilizer terminals, according to two people familiar with the matter.',
      ).deals.map((d) => `${dealLine(d)} | ${d.asset}`),
    ).toEqual(['divestiture LRG:seller rumored | U.S. river fertilizer terminals']);
  });
});

describe('a purchase the money "helped" a firm make', () => {
  it('is bought by the firm helped, not by the one that paid', () => {
    expect(
      deals(
        'Corvane Partners is making a healthy return. It paid $55 million for its stake five years ago, a sum that helped Opaline Seafood Co. buy Ekkachai Marine, a smaller shrimp peeler, in 2023.',
      ),
    ).toContain('acquisition Opaline Seafood Co.:buyer+Ekkachai Marine:target completed');
  });
});

describe('a São Paulo code in brackets', () => {
  it('anchors the company before it, and the sale to it is read', () => {
    const x = facts(
      'Larchfield Motors (NYSE: LRM) will sell its motors plant in Joinville, Brazil, to WEG (WEGE3) for $80 million.',
    );
    expect(x.companies.map((c) => `${c.name} ${c.ticker}`)).toContain('WEG WEGE3');
    expect(x.deals.map(dealLine)).toEqual(['divestiture LRM:seller+WEGE3:buyer $80 million announced']);
  });
});

describe('a firm named in its own run-together spelling', () => {
  it('reads "TalgoraPower" as Talgora Power Corp.', () => {
    const x = facts(
      'Talgora Power Corp. (PSE: TPC) has signed a deal to buy a plant. TalgoraPower shares climbed 3.8 percent on Friday.',
    );
    expect(x.stockMoves.map((m) => `${m.ticker} ${m.changePct}`)).toEqual(['TPC 3.8']);
  });
});

describe('a rumoured sale of farms to a firm named in Spanish', () => {
  it('reads the seller, the buyer and the farms', () => {
    const x = facts(
      'Talgora (BVC: TALG), the power generator, is weighing a sale of its Central American wind and solar farms to Istmo Energía, a Panama-based investor, people with knowledge of the talks said.',
    );
    expect(x.deals.map((d) => `${dealLine(d)} | ${d.asset}`)).toEqual([
      'divestiture TALG:seller+Istmo Energía:buyer rumored | Central American wind and solar farms',
    ]);
  });
});
