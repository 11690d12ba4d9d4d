/**
 * Session 13, from the studied half of the mercury set (test/fixtures/mercury, odd files), each rule
 * checked on sentences of our own: lists of purchases whose items carry appositives and prices of their
 * own, owners who hire banks to explore a sale, banks hired to run one (no contract), and a Chinese
 * company called by its short name after its city.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const facts = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction;
const deals = (text: string) => facts(text).deals.map(dealLine);

describe('lists of purchases, each with its own price', () => {
  it('reads a second company after an appositive and a price', () => {
    expect(
      deals(
        'Ametek has been busy. In 2019 it bought Halbeck, a maker of torque sensors, for about $400 million, and cutting-tool supplier Merrow for $120 million.',
      ),
    ).toEqual([
      'acquisition AME:buyer+Halbeck:target about $400 million completed',
      'acquisition AME:buyer+Merrow:target $120 million completed',
    ]);
  });

  it('gives the second company the price after its own appositive', () => {
    expect(
      deals(
        'Ostrander Tools agreed to buy Halbeck, which makes torque sensors, for $400 million, and Merrow, a cutting-tool supplier, for $120 million.',
      ),
    ).toEqual([
      'acquisition Ostrander Tools:buyer+Halbeck:target $400 million announced',
      'acquisition Ostrander Tools:buyer+Merrow:target $120 million announced',
    ]);
  });
});

describe('banks hired for a sale', () => {
  it('reads an owner hiring a bank to explore a sale as a rumoured sale', () => {
    expect(deals('Calloway Partners has hired Lazard to explore a sale of Wendham Dental Group.')).toEqual([
      'divestiture Calloway Partners:seller+Wendham Dental Group:target rumored',
    ]);
    expect(
      deals(
        'Calloway Partners is working with advisers on a possible sale of Wendham Dental Group, the people said.',
      ),
    ).toEqual(['divestiture Calloway Partners:seller+Wendham Dental Group:target rumored']);
  });

  it('makes no contract of banks hired to run the sale', () => {
    expect(deals('Calloway Partners has hired Jefferies and Lazard to run the sale.')).toEqual([]);
  });
});

describe('a Chinese company called by its short name', () => {
  it('gives "Lanqi" the ticker of "Zhejiang Lanqi Biotech (HKEX: 2719)"', () => {
    const x = facts(
      'Zhejiang Lanqi Biotech (HKEX: 2719) licensed its antibody to Pfizer. Lanqi shares closed up 18% on Monday.',
    );
    expect(x.stockMoves.map((m) => [m.ticker, m.changePct])).toEqual([['2719', 18]]);
  });
});

describe('names after a country and after ", and"', () => {
  it('reads "bought Finland’s Wolt" as the company, not the country’s unit', () => {
    expect(
      deals('DoorDash bought Finland’s Koskela in 2022 in an all-stock deal valued at about $8 billion.'),
    ).toEqual(['acquisition DASH:buyer+Koskela:target about $8 billion completed']);
  });

  it('gives a clause after ", and" its own one-word buyer', () => {
    expect(
      deals(
        'Ostrander Tools bought German pump maker Halbeck for €360 million in 2012, and Varnessa acquired Italy’s Merrow in 2008.',
      ),
    ).toEqual([
      'acquisition Ostrander Tools:buyer+Halbeck:target €360 million completed',
      'acquisition Varnessa:buyer+Merrow:target completed',
    ]);
  });
});

describe('subjects, lists and agencies', () => {
  it('reads the subject, not the company inside its appositive, as the bidder', () => {
    expect(
      deals(
        'Tessaro Water, the filtration group that Danaher spun off in 2021, studied a bid for Quillfield Analytics but dropped out in September.',
      ),
    ).toEqual(['acquisition Tessaro Water:buyer+Quillfield Analytics:target terminated']);
  });

  it('reads a second purchase told with its year instead of a price', () => {
    expect(
      deals(
        'Axon bought Holvick, a crime-center platform, in 2024, and drone-detection company Parrin later that year.',
      ),
    ).toEqual([
      'acquisition AXON:buyer+Holvick:target completed',
      'acquisition AXON:buyer+Parrin:target completed',
    ]);
  });

  it('names a US agency as the customer of a contract', () => {
    expect(deals('Axon won a $390 million contract from U.S. Customs and Border Protection.')).toEqual([
      'contract AXON:supplier+U.S. Customs and Border Protection:customer $390 million completed',
    ]);
  });
});

describe('names that are not what they seem', () => {
  it('drops the place before a comma from a name ("Austin, Texas, Kelvara Energy Systems")', () => {
    const names = facts(
      'Founded in 2017 and headquartered in Austin, Texas, Kelvara Energy Systems designs battery storage for data centers.',
    ).companies.map((c) => c.name);
    expect(names).toEqual(['Kelvara Energy Systems']);
  });

  it('reads an abbreviation the text defines from plain words as a term, not a ticker', () => {
    const names = (text: string) => facts(text).companies.map((c) => c.ticker ?? c.name);
    expect(names('Eaton will add the modules to its uninterruptible power supply (UPS) lines.')).toEqual([
      'ETN',
    ]);
    expect(names('UPS shares fell 3% after the parcel company cut its outlook.')).toEqual(['UPS']);
  });
});

describe('a listing told after a description', () => {
  it('gives "the Cleveland company (NASDAQ: MDMS)" to the firm named before it', () => {
    const x = facts(
      "Rockwell agreed to pay $47 a share for Tessmer Drive Systems. The telling figure is in Tessmer's annual report. That is why Rockwell (NYSE: ROK) is buying the Cleveland company (NASDAQ: TSDS). Tessmer shares jumped 29% on Monday.",
    );
    expect(x.deals.map(dealLine)).toEqual(['acquisition ROK:buyer+TSDS:target announced']);
    expect(x.stockMoves.map((m) => [m.ticker, m.changePct])).toEqual([['TSDS', 29]]);
  });
});

describe('customers named with their tie, and "It" at a sentence’s start', () => {
  it('reads "Its customers include X, which buys … under a supply agreement" as a contract', () => {
    expect(
      deals(
        'Honeywell makes control valves. Its customers include Walmart, which buys its valves under a supply agreement.',
      ),
    ).toEqual(['contract HON:supplier+WMT:customer completed']);
  });

  it('makes no deal of a bare list of customers', () => {
    expect(
      deals('Honeywell makes control valves. Its customers include Walmart and several universities.'),
    ).toEqual([]);
  });

  it('points "It" at the private firm the sentence before opens with, not the story’s listed buyer', () => {
    expect(
      deals(
        'Xylem is in talks to buy Quellmoor Analytics for $2.3 billion.\n\nQuellmoor, founded in 2011 in Ohio, sells meter software. It counts 300 utilities as customers, including American Water Works (AWK.N), which signed a 10-year agreement in 2024.',
      ),
    ).toEqual([
      'acquisition XYL:buyer+Quellmoor Analytics:target $2.3 billion rumored',
      'contract Quellmoor Analytics:supplier+AWK:customer completed',
    ]);
  });
});

describe('a comparison with an earlier year', () => {
  it('keeps a deal announced when the article calls it the largest since an earlier year', () => {
    expect(
      deals(
        'Clorox said Thursday it has agreed to acquire Greenwell Botanics for $480 million in cash. The Greenwell deal is its largest acquisition since 2018.',
      ),
    ).toEqual(['acquisition CLX:buyer+Greenwell Botanics:target $480 million announced']);
  });
});

describe('shares bought in a placement', () => {
  it('reads "purchases approximately 3.6 million newly issued X shares" as an investment', () => {
    expect(
      deals(
        'Eaton purchases approximately 3.6 million newly issued Kelvara Energy Systems shares at $11.25 each.',
      ),
    ).toEqual(['investment ETN:investor+Kelvara Energy Systems:investee announced']);
  });
});

describe('commercial agreements', () => {
  it('reads a wholesale or cloud agreement signed with a firm as a contract', () => {
    expect(
      deals('Acme Fiber Networks signed a wholesale agreement with Microsoft in 2024 to carry its traffic.'),
    ).toEqual(['contract Acme Fiber Networks:supplier+MSFT:customer completed']);
  });
});

describe('a name that is also a surname, rated', () => {
  it('counts "Rollins" as the company when a target price is set on it', () => {
    const x = facts('Barclays lifted its target price on Rollins from $52.00 to $58.00.');
    expect(x.analystActions.map((a) => [a.firm, a.ticker, a.action, a.priceTarget])).toEqual([
      ['Barclays', 'ROL', 'target_raise', 58],
    ]);
  });
});
