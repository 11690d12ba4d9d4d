/**
 * Session 14, from probes of real-news phrasing written in our own words: backers described by the
 * round they led, ties in the plural with a list of partners, amounts of goods bought under supply
 * deals, a pair's supply deal told without "with", deals that fell apart after they were agreed, and
 * purchases named by their noun and dated in the past.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const facts = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction;
const deals = (text: string) => facts(text).deals.map(dealLine);
const names = (text: string) => facts(text).companies.map((c) => c.name);

describe('a backer described by the round it led', () => {
  it('gives the round to the company the text is about', () => {
    expect(
      deals(
        'Tessaly Robotics was founded in Lyon in 2019. Its largest shareholder is Brightfjord, which led the company’s €60m Series B last year.',
      ),
    ).toEqual(['investment Brightfjord:investor+Tessaly Robotics:investee €60m completed']);
  });

  it('reads a one-word backer named only in its relative clause', () => {
    expect(
      deals(
        'Tessaly Robotics makes warehouse arms. Ondrava, which led a $9 million seed round in 2022, still sits on the board.',
      ),
    ).toEqual(['investment Ondrava:investor+Tessaly Robotics:investee $9 million completed']);
  });

  it('does not give a venture round to the listed company the story is about', () => {
    expect(
      deals(
        'Nvidia reported record sales on Wednesday. Ondrava Capital, which led a seed round in 2022, was not named.',
      ),
    ).toEqual([]);
  });

  it('reads no firm from a seller’s verb in a relative clause', () => {
    expect(names('Harrow Pantry, which sells frozen soups, had falling sales last year.')).not.toContain(
      'Harrow Pantry',
    );
  });
});

describe('ties in the plural', () => {
  it('makes one partnership with each firm listed', () => {
    expect(deals('Snowflake has data-sharing partnerships with Microsoft, Salesforce and SAP.')).toEqual([
      'partnership SNOW:partner+MSFT:partner completed',
      'partnership SNOW:partner+CRM:partner completed',
      'partnership SNOW:partner+SAP:partner completed',
    ]);
  });

  it('splits plural agreements signed with two firms', () => {
    expect(deals('Equinix signed distribution agreements with Cisco and Dell in 2024.')).toEqual([
      'partnership EQIX:partner+CSCO:partner completed',
      'partnership EQIX:partner+DELL:partner completed',
    ]);
  });

  it('keeps a partnership with one firm whole', () => {
    expect(deals('Snowflake has a data-sharing partnership with Salesforce.')).toEqual([
      'partnership SNOW:partner+CRM:partner completed',
    ]);
  });
});

describe('goods bought under supply deals', () => {
  it('reads an amount of a commodity bought from a firm as a contract', () => {
    expect(
      deals(
        'Kansai Electric agreed to buy 800,000 tonnes a year of LNG from Cheniere Energy under a 15-year deal.',
      ),
    ).toEqual(['contract LNG:supplier+Kansai Electric:customer announced']);
  });

  it('reads a signed agreement to buy LNG as a done contract', () => {
    expect(deals('Tokyo Gas signed a 20-year agreement to buy LNG from Venture Global.')).toEqual([
      'contract VG:supplier+Tokyo Gas:customer completed',
    ]);
  });

  it('reads a pair that signed a supply deal as parties to one contract', () => {
    expect(deals('Albemarle and Ford Motor signed a five-year lithium supply agreement on Monday.')).toEqual([
      'contract ALB:-+F:- completed',
    ]);
  });
});

describe('deals that fell apart', () => {
  it('ends a deal whose next clause says it fell apart', () => {
    expect(
      deals(
        'Harlan Foods had agreed to buy Pell Creamery from Ostwick Partners, but the deal fell apart in June.',
      ),
    ).toEqual(['acquisition Harlan Foods:buyer+Pell Creamery:target+Ostwick Partners:seller terminated']);
  });

  it('ends a deal later called off', () => {
    expect(
      deals('Harlan Foods agreed to acquire Pell Creamery in 2023, but the deal was later called off.'),
    ).toEqual(['acquisition Harlan Foods:buyer+Pell Creamery:target terminated']);
  });
});

describe('a purchase named by its noun and dated in the past', () => {
  it('is done', () => {
    expect(deals("Salesforce's $1.9 billion purchase of Own Company last year added data backup.")).toEqual([
      'acquisition CRM:buyer+Own Company:target $1.9 billion completed',
    ]);
  });

  it('stays open while approvals are awaited', () => {
    expect(
      deals(
        "Salesforce's purchase of Own Company, agreed last year, is still awaiting approval in Brussels.",
      ),
    ).toEqual(['acquisition CRM:buyer+Own Company:target pending']);
  });
});

describe('topic tags', () => {
  it('drops a line of topic links and reads no firm from "M&A"', () => {
    const { cleanedText, extraction } = extract(
      'A thin year for fintech M&A\n\nBrightfjord Capital invested in Tessaly Robotics.\n\nTags: Robotics Fintech Sweden Brightfjord',
      '2026-11-20',
    );
    expect(cleanedText).not.toContain('Tags:');
    expect(cleanedText).toContain('Brightfjord Capital invested in Tessaly Robotics.');
    expect(extraction.companies.map((c) => c.name)).not.toContain('M&A');
  });
});

describe('more from real-news phrasing (journal set, studied half)', () => {
  it('reads a firm described as an app after a price', () => {
    expect(deals('Intuit paid $7.1 billion for budgeting app Pennywell Money in 2020.')).toEqual([
      'acquisition INTU:buyer+Pennywell Money:target $7.1 billion completed',
    ]);
  });

  it('looks past a reporter’s aside when "it" points back', () => {
    expect(
      deals(
        'Sealed Air has discussed the unit with Quarrel Ridge Partners. Quarrel Ridge did not respond to a request for comment. It sold its Diversey arm to Bain Capital for $3.2 billion in 2017.',
      ),
    ).toContainEqual('divestiture SEE:seller+Bain Capital:buyer $3.2 billion completed');
  });

  it('ends an approach that went nowhere', () => {
    expect(
      deals('Mondelez approached Hershey about a takeover in 2024, but the overture went nowhere.'),
    ).toEqual(['acquisition MDLZ:buyer+HSY:target terminated']);
  });

  it('gives a round to the company the sentence opens by pointing back to', () => {
    expect(
      deals(
        'Duskmoor Labs builds guardrails for AI agents. The company last raised money in 2025, when Index Ventures led a $60 million Series B round.',
      ),
    ).toEqual(['investment Index Ventures:investor+Duskmoor Labs:investee $60 million completed']);
  });

  it('reads a stake in per cent and a biggest investor told in apposition', () => {
    expect(deals('Harwell Capital Partners owns 14.2 per cent of Rollerbay Group.')).toEqual([
      'investment Harwell Capital Partners:investor+Rollerbay Group:investee completed',
    ]);
    expect(
      deals(
        'Rollerbay Group runs bowling alleys. The company’s biggest investor, Harwell Capital Partners, backs the plan.',
      ),
    ).toEqual(['investment Harwell Capital Partners:investor+Rollerbay Group:investee completed']);
  });

  it('reads a backer a company counts as its largest shareholder', () => {
    expect(
      deals('Yellowfin Tax Labs counts growth investor Tamsin Capital as its largest shareholder.'),
    ).toEqual(['investment Tamsin Capital:investor+Yellowfin Tax Labs:investee completed']);
  });
});

describe('aggregator item lines', () => {
  it('drops another outlet’s headline shown with its age', () => {
    const { cleanedText, extraction } = extract(
      'Intuit to buy Yellowfin Tax Labs\n\nIntuit agreed to buy Yellowfin Tax Labs for $1.2 billion.\n\nMarlowe Post · 5 hours ago · Chevron agrees to sell oil sands stake to Canadian Natural for $6.5 billion\n\nPressline Wire · 2 hours ago',
      '2026-11-20',
    );
    expect(cleanedText).not.toContain('hours ago');
    expect(extraction.deals.map(dealLine)).toEqual([
      'acquisition INTU:buyer+Yellowfin Tax Labs:target $1.2 billion announced',
    ]);
  });
});

describe('bids, rivals beaten and front-runners', () => {
  it('reads a bid of a sum for a company and a winning bidder', () => {
    expect(deals('Harlow Foods bid $3.1 billion for Pinecrest Brands.')).toEqual([
      'acquisition Harlow Foods:buyer+Pinecrest Brands:target $3.1 billion announced',
    ]);
    expect(deals('Harlow Foods emerged as the winning bidder for Pinecrest Brands.')).toEqual([
      'acquisition Harlow Foods:buyer+Pinecrest Brands:target announced',
    ]);
  });

  it('gives the purchase to the firm that beat out a rival, not to the rival', () => {
    expect(deals('Harlow Foods beat out Quarry Lane Capital to buy Pinecrest Brands.')).toEqual([
      'acquisition Harlow Foods:buyer+Pinecrest Brands:target announced',
    ]);
  });

  it('reads a front-runner as a rumour', () => {
    expect(deals('Harlow Foods is the frontrunner to buy Pinecrest Brands.')).toEqual([
      'acquisition Harlow Foods:buyer+Pinecrest Brands:target rumored',
    ]);
  });

  it('reads a company that will become a wholly owned subsidiary, and a pair that would combine', () => {
    expect(deals('Pinecrest Brands will become a wholly owned subsidiary of Harlow Foods.')).toEqual([
      'acquisition Harlow Foods:buyer+Pinecrest Brands:target announced',
    ]);
    expect(deals('Harlow Foods and Pinecrest Brands said they would combine in an all-stock deal.')).toEqual([
      'merger Harlow Foods:-+Pinecrest Brands:- announced',
    ]);
  });
});

describe('what a possessive points to', () => {
  it('reads a customer buying "the company’s" products as no takeover of the company', () => {
    expect(
      deals(
        'Graco agreed to buy Belcarra Fluid Systems. Belcarra’s customers include Caterpillar Inc. (NYSE: CAT), which has purchased the company’s lubrication systems for its mining trucks since 2019.',
      ).filter((d) => d.includes('CAT:buyer')),
    ).toEqual([]);
  });
});

describe('a sentence about the new deal that names an earlier one', () => {
  it('does not close the new deal with the earlier purchase’s year', () => {
    const text = [
      'Graco Inc. (NYSE: GGG) said it has entered into a definitive agreement to acquire Belcarra Fluid Systems from Evanston Ridge Capital for $575 million in cash.',
      'The acquisition builds on Graco’s purchase of Gellert Dispensing, a maker of dispensing equipment, in 2025.',
      'The purchase price is about 12 times earnings. Graco expects to fund the transaction with cash. The transaction is subject to customary closing conditions, including the expiration of the waiting period under the HSR Act, and is expected to close in the first quarter of 2027.',
    ].join('\n\n');
    const found = extract(text, '2026-12-02').extraction.deals.map(dealLine);
    expect(found).toContainEqual(
      'acquisition GGG:buyer+Belcarra Fluid Systems:target+Evanston Ridge Capital:seller $575 million announced',
    );
    expect(found).toContainEqual('acquisition GGG:buyer+Gellert Dispensing:target completed');
  });
});
