/**
 * A private firm with a plain name ("Pinecrest Dairy": no legal suffix, no description, no ticker) in
 * each place a deal names its other side. Such names are read as companies only from where they sit,
 * so every slot is one line here; with the counterpart listed, the same wordings are in
 * deal-phrasings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (sentence: string) =>
  extract(`Markets today.\n\n${sentence}`, '2026-10-05', 'Deal news').extraction.deals.map(dealLine);

const H = 'Harlow Foods (NYSE: HLW)';
const P = 'Pinecrest Dairy';
const BUY = `acquisition HLW:buyer+${P}:target`;

const SLOTS: Array<[string, string]> = [
  [`Under the agreement, ${H} will pay $410 million for ${P}.`, `${BUY} $410 million announced`],
  [`${H} struck a $410 million deal for ${P}.`, `${BUY} $410 million announced`],
  [`${H} won the auction for ${P} with a $410 million bid.`, `${BUY} $410 million announced`],
  [`${P} has agreed to be acquired by ${H} for $410 million.`, `${BUY} $410 million announced`],
  [
    `${H} agreed to divest its snacks business to ${P} for $410 million.`,
    `divestiture HLW:seller+${P}:buyer $410 million announced`,
  ],
  [`${H} completed the sale of its snacks unit to ${P}.`, `divestiture HLW:seller+${P}:buyer completed`],
  [`${H} has approached ${P} about a takeover, people familiar said.`, `${BUY} rumored`],
  [
    `${H} will invest up to $60 million in ${P} over three years.`,
    `investment HLW:investor+${P}:investee up to $60 million announced`,
  ],
  [
    `${P} landed $60 million in fresh funding from ${H}.`,
    `investment HLW:investor+${P}:investee $60 million completed`,
  ],
  [`${H} won a $60 million contract from ${P}.`, `contract HLW:supplier+${P}:customer $60 million completed`],
  [`${H} has been selected by ${P} to run its logistics.`, `contract ${P}:customer+HLW:supplier completed`],
  [
    `${H} will supply ${P} with packaging under a five-year deal.`,
    `contract HLW:supplier+${P}:customer announced`,
  ],
  [`${H} signed a 10-year deal to buy cheese from ${P}.`, `contract ${P}:supplier+HLW:customer completed`],
];

/** Wordings the cue table lacked until the slots above let their private side be read. */
const WORDINGS: Array<[string, string[]]> = [
  [`${H} is paying $410 million for ${P}.`, [`${BUY} $410 million announced`]],
  [`${P} agreed to sell itself to ${H} for $410 million.`, [`${BUY} $410 million announced`]],
  [
    `${P} will become a unit of ${H} under a $410 million agreement reached on Monday.`,
    [`${BUY} $410 million announced`],
  ],
  [`${H} inked a $410 million deal to buy ${P}.`, [`${BUY} $410 million announced`]], // and no contract
  [`Harlow Foods' (NYSE: HLW) deal for ${P} collapsed after regulators objected.`, [`${BUY} terminated`]],
  [
    `${H} and Dunmore Optics (NASDAQ: DNMO) agreed to combine in an all-stock deal valued at $410 million.`,
    ['merger HLW:-+DNMO:- $410 million announced'],
  ],
  [
    `${P} has closed a $60 million Series B, with ${H} leading the round.`,
    [`investment HLW:investor+${P}:investee $60 million completed`],
  ],
  [`${H} has backed ${P} since 2022.`, [`investment HLW:investor+${P}:investee completed`]],
  [
    `${P} raised $38 million in a round led by Tamsin Ventures in 2025 and counts Harlow Foods' venture arm among its investors.`,
    [
      `investment Tamsin Ventures:investor+${P}:investee $38 million completed`,
      `investment Harlow Foods:investor+${P}:investee completed`,
    ],
  ],
  [
    `${H} is working with ${P} to develop plant-based cheese.`,
    [`partnership HLW:partner+${P}:partner announced`],
  ],
  [`${H} joined hands with ${P} on a new cheese line.`, [`partnership HLW:partner+${P}:partner announced`]],
  [`${H} worked with Goldman Sachs on the sale.`, []],
];

describe('deal wordings around a private firm', () => {
  it.each(WORDINGS)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual(expected);
  });
});

