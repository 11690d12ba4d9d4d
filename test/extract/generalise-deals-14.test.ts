/**
 * Session 17, from the contracts that every studied half still missed: a standing agreement "under
 * which" one side serves the other, a contract awarded by a body no directory lists (a state utility, a
 * ministry, a transport agency), the biggest customer and the tie that makes it one, equipment reserved
 * from a maker, an outsourcing agreement, a contract cancelled, and output sold under purchase agreements.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('standing agreements told by what one side does for the other', () => {
  it('reads "is party to an agreement with Y, …, under which it tests …" as a contract in force', () => {
    expect(
      deals(
        'Corvane Labs Inc. (NYSE: CRVL) analyses water. Corvane is party to a nine-year agreement with Pennine Water Services, renewed in 2023, under which it tests drinking-water samples for the region.',
      ),
    ).toEqual(['contract CRVL:supplier+Pennine Water Services:customer completed']);
  });

  it('reads "has an agreement with Y under which it runs …" the same way', () => {
    expect(
      deals(
        'Dunmere Catering Ltd (LSE: DUNC) runs canteens. The company has a five-year agreement with Ashgrove Hospitals under which it runs staff restaurants at nine sites.',
      ),
    ).toEqual(['contract DUNC:supplier+Ashgrove Hospitals:customer completed']);
  });

  it('reads an agreement "under which Y will take over" a task as Y serving the signer', () => {
    expect(
      deals(
        'Carlow Health Systems (NYSE: CRLW) said it had signed a seven-year agreement under which Veritas Billing will take over coding and collections for its hospitals.',
      ),
    ).toEqual(['contract CRLW:customer+Veritas Billing:supplier completed']);
  });
});

describe('contracts awarded by bodies no directory lists', () => {
  it('takes the name before "awarded" as the customer', () => {
    expect(
      deals(
        'Halvard Grid Ltd (JSE: HVG) rose. Transvaal Rail last month awarded Halvard Grid a four-year contract worth R900 million to maintain its signalling.',
      ),
    ).toEqual(['contract Transvaal Rail:customer+HVG:supplier R900 million completed']);
  });

  it('takes a ministry or agency named after "awarded … by" as the customer', () => {
    expect(
      deals(
        'Kepler Roads Ltd (NZX: KPR) had a busy quarter. Last month it was awarded a NZ$210m contract by the Ministry of Transport to resurface a highway.',
      ),
    ).toEqual(['contract KPR:supplier+Ministry of Transport:customer NZ$210m completed']);
    expect(
      deals(
        'Kepler Roads Ltd (NZX: KPR) had a busy quarter. In March it was awarded a NZ$95m contract by Zambezi Power to build access roads.',
      ),
    ).toEqual(['contract KPR:supplier+Zambezi Power:customer NZ$95m completed']);
  });

  it('does not make a customer of a sentence opener or a date', () => {
    expect(
      deals(
        'Halvard Grid Ltd (JSE: HVG) rose. The board last month awarded Halvard Grid chief Anna Dlamini a bonus.',
      ),
    ).toEqual([]);
    expect(
      deals(
        'Kepler Roads Ltd (NZX: KPR) had a busy quarter. It expects to be awarded a contract by December.',
      ),
    ).toEqual([]);
  });
});

describe('customers told with the tie that makes them one', () => {
  it('reads "X\'s biggest customer remains Y, which signed a supply contract with the company"', () => {
    expect(
      deals(
        'Ostwind Sitze GmbH makes seat frames. Ostwind’s biggest customer remains Renault Group, which signed a multi-year supply contract with the company in 2021.',
      ),
    ).toEqual(['contract Ostwind Sitze GmbH:supplier+RNLSY:customer completed']);
  });

  it('leaves a biggest customer named without any tie alone', () => {
    expect(
      deals('Ostwind Sitze GmbH makes seat frames. Ostwind’s biggest customer is Renault Group, it said.'),
    ).toEqual([]);
  });

  it('reads output "sold to Y under power purchase agreements" as the producer\'s contract with Y', () => {
    expect(
      deals(
        'Tallgrass Solar LLC builds solar farms in Texas. About 400MW of its output is already sold to Alphabet under 20-year power purchase agreements.',
      ),
    ).toEqual(['contract Tallgrass Solar LLC:supplier+GOOGL:customer completed']);
  });
});

describe('equipment reserved, and contracts cancelled', () => {
  it('reads turbines "reserved from" a maker under an agreement as an order', () => {
    expect(
      deals(
        'Pinecrest Energy (NASDAQ: PNCR) is adding plants. The utility also reserved four gas turbines from Siemens Energy under a slot-reservation agreement signed in May.',
      ),
    ).toEqual(['contract PNCR:customer+SMNEY:supplier completed']);
  });

  it('reads a contract cancelled "for Y\'s" product as a terminated contract with Y', () => {
    expect(
      deals(
        'Nuvolt Batteries Inc. (NASDAQ: NVLT) fell. The Department of Energy cancelled a contract for Nuvolt’s grid storage pilot last year.',
      ),
    ).toEqual(['contract Department of Energy:customer+NVLT:supplier terminated']);
  });
});

describe('stakes told by a share of the company, a lead of its round or its biggest holder', () => {
  it('reads "bought 20% of Y" as a stake, and "bought 70% of Y" as control', () => {
    expect(deals('Markets were calm. Galecrest Ventures bought 20% of Bellhaven Games in 2022.')).toEqual([
      'investment Galecrest Ventures:investor+Bellhaven Games:investee completed',
    ]);
    expect(deals('Markets were calm. Galecrest Ventures bought 70% of Bellhaven Games in 2022.')).toEqual([
      'acquisition Galecrest Ventures:buyer+Bellhaven Games:target completed',
    ]);
    expect(
      deals('Markets were calm. Orrin Devices bought 40% of Samsung Display’s panel output last year.'),
    ).toEqual([]);
  });

  it('reads a share counted in "pc" and held as an "interest"', () => {
    expect(
      deals(
        'Markets were calm. Stonepeak Partners bought a 40pc interest in Harbourline Ports for $1.2bn in 2023.',
      ),
    ).toEqual(['investment Stonepeak Partners:investor+Harbourline Ports:investee $1.2bn completed']);
  });

  it('reads a fund that "led Y\'s Series A round" as an investor in Y', () => {
    expect(
      deals(
        'Markets were calm. Orrin Foods Ltd (NSE: ORRIN) will buy the stake from Fireside Ventures, which led Vanaja Naturals’ Series A round in 2021.',
      ),
    ).toContain('investment Fireside Ventures:investor+Vanaja Naturals:investee completed');
  });

  it('reads the largest "outside" shareholder and a holder in apposition after a descriptor', () => {
    expect(
      deals(
        'Quenwell Bio (HKEX: 2583) makes drugs. Kestrel Bay Capital remains its largest outside shareholder with about 9% of the stock.',
      ),
    ).toEqual(['investment Kestrel Bay Capital:investor+2583:investee completed']);
    expect(
      deals(
        'Brindabella Health (ASX: BDH) backed the bid. Brindabella’s largest shareholder, industry fund Wattlebrook Super, owns 14.8 per cent of the register.',
      ),
    ).toEqual(['investment Wattlebrook Super:investor+BDH:investee completed']);
  });

  it('reads a firm "counted as its largest shareholder" that no directory lists', () => {
    expect(
      deals('Yellowpine Inc sells software. Yellowpine counts Tamberlane Growth as its largest shareholder.'),
    ).toEqual(['investment Tamberlane Growth:investor+Yellowpine Inc:investee completed']);
  });
});

describe('an owner told buying "the company" a paragraph after the sale', () => {
  it('takes the company the previous sentence opens with when no deal was told just before', () => {
    const out = deals(
      'Eaton Corp (NYSE: ETN) agreed to buy Fenwater Thermal from Dorsey Lane Capital for $1.15 billion. The deal should close in the first quarter. Eaton will pay cash. Its shares rose 1.2%.\n\nFenwater, based in Minneapolis, designs cooling units. Dorsey Lane bought the company from its founders in 2022.',
    );
    expect(out).toContain('acquisition Dorsey Lane Capital:buyer+Fenwater Thermal:target completed');
  });

  it('reads "bought a majority of the company" the same way', () => {
    const out = deals(
      'Weichai Power (HKEX: 2338) agreed to buy Idrotecnica Fanti from Ardesio Capital for €780 million. Idrotecnica makes pumps. Ardesio bought a majority of the company from the family in 2019.',
    );
    expect(out).toContain('acquisition Ardesio Capital:buyer+Idrotecnica Fanti:target completed');
  });

  it('does not reach past a paragraph break for it', () => {
    const out = deals(
      'Eaton Corp (NYSE: ETN) agreed to buy Fenwater Thermal from Dorsey Lane Capital for $1.15 billion. The deal should close in the first quarter. Eaton will pay cash. Its shares rose 1.2%.\n\nFenwater designs cooling units.\n\nDorsey Lane bought the company from its founders in 2022.',
    );
    expect(out.filter((d) => d.includes('Dorsey Lane Capital:buyer'))).toEqual([]);
  });
});

describe('"the company" after a sentence that opens with a share of a firm', () => {
  it("points back to the firm whose output the sentence before told, not the story's buyer", () => {
    const out = deals(
      'Hellenic Energy (ATHEX: ELPE) said on Monday it would buy Evrotas Renewables for €300 million.\n\nEvrotas runs wind farms. Part of Evrotas’ output is already sold under long-term contracts. The company signed a 10-year power purchase agreement last year with Heraklion Cement, which buys green power for its plant.',
    );
    expect(out).toContain('contract Evrotas Renewables:supplier+Heraklion Cement:customer completed');
    expect(out.filter((d) => d.includes('ELPE:supplier'))).toEqual([]);
  });
});

describe('an agreement told before the pair that signed it', () => {
  it('reads "the chip agreement X signed with Y" as their partnership', () => {
    expect(
      deals(
        'Markets were calm. Investors want an update on the custom accelerator agreement Broadcom signed with OpenAI in October 2025.',
      ),
    ).toEqual(['partnership AVGO:partner+OpenAI:partner completed']);
  });

  it('joins a supply deal of the same pair instead of adding a partnership', () => {
    const out = deals(
      'Marlow Foods Inc. (NYSE: MRLW) signed a supply agreement with Dunmore Farms Ltd in May. The agreement Marlow signed with Dunmore runs for five years.',
    );
    expect(out.filter((d) => d.startsWith('partnership'))).toEqual([]);
  });
});

describe('stakes sold, told by their size or after a description of the company', () => {
  it('reads "offloaded its remaining 9.9 per cent of X" as a stake sale', () => {
    expect(
      deals(
        'Lumina Dental Partners (ASX: LDP) fell. Harbour Vale Capital offloaded its remaining 9.9 per cent of Lumina Dental Partners on Friday via a $212 million block trade.',
      ),
    ).toEqual(['divestiture Harbour Vale Capital:seller+LDP:target $212 million completed']);
  });

  it('reads a stake "in private hospital group X" as a stake in X', () => {
    expect(
      deals(
        'Markets were calm. Remgro (JSE: REM) is in talks to sell its 28% stake in private hospital group Dunross Healthcare, a newspaper reported.',
      ),
    ).toEqual(['divestiture REM:seller+Dunross Healthcare:target rumored']);
  });

  it('keeps the year of an earlier sale told in a "since" clause off the new one', () => {
    expect(
      deals(
        'Markets were calm. Fletcher Building (NZX: FBU) has agreed to sell its Waitaki Trade Supplies business to Metcash (ASX: MTS) for NZ$640 million, its largest divestment since it sold its laminates business in 2019.',
      ),
    ).toContain('divestiture FBU:seller+MTS:buyer NZ$640 million announced');
  });
});

describe('an agreement "under which" a named supplier serves the firm the passage is about', () => {
  it('reads "a new agreement, signed in November, under which X supplies …" as X supplying that firm', () => {
    expect(
      deals(
        'Corvane Vet Partners operates clinics. Part of the pitch was a new five-year agreement, signed in November, under which IDEXX Laboratories (NASDAQ: IDXX) supplies analysers across the whole network.',
      ),
    ).toEqual(['contract Corvane Vet Partners:customer+IDXX:supplier completed']);
  });
});

describe("a deal for a firm's drug", () => {
  it('reads "signed a deal worth up to $2 billion for Y\'s oral GLP-1" as a licence, not a contract Y placed', () => {
    expect(
      deals(
        'Markets were calm. Merck signed a deal worth up to $2 billion for Hansoh Pharma’s oral GLP-1 in December 2024.',
      ),
    ).toEqual(['partnership MRK:partner+Hansoh Pharma:partner up to $2 billion completed']);
  });

  it("keeps a deal for a firm's services a contract", () => {
    expect(
      deals(
        'Markets were calm. Merck signed a contract worth $40 million for Halvard Logistics’ cold-chain services.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^partnership/));
  });
});
