/**
 * Session 19, from deal sentences of our own written in the plain styles of wire briefs: unknown firms
 * whose names end in a business word (Engineering, Steel, Fuels, Gaming), a firm that reports its own
 * deal ("X said it would buy…"), the company bought named before the deal's noun ("its Allenby Dairy
 * acquisition"), a licence of a drug candidate and a contract a customer "handed" its supplier.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);
const companies = (text: string) =>
  extract(`Deals\n\n${text}`, '2026-11-20').extraction.companies.map((c) => c.name);

describe('a name ending in a business word is a firm', () => {
  it('reads Engineering, Steel, Fuels and Gaming firms that take part in deals', () => {
    expect(
      deals(
        'Larkspur Energy picked Tesslar Engineering to build its new hydrogen plant under a $250 million contract.',
      ),
    ).toEqual(['contract Larkspur Energy:customer+Tesslar Engineering:supplier $250 million completed']);
    expect(deals("Regulators cleared Saxon Steel's $3.4 billion acquisition of Tarrant Metals.")).toEqual([
      'acquisition Saxon Steel:buyer+Tarrant Metals:target $3.4 billion announced',
    ]);
    expect(
      deals(
        'Kestrel Airways signed a memorandum of understanding with Oberon Fuels on sustainable aviation fuel.',
      ),
    ).toEqual(['partnership Kestrel Airways:partner+Oberon Fuels:partner announced']);
    expect(
      deals('Blythe Gaming abandoned its pursuit of Cortex Studios after the board rejected three offers.'),
    ).toEqual(['acquisition Blythe Gaming:buyer+Cortex Studios:target terminated']);
  });

  it('reads Transport, Rail, Construction, Homes and Builders firms', () => {
    expect(
      deals('Corliss Transport agreed to buy Vantage Rail under a $1.9 billion agreement announced Tuesday.'),
    ).toEqual(['acquisition Corliss Transport:buyer+Vantage Rail:target $1.9 billion announced']);
    expect(deals('Brisco Homes agreed to buy Tarleton Builders for $300 million.')).toEqual([
      'acquisition Brisco Homes:buyer+Tarleton Builders:target $300 million announced',
    ]);
    expect(deals('Pender Cement sold its quarry business to Ashgrove Construction.')).toEqual([
      'divestiture Pender Cement:seller+Ashgrove Construction:buyer completed',
    ]);
  });

  it('reads no buyer in a company folded into a product line or a named unit', () => {
    expect(
      deals(
        'Corliss Transport Inc. (NYSE: CRLT) agreed to buy Vantage Rail. Vantage Rail will be folded into the Corliss Freight product line, and Pellam Tools will be folded into Corliss Logistics.',
      ),
    ).toEqual(['acquisition CRLT:buyer+Vantage Rail:target announced']);
  });

  it('keeps a brand named with a business word a brand ("its Fenwick Nutrition business")', () => {
    expect(
      companies(
        'Harlow Foods Inc. (NYSE: HRLF) agreed to sell its Fenwick Nutrition business to Glenmore Group.',
      ),
    ).not.toContain('Fenwick Nutrition');
  });

  it('does not make a firm of a lone business word or of a sentence-opening phrase with no deal', () => {
    expect(
      companies('Engineering hiring slowed in October, and Steel prices fell for a third month.'),
    ).toEqual([]);
  });
});

describe('a firm that reports its own deal', () => {
  it('reads "X said it would buy Y" with an unknown buyer', () => {
    expect(
      deals(
        'Norrland Paper said it would buy Fjell Packaging in a deal that values the target at 2.1 billion euros.',
      ),
    ).toEqual(['acquisition Norrland Paper:buyer+Fjell Packaging:target 2.1 billion euros announced']);
  });

  it('reads "said on Tuesday that it agreed to acquire"', () => {
    expect(
      deals('Corbel Widgets said on Tuesday that it agreed to acquire Dunlin Valves for $45 million.'),
    ).toEqual(['acquisition Corbel Widgets:buyer+Dunlin Valves:target $45 million announced']);
  });

  it('finds no firm in a person who said she would buy shares', () => {
    expect(deals('Maria Lind said she would buy more shares of the fund next year.')).toEqual([]);
  });
});

describe('the company bought, named before the deal noun', () => {
  it('reads "completed its Allenby Dairy acquisition" with an unknown target', () => {
    expect(deals('Merrow Foods completed its Allenby Dairy acquisition on Tuesday.')).toEqual([
      'acquisition Merrow Foods:buyer+Allenby Dairy:target completed',
    ]);
  });

  it('keeps the price told before the name', () => {
    expect(deals('Halbrook Media closed its $300 million Quarry Radio purchase.')).toEqual([
      'acquisition Halbrook Media:buyer+Quarry Radio:target $300 million completed',
    ]);
  });

  it('reads no firm from a region or a quarter before the noun', () => {
    expect(
      deals('Merrow Foods completed its North America acquisition and its Q3 purchase of shelving.'),
    ).toEqual([]);
  });
});

describe('a licence of a drug candidate', () => {
  it('reads "licensed its lead antibody to Y" as a partnership with its value', () => {
    expect(
      deals(
        'Everly Therapeutics licensed its lead antibody to Kobe Pharma in a deal worth up to $1.4 billion.',
      ),
    ).toEqual(['partnership Everly Therapeutics:partner+Kobe Pharma:partner up to $1.4 billion announced']);
  });

  it('reads no licence from a program licensed to customers', () => {
    expect(deals('Everly Therapeutics licensed its training programs to hospitals across Ohio.')).toEqual([]);
  });
});

describe('a contract a customer hands its supplier', () => {
  it('reads "handed Y a $450 million contract" like "awarded"', () => {
    expect(
      deals(
        'Orrin Freight Inc. (NYSE: ORFR) handed Alderra Defense a $450 million contract for drone engines.',
      ),
    ).toEqual(['contract ORFR:customer+Alderra Defense:supplier $450 million completed']);
  });

  it("reads an order handed by a unit of the customer as the parent's", () => {
    expect(
      deals(
        'In March Brenlow Rail, the train arm of Orrin Freight Inc. (NYSE: ORFR), handed Kessel Systems an order worth €90 million to fit 40 trains.',
      ),
    ).toEqual(['contract ORFR:customer+Kessel Systems:supplier €90 million completed']);
  });

  it('reads no contract from "gave X the right … in order to"', () => {
    expect(
      deals(
        'The ruling gave Orrin Freight Inc. (NYSE: ORFR) the right to appeal in order to keep its licence.',
      ),
    ).toEqual([]);
  });
});

describe('a firm that tells its own sale after a filing or statement opener', () => {
  it('gives the sale to the unknown firm that disclosed it, not to the firm of the sentence before', () => {
    expect(
      deals(
        'Elstree Studios has received a $300 million investment from Tanager Capital.\n\nIn a regulatory filing, Ashworth Tools disclosed that it had sold its garden equipment line to Pratt Outdoor for $85 million.',
      ),
    ).toEqual([
      'investment Tanager Capital:investor+Elstree Studios:investee $300 million completed',
      'divestiture Ashworth Tools:seller+Pratt Outdoor:buyer $85 million completed',
    ]);
  });
});

describe('a company that sells itself', () => {
  it('names no asset when the seller is sold whole', () => {
    const [deal] = extract(
      'Deals\n\nPalisade Insurance is selling itself to Greyfriars Mutual in an all-cash deal worth $1.6 billion.',
      '2026-11-20',
    ).extraction.deals;
    expect(dealLine(deal!)).toBe(
      'acquisition Greyfriars Mutual:buyer+Palisade Insurance:target $1.6 billion announced',
    );
    expect(deal!.asset).toBeNull();
  });
});

describe('contracts won with several customers', () => {
  it('gives each customer coordinated after "contracts with" its own contract', () => {
    expect(deals('Solent Pumps Ltd won contracts with Boeing and Airbus last year.')).toEqual([
      'contract Solent Pumps Ltd:supplier+BA:customer completed',
      'contract Solent Pumps Ltd:supplier+EADSY:customer completed',
    ]);
  });

  it('keeps a single contract when the next name is not a customer of the list', () => {
    expect(
      deals('Solent Pumps Ltd won contracts with Boeing, and Airbus cut its delivery forecast.'),
    ).toEqual(['contract Solent Pumps Ltd:supplier+BA:customer completed']);
  });

  it('makes an unknown firm that "won contracts" the supplier, not the firm of the sentence before', () => {
    expect(
      deals(
        'Boeing Co. (NYSE: BA) delivered 40 jets in October.\n\nSolent Pumps won contracts with Thames Water worth £30 million.',
      ),
    ).toEqual(['contract Solent Pumps:supplier+Thames Water:customer £30 million completed']);
  });
});

describe('goods bought for an amount of money are an order, not a takeover', () => {
  it('reads "$1.5 billion of Y\'s accelerators" as a contract Y supplies', () => {
    expect(
      deals(
        "Mirando Systems agreed to buy $1.5 billion of Quellar Semiconductor's AI accelerators over three years.",
      ),
    ).toEqual(['contract Quellar Semiconductor:supplier+Mirando Systems:customer $1.5 billion announced']);
  });

  it('reads "$1.5 billion worth of chips from Y" and a speaker\'s "its"', () => {
    expect(
      deals(
        'Mirando Systems has committed to purchase $1.5 billion worth of chips from Quellar Semiconductor.',
      ),
    ).toEqual(['contract Quellar Semiconductor:supplier+Mirando Systems:customer $1.5 billion completed']);
    expect(
      deals(
        'Quellar Semiconductor said Mirando Systems had agreed to buy $1.5 billion of its AI accelerators.',
      ),
    ).toEqual(['contract Quellar Semiconductor:supplier+Mirando Systems:customer $1.5 billion announced']);
  });

  it('keeps shares bought for an amount an investment', () => {
    expect(deals('Mirando Systems agreed to buy $500 million of Quellar Semiconductor shares.')).toEqual([
      'investment Mirando Systems:investor+Quellar Semiconductor:investee $500 million announced',
    ]);
  });
});

describe('rights paid for, and an owner sounding out buyers', () => {
  it('reads "is paying $85 million upfront … for rights to a pill from Y" as a licence', () => {
    expect(
      deals(
        'Tarrow Pharma (NYSE: TRW) is paying $85 million upfront, and up to $1.2 billion more in milestones, for rights to an obesity pill from privately held Lindum Bio.',
      ),
    ).toEqual(['partnership TRW:partner+Lindum Bio:partner up to $1.2 billion announced']);
  });

  it('reads an owner "sounding out buyers for" a company it holds as a rumoured sale', () => {
    expect(
      deals('Bardsey Capital is sounding out buyers for Kestrel Airlines, which could fetch $900 million.'),
    ).toEqual(['divestiture Bardsey Capital:seller+Kestrel Airlines:target $900 million rumored']);
  });
});

describe('deals that did not happen, and a past sale told in a relative clause', () => {
  const HARVEL = 'Harvel Group Inc. (NYSE: HRVG) rose 2%.';

  it('reads no deal from a denied report of talks', () => {
    expect(
      deals(`${HARVEL} Corvane Systems denied a report that it was in talks to buy Harvel Group.`),
    ).toEqual([]);
  });

  it('reads no deal from an analyst saying a combination would make sense', () => {
    expect(
      deals(
        `${HARVEL} Analysts said a combination with Corvane Systems would make strategic sense for Harvel.`,
      ),
    ).toEqual([]);
  });

  it('keeps talks that are reported, not denied', () => {
    expect(
      deals(`${HARVEL} Corvane Systems is in talks to buy Harvel Group, according to a report on Tuesday.`),
    ).toEqual(['acquisition Corvane Systems:buyer+HRVG:target rumored']);
  });

  it('reads "X, which was sold to Y in 2019" as Y buying X', () => {
    expect(
      deals(
        `${HARVEL} Its chief executive previously ran Brisco Logistics, which was sold to Pellam Capital in 2019.`,
      ),
    ).toEqual(['acquisition Pellam Capital:buyer+Brisco Logistics:target completed']);
  });
});

describe("a seller's products bought from it", () => {
  it('reads products bought from a firm as a contract it supplies', () => {
    expect(
      deals('Harvel Group Inc. (NYSE: HRVG) said its pension plan bought annuities from Prudential.'),
    ).toEqual(['contract PRU:supplier+HRVG:customer completed']);
    expect(deals('Harvel Group Inc. (NYSE: HRVG) buys turbines from General Electric.')).toEqual([
      'contract GE:supplier+HRVG:customer completed',
    ]);
  });

  it('keeps counted assets bought from a seller a purchase', () => {
    expect(deals('Harvel Group Inc. (NYSE: HRVG) bought two quarries from Acme Aggregates.')).toEqual([
      'acquisition HRVG:buyer+Acme Aggregates:seller completed',
    ]);
  });
});

describe('a stake in the company named before, by a noun that stands for it', () => {
  it('reads "which bought 7% of the carmaker" as a stake in the sentence\'s company', () => {
    expect(
      deals(
        'Ferris Motors Inc. (NYSE: FRMS) has won the backing of Tolland Capital, which bought 7% of the carmaker.',
      ),
    ).toEqual(['investment Tolland Capital:investor+FRMS:investee completed']);
  });

  it("reads no stake from a noun that is the company's possession", () => {
    expect(
      deals("Ferris Motors Inc. (NYSE: FRMS) said Tolland Capital bought 7% of the carmaker's bonds."),
    ).toEqual([]);
  });
});

describe('a partner named before, by a noun that stands for it', () => {
  it('reads "formed a joint venture with the carmaker" as a tie with the story\'s company', () => {
    expect(
      extract(
        'Ferris Motors shares rise\n\nFerris Motors Inc. (NYSE: FRMS) rose 3%. Tolland Capital formed a joint venture with the carmaker.',
        '2026-11-20',
      ).extraction.deals.map(dealLine),
    ).toEqual(['partnership FRMS:partner+Tolland Capital:partner announced']);
  });

  it('reads the partner when the actor itself is the "it" of "said it formed"', () => {
    expect(
      extract(
        'Quellar chips rise\n\nQuellar Semiconductor (NASDAQ: QLLR) jumped 11%. Ferris Motors Inc. (NYSE: FRMS) also said it formed a joint venture with the chipmaker to design car processors.',
        '2026-11-20',
      ).extraction.deals.map(dealLine),
    ).toEqual(['partnership QLLR:partner+FRMS:partner announced']);
  });

  it("reads no tie with the company's founders", () => {
    expect(
      extract(
        "Ferris Motors shares rise\n\nFerris Motors Inc. (NYSE: FRMS) rose 3%. Tolland Capital teamed up with the company's founders.",
        '2026-11-20',
      ).extraction.deals.map(dealLine),
    ).toEqual([]);
  });
});