/** Newsroom wordings: pledges, rights, co-leads, extensions, pairs acting together, "part with". */
const NEWSROOM: Array<[string, string[]]> = [
  [
    `${H} committed up to $60 million to Dunmore Optics (NASDAQ: DNMO).`,
    ['investment HLW:investor+DNMO:investee up to $60 million announced'],
  ],
  [
    `${H} is putting up to $60 million into ${P}, a Vermont cheese maker.`,
    [`investment HLW:investor+${P}:investee up to $60 million announced`],
  ],
  [
    `${H} has signed up ${P} to supply milk for its new plant.`,
    [`contract HLW:customer+${P}:supplier completed`],
  ],
  [
    `${H} has bought small dairies before; its 2023 pickup of ${P} for $240 million gave it a foothold.`,
    [`${BUY} $240 million completed`],
  ],
  [
    `${P} raised a $72 million series B co-led by Tamsin Ventures and Orchard Capital.`,
    [`investment Tamsin Ventures:investor+${P}:investee+Orchard Capital:investor $72 million completed`],
  ],
  [
    `${P}, a Vermont cheese maker, landed a $40 million seed extension from Tamsin Ventures.`,
    [`investment Tamsin Ventures:investor+${P}:investee $40 million completed`],
  ],
  [
    `${H} has secured worldwide rights to a cheese culture from ${P}.`,
    [`partnership HLW:partner+${P}:partner announced`],
  ],
  [
    `Dunmore Optics and ${P} agreed to co-develop smart cheese vats.`,
    [`partnership Dunmore Optics:partner+${P}:partner announced`],
  ],
  [
    `${H} agreed to part with three creameries, selling them to ${P} for $615 million.`,
    [`divestiture HLW:seller+${P}:buyer $615 million announced`],
  ],
  [`Maren Holt and Jonas Berg agreed to meet on Monday.`, []],
  [`${H} bought ${P}'s cheese brands last year.`, [`acquisition HLW:buyer+${P}:seller completed`]],
  [
    `Tamsin Capital took ${P} private in a $410 million deal last year.`,
    [`acquisition Tamsin Capital:buyer+${P}:target $410 million completed`],
  ],
  [
    `${H} and ${P} will combine their cheese businesses in a joint venture.`,
    [`partnership HLW:partner+${P}:partner announced`],
  ],
  [
    `The move follows Harlow Foods' (NYSE: HLW) decision last year to end a similar arrangement with ${P}.`,
    [`partnership HLW:partner+${P}:partner terminated`],
  ],
  [
    'Dunmore Optics (NASDAQ: DNMO) was approached last year by Harlow Foods (NYSE: HLW), which walked away after a review, people familiar with the talks said.',
    ['acquisition HLW:buyer+DNMO:target terminated'],
  ],
  [
    'Dunmore Optics (NASDAQ: DNMO) was approached by Harlow Foods (NYSE: HLW), people familiar with the matter said.',
    ['acquisition HLW:buyer+DNMO:target rumored'],
  ],
  [
    `These statements are subject to risks and uncertainties, including the ability to retain customers and employees of ${P}, capital spending levels and interest rates on the Company's loans.`,
    [],
  ],
  [
    `${H} is back in cheese. ${P}, a Vermont maker of aged cheddar, is being absorbed by the food giant for $115 million in cash.`,
    [`${BUY} $115 million announced`],
  ],
  [
    `${H} agreed to buy ${P} for $115 million. ${P}'s largest shareholder is Tamsin Capital, which owns about 35%.`,
    [`${BUY} $115 million announced`, `investment Tamsin Capital:investor+${P}:investee completed`],
  ],
  [
    `${H} agreed to buy Ferrovia Labs. Ferrovia Labs is privately held. Its biggest outside backer is Insight Partners.`,
    [
      'acquisition HLW:buyer+Ferrovia Labs:target announced',
      'investment Insight Partners:investor+Ferrovia Labs:investee completed',
    ],
  ],
  [
    'Apollo is weighing an offer for Dunmore Optics (NASDAQ: DNMO), according to two people in the know.',
    ['acquisition APO:buyer+DNMO:target rumored'],
  ],
  [`${H} bought the rest of ${P} in 2021 for $71 million.`, [`${BUY} $71 million completed`]],
  [
    `Tamsin Capital, an activist fund, which holds a stake of about 3% in ${H}, wants a sale.`,
    ['investment Tamsin Capital:investor+HLW:investee completed'],
  ],
  [
    `${H} will hand control of its frozen-pizza business to Japan Industrial Partners for about $430 million.`,
    ['divestiture HLW:seller+Japan Industrial Partners:buyer about $430 million announced'],
  ],
  [
    `${P} has been owned since 2021 by private-equity firm Tamsin Capital. Harlow Foods (NYSE: HLW) is weighing a bid for the company, people familiar with the matter said.`,
    [`acquisition Tamsin Capital:buyer+${P}:target completed`, `${BUY} rumored`],
  ],
  [`${P}, which is owned by its founders and the investment firm Tamsin Capital, did not comment.`, []],
  [
    `${H} is sounding out buyers for its frozen-pizza business, according to two people familiar with the process.`,
    ['divestiture HLW:seller rumored'],
  ],
  [
    `${H} rose 3.1% after the company won a $900 million Army contract for field rations.`,
    ['contract HLW:supplier+Army:customer $900 million completed'],
  ],
];

describe('newsroom wordings', () => {
  it.each(NEWSROOM)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual(expected);
  });
});

describe('a plain private name in the slot a deal gives its other side', () => {
  it.each(SLOTS)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
});

describe('names in those slots that are no company', () => {
  it.each([
    [`${H} in-licensed the rights outside Greater China to Orvex Compound from a Korean biotech.`],
    [`${H} paid $7 million for Super Bowl ads and struck a deal for Prime Day promotions.`],
  ])('%s', (sentence) => {
    expect(extract(`Markets today.\n\n${sentence}`).extraction.companies.map((c) => c.name)).toEqual([
      'Harlow Foods',
    ]);
  });
});
