/**
 * One deal told in many wordings, each with the deal it must give, and look-alikes that are no deal.
 * Written in session 6 from a list of the ways deal news is phrased (the same list the blind
 * phrasings/ fixture set was written from), with invented companies: a table, so a new wording is one
 * line. "Markets today." comes first so the sentence is body text, not the headline.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (sentence: string) =>
  extract(`Markets today.\n\n${sentence}`, '2026-09-14', 'Deal news').extraction.deals.map(dealLine);

const H = 'Halvard Group (NYSE: HLVG)';
const D = 'Dunmore Optics (NASDAQ: DNMO)';
const BUY = 'acquisition HLVG:buyer+DNMO:target';

const WORDINGS: Array<[string, string]> = [
  [`A takeover of ${D} by ${H} was agreed on Monday for $1.2 billion.`, `${BUY} $1.2 billion announced`],
  [`${D} is being acquired by ${H} for $1.2 billion.`, `${BUY} $1.2 billion announced`],
  [`${D} has agreed to be bought by ${H} for $1.2 billion.`, `${BUY} $1.2 billion announced`],
  [`${H} will pay $40 a share for ${D}, or about $1.2 billion.`, `${BUY} about $1.2 billion announced`],
  [`${H} completed the $1.2 billion purchase of ${D} on Monday.`, `${BUY} $1.2 billion completed`],
  [`${H} won the auction for ${D} with a $1.2 billion bid.`, `${BUY} $1.2 billion announced`],
  [`Halvard Group's (NYSE: HLVG) acquisition of ${D} closed on Tuesday.`, `${BUY} completed`],
  [`${D} accepted a sweetened $1.2 billion offer from ${H}.`, `${BUY} $1.2 billion announced`],
  [`${D} said its board would be minded to recommend a firm offer from ${H}.`, `${BUY} announced`],
  [`${H} will make ${D} a wholly owned subsidiary through a share exchange.`, `${BUY} announced`],
  [`${H} is a long-time distribution partner of ${D}.`, 'partnership HLVG:partner+DNMO:partner completed'],
  [`${D} tapped ${H} to overhaul its supply chain.`, 'contract DNMO:customer+HLVG:supplier completed'],
  [`${H} launched a hostile $1.2 billion bid for ${D}.`, `${BUY} $1.2 billion announced`],
  [`${H} launched a tender offer for all shares of ${D}.`, `${BUY} announced`],
  [
    `${H} entered into a merger agreement under which it will acquire ${D} for $1.2 billion.`,
    `${BUY} $1.2 billion announced`,
  ],
  [
    `A buyout of ${D} led by Tamsin Capital was agreed at $1.2 billion.`,
    'acquisition Tamsin Capital:buyer+DNMO:target $1.2 billion announced',
  ],
  [`${H} and ${D} will combine in an all-stock merger of equals.`, 'merger HLVG:-+DNMO:- announced'],
  [
    `${H} completed the carve-out of its lighting unit to Tamsin Capital for $300 million.`,
    'divestiture HLVG:seller+Tamsin Capital:buyer $300 million completed',
  ],
  [
    `${D} bought Halvard Group's (NYSE: HLVG) lighting unit for $300 million.`,
    'acquisition DNMO:buyer+HLVG:seller $300 million completed',
  ],
  [
    `${D} got a $1 billion investment from ${H}.`,
    'investment HLVG:investor+DNMO:investee $1 billion announced',
  ],
  [`${H} struck a co-development deal with ${D}.`, 'partnership HLVG:partner+DNMO:partner announced'],
  // Licence terms: the total ("up to") is the headline value, not the upfront payment.
  [
    `${H} will pay ${D} $150 million upfront and up to $2 billion in milestones for rights to its lens coating.`,
    'partnership HLVG:partner+DNMO:partner up to $2 billion announced',
  ],
  [
    `${D} will receive $150 million upfront from ${H}, plus royalties.`,
    'partnership DNMO:partner+HLVG:partner $150 million announced',
  ],
  [
    `${H} licensed the coating technology from ${D} for $150 million upfront and up to $2 billion in milestones.`,
    'partnership HLVG:partner+DNMO:partner up to $2 billion announced',
  ],
  [
    `${H} signed a licensing deal worth up to $2 billion with ${D}.`,
    'partnership HLVG:partner+DNMO:partner up to $2 billion announced',
  ],
  [
    `${H} agreed to license a coating technology from ${D}.`,
    'partnership HLVG:partner+DNMO:partner announced',
  ],
  // Shares of a named company bought on the market; a charter is a contract with the ship's owner.
  [
    `${H} bought 1.2 million Dunmore Optics (NASDAQ: DNMO) shares last week.`,
    'investment HLVG:investor+DNMO:investee completed',
  ],
  [`${H} bought 1.2 million shares of ${D} last week.`, 'investment HLVG:investor+DNMO:investee completed'],
  [
    `${H} has chartered two tankers from ${D} for three years.`,
    'contract HLVG:customer+DNMO:supplier completed',
  ],
  [`${H} was selected by ${D} to build its new plant.`, 'contract DNMO:customer+HLVG:supplier completed'],
  [`${D} ordered 30 turbines from ${H}.`, 'contract DNMO:customer+HLVG:supplier completed'],
  [`${H} booked an order from ${D} for 50 aircraft.`, 'contract DNMO:customer+HLVG:supplier completed'],
  [`${D} chose ${H} as its cloud provider.`, 'contract DNMO:customer+HLVG:supplier completed'],
  [
    `Regulators blocked Halvard Group's (NYSE: HLVG) $1.2 billion takeover of ${D}.`,
    `${BUY} $1.2 billion terminated`,
  ],
  [`${H} is weighing a bid for ${D}, people familiar said.`, `${BUY} rumored`],
  [`${D} agreed to a $1.2 billion takeover by ${H}.`, `${BUY} $1.2 billion announced`],
  [`${H} will take over ${D} for $1.2 billion.`, `${BUY} $1.2 billion announced`],
  [
    `After agreeing to buy ${D} for $1.2 billion, ${H} said it would cut 500 jobs.`,
    `${BUY} $1.2 billion announced`,
  ],
  [
    `${D} raised $40 million in a Tamsin Ventures-led round.`,
    'investment Tamsin Ventures:investor+DNMO:investee $40 million announced',
  ],
  [`${H} will absorb ${D} in a $1.2 billion all-stock deal.`, `${BUY} $1.2 billion announced`],
  [`${H} dropped its pursuit of ${D}.`, `${BUY} terminated`],
  [
    `${D} shares jumped 30% after ${H} agreed to buy the company for $1.2 billion.`,
    `${BUY} $1.2 billion announced`,
  ],
  [
    `${H} will supply ${D} with lenses under a $200 million contract.`,
    'contract HLVG:supplier+DNMO:customer $200 million announced',
  ],
];

/** Private firms named only in the sentence, in short one-sentence paragraphs full of names. */
const PRIVATE: Array<[string, string]> = [
  [
    `${H} has agreed to sell Brisklane Robotics, its robotics arm, to Tamsin Capital.`,
    'divestiture HLVG:seller+Tamsin Capital:buyer+Brisklane Robotics:target announced',
  ],
  [
    `${H} is selling its robotics arm, Brisklane Robotics, to Tamsin Capital for $420 million.`,
    'divestiture HLVG:seller+Tamsin Capital:buyer+Brisklane Robotics:target $420 million announced',
  ],
  [
    `${H} led a $60 million Series B in Brisklane Robotics, with participation from Tamsin Ventures.`,
    'investment HLVG:investor+Brisklane Robotics:investee+Tamsin Ventures:investor $60 million announced',
  ],
  [
    // A company sold whole is bought by the buyer (session 18: it was read as a sale by the company itself).
    'Brisklane Robotics was sold to Tamsin Capital for $420 million in 2023.',
    'acquisition Tamsin Capital:buyer+Brisklane Robotics:target $420 million completed',
  ],
];

const CONTRACT_ROLES: Array<[string, string]> = [
  [
    `${H} signed a deal with Brisklane Robotics to use its robots in 40 warehouses.`,
    'contract Brisklane Robotics:supplier+HLVG:customer completed',
  ],
  [
    `${H} signed a $50 million agreement to buy robots from Brisklane Robotics.`,
    'contract Brisklane Robotics:supplier+HLVG:customer $50 million completed',
  ],
  [
    `${H} is among the investors in Brisklane Robotics, alongside Tamsin Ventures.`,
    'investment HLVG:investor+Brisklane Robotics:investee completed',
  ],
];

describe('who buys and who supplies', () => {
  it.each(CONTRACT_ROLES)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
});

describe('private firms in short paragraphs', () => {
  it.each(PRIVATE)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
});

/** Two deals in one sentence: each keeps its own actor, price and status. */
const PAIRS: Array<[string, string[]]> = [
  [
    `${H} bought ${D} for $1.2 billion and Quarry Labs (NASDAQ: QRYL) for $400 million.`,
    [`${BUY} $1.2 billion completed`, 'acquisition HLVG:buyer+QRYL:target $400 million completed'],
  ],
  [
    `${H} has struck deals to buy ${D} and Quarry Labs (NASDAQ: QRYL).`,
    [`${BUY} announced`, 'acquisition HLVG:buyer+QRYL:target announced'],
  ],
  [
    `${H} said it had agreed to buy ${D} and would sell its lighting arm to Tamsin Capital for $300 million.`,
    [`${BUY} announced`, 'divestiture HLVG:seller+Tamsin Capital:buyer $300 million announced'],
  ],
  [
    `${H}, which bought Quarry Labs last year, agreed to acquire ${D} for $1.2 billion.`,
    ['acquisition HLVG:buyer+Quarry Labs:target completed', `${BUY} $1.2 billion announced`],
  ],
];

/** Companies as news names them: well-known names without anchors, private firms by a description. */
const NAMED: Array<[string, string]> = [
  [
    'Microsoft agreed to acquire Lumora Analytics, a Boston data startup, for $1.2 billion in cash.',
    'acquisition MSFT:buyer+Lumora Analytics:target $1.2 billion announced',
  ],
  [
    'Caterpillar snapped up Trackwell, a maker of mining sensors, for $250 million.',
    'acquisition CAT:buyer+Trackwell:target $250 million completed',
  ],
  [
    'Shell sold its stake in a Nigerian oil field to Heirs Delta Energies for $1.2 billion.',
    'divestiture SHEL:seller+Heirs Delta Energies:buyer $1.2 billion completed',
  ],
  [
    'Toyota took a 15% stake in battery maker Kestrel Cells for $1.2 billion.',
    'investment TM:investor+Kestrel Cells:investee $1.2 billion completed',
  ],
  [
    'The Navy awarded Raytheon a $900 million contract for radar systems.',
    'contract Navy:customer+RTX:supplier $900 million completed',
  ],
  [
    'Johnson & Johnson launched a tender offer for Marisca Neurosciences at $40 a share, or about $3 billion.',
    'acquisition JNJ:buyer+Marisca Neurosciences:target about $3 billion announced',
  ],
  [
    'Merck licensed a cancer drug from Hengshan Medicine for up to $1.9 billion in milestones.',
    'partnership MRK:partner+Hengshan Medicine:partner up to $1.9 billion announced',
  ],
  [
    'Cisco completed its $2.8 billion takeover of Quillnet Security on Monday.',
    'acquisition CSCO:buyer+Quillnet Security:target $2.8 billion completed',
  ],
];

const NOT_DEALS = [
  `Maren Holt took over as chief executive of ${H} on Monday.`,
  `${H} took over distribution of ${D} lenses in Europe last year.`,
  `${H} acquired more than 1,200 new customers last year.`,
  `${H} announced a $2 billion share buyback on Monday.`,
  `${H} sold $1 billion of bonds on Tuesday to refinance debt.`,
  `${H} kicked off its "Deal of the Day" sale with discounts of up to 40%.`,
  `${H} will spin off its lighting unit to shareholders as a separate listed company.`,
  `${H} launched a "Supplier Partnership Program" for 200 small parts makers.`,
  `${H} will join the S&P 500 index on Friday, replacing ${D}.`,
  `${H} and ${D} issued a joint statement on chip tariffs.`,
  `${H} settled a patent lawsuit with ${D} for $40 million.`,
  `Jefferies raised its price target on ${H} to $90, citing stronger deal flow.`,
];

describe('deal wordings', () => {
  it.each(WORDINGS)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
});

describe('two deals in one sentence', () => {
  it.each(PAIRS)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual(expected);
  });
});

/** Investors named in passing: backers, earlier rounds and their leads. */
const BACKERS: Array<[string, string[]]> = [
  [
    "Fennick, a grocery-delivery app, agreed to be bought. Fennick's backers, including Tamsin Ventures and Prosus, will receive cash.",
    [
      'investment Tamsin Ventures:investor+Fennick:investee completed',
      'investment PROSY:investor+Fennick:investee completed',
    ],
  ],
  [
    'Solvara, a San Jose maker of database software, was valued at $900 million in a 2024 funding round led by Accel.',
    ['investment Accel:investor+Solvara:investee completed'],
  ],
];

/** A listed company's venture arm invests under its parent's symbol. */
const ARMS: Array<[string, string[]]> = [
  [
    'Comcast Ventures led a $14 million seed round in Framecast, which builds tools for sports graphics.',
    ['investment CMCSA:investor+Framecast:investee $14 million completed'],
  ],
  [
    'Sequoia Capital led a $20 million round in Framecast, a graphics startup.',
    ['investment Sequoia Capital:investor+Framecast:investee $20 million completed'],
  ],
];

describe('venture arms', () => {
  it.each(ARMS)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual(expected);
  });
});

describe('investors named in passing', () => {
  it.each(BACKERS)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual(expected);
  });
});

describe('deal wordings with companies as the news names them', () => {
  it.each(NAMED)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
});

describe('look-alikes that are no deal', () => {
  it.each(NOT_DEALS)('%s', (sentence) => {
    expect(deals(sentence)).toEqual([]);
  });
});

/**
 * Every tense and auxiliary of a lexicon verb (src/extract/verbs.ts), private companies named only by
 * the deal's slot ("poured $10 billion into Sablewing AI"), and past tenses read as done.
 */
const LEXICON: Array<[string, string]> = [
  [`${H} said it would buy ${D} for $1.2 billion.`, `${BUY} $1.2 billion announced`],
  [`${H} is nabbing ${D} for $1.2 billion.`, `${BUY} $1.2 billion announced`],
  [`${H} absorbed ${D} in 2022.`, `${BUY} completed`],
  [`${H} picked up ${D} for $1.2 billion last year.`, `${BUY} $1.2 billion completed`],
  [`${H} has taken full ownership of ${D}.`, `${BUY} completed`],
  [`${D} will be taken private by ${H} for $1.2 billion.`, `${BUY} $1.2 billion announced`],
  [`${D} agreed to merge into ${H} in a stock swap.`, `${BUY} announced`],
  [
    `${D}, which ${H} agreed to buy in May for $1.2 billion, reported record sales.`,
    `${BUY} $1.2 billion announced`,
  ],
  [`${H} teams with ${D} on lidar.`, 'partnership HLVG:partner+DNMO:partner announced'],
  [`${H} has allied with ${D} to sell sensors in Asia.`, 'partnership HLVG:partner+DNMO:partner announced'],
  [`${H} put $50 million into ${D}.`, 'investment HLVG:investor+DNMO:investee $50 million completed'],
  [
    `${H} tapped ${D} to supply lidar sensors for its trucks.`,
    'contract HLVG:customer+DNMO:supplier completed',
  ],
  [`${H} inked a five-year supply contract with ${D}.`, 'contract HLVG:supplier+DNMO:customer completed'],
  [`${H} and ${D} ended their merger talks on Friday.`, 'merger HLVG:-+DNMO:- terminated'],
  [
    `Microsoft is pouring $10 billion into Sablewing AI.`,
    'investment MSFT:investor+Sablewing AI:investee $10 billion announced',
  ],
  [
    `Alphabet scoops up cybersecurity startup Veritrace for $1.1 billion.`,
    'acquisition GOOGL:buyer+Veritrace:target $1.1 billion announced',
  ],
  [
    `Cisco completed its $28 billion acquisition of Splunk in March.`,
    'acquisition CSCO:buyer+Splunk:target $28 billion completed',
  ],
  [
    `${H} bought Dutch chipmaker Nexlon for $300 million.`,
    'acquisition HLVG:buyer+Nexlon:target $300 million completed',
  ],
];

/** Deals told in passing, rounds with their co-investors and awards, as full articles tell them. */
const PASSING: Array<[string, string]> = [
  [`The acquisition of ${D} gives ${H} a foothold in industrial sensing.`, `${BUY} announced`],
  [
    'The $1.2 billion purchase of Veritrace will give Alphabet a bigger security business.',
    'acquisition GOOGL:buyer+Veritrace:target $1.2 billion announced',
  ],
  [
    `Tallis Maps, the mapping service ${H} bought from Corvid Media for $400 million in 2021, now has 9 million users.`,
    'acquisition HLVG:buyer+Tallis Maps:target $400 million completed',
  ],
  [
    'Pellway Bakery, which Corvid Foods acquired in 2023 for $275 million, has grown.',
    'acquisition Corvid Foods:buyer+Pellway Bakery:target $275 million completed',
  ],
  [
    'Brightmart was taken private by Sycamore Partners last year.',
    'acquisition Sycamore Partners:buyer+Brightmart:target completed',
  ],
  [
    'Brightmart is being acquired by Sycamore Partners.',
    'acquisition Sycamore Partners:buyer+Brightmart:target announced',
  ],
  [
    'Brightmart was taken over by Sycamore Partners in 2024.',
    'acquisition Sycamore Partners:buyer+Brightmart:target completed',
  ],
  [
    `${H} closed its purchase of grain trader Ostmark in July 2025.`,
    'acquisition HLVG:buyer+Ostmark:target completed',
  ],
  [
    `${H} bags lidar maker Dunmore for $900 million.`,
    'acquisition HLVG:buyer+Dunmore:target $900 million announced',
  ],
  [
    'Quarrystone AI raised a $250 million Series C led by Andreessen Horowitz, with Nvidia (NASDAQ: NVDA) participating.',
    'investment Andreessen Horowitz:investor+Quarrystone AI:investee+NVDA:investor $250 million completed',
  ],
  [
    `${D} has grown fast. Its largest round, a $180 million Series C in 2025, was led by Tamsin Ventures, with participation from Nvidia.`,
    'investment Tamsin Ventures:investor+DNMO:investee+NVDA:investor $180 million completed',
  ],
  [
    'Meanwhile, Tallowbird has raised $12 million in seed funding from Seedcamp.',
    'investment Seedcamp:investor+Tallowbird:investee $12 million completed',
  ],
  [
    `${H} awarded a subcontract worth $65 million to Vireo Composites, a maker of radar housings.`,
    'contract Vireo Composites:supplier+HLVG:customer $65 million completed',
  ],
  [
    `${H} signed a distribution agreement with ${D} covering Europe.`,
    'partnership HLVG:partner+DNMO:partner announced',
  ],
];

/** Denied deals, and capitalised words in a deal's slot that name a place, a person or a description. */
const LEXICON_NOT_DEALS = [
  `A purchase of ${D} would deepen ${H}'s bet on lidar.`,
  `${H} declined to buy ${D}.`,
  `${H} has no plans to acquire ${D}, its CEO said.`,
  `${H} will invest $2 billion in Ohio over five years.`,
  `${H} is teaming with Texas to train welders.`,
  `${H} partnered with Elon Musk on a charity, Musk said.`,
  `Maria Lopez took over as chief executive of ${H} in May.`,
  `${H} picked up coverage of ${D}.`,
  `Investors poured $3 billion into AI funds in May.`,
];

describe('every form of a lexicon verb', () => {
  it.each(LEXICON)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
  it.each(LEXICON_NOT_DEALS)('no deal: %s', (sentence) => {
    expect(deals(sentence)).toEqual([]);
  });
});

describe('deals told in passing, rounds and awards', () => {
  it.each(PASSING)('%s', (sentence, expected) => {
    expect(deals(sentence)).toEqual([expected]);
  });
});

describe('a licence paid for upfront, and shares bought for an amount', () => {
  it('reads "pays $120 million upfront for X\'s drug" as no takeover', () => {
    expect(deals(`${H} pays $120 million upfront for ${D}'s eye drug in latest licensing bet.`)).toEqual([]);
  });
  it('keeps a takeover paid for upfront: "paid $4 billion upfront to buy X"', () => {
    expect(deals(`${H} paid $4 billion upfront in 2022 to buy ${D}.`)).toEqual([
      `${BUY} $4 billion completed`,
    ]);
  });
  it('reads "agreed to buy $25 million of newly issued X shares" as an investment only', () => {
    expect(
      deals(`${D} will sell new stock. ${H} agreed to buy $25 million of newly issued Dunmore shares.`),
    ).toEqual(['investment HLVG:investor+DNMO:investee $25 million announced']);
  });
});

describe("a participle after a comma acts for the sentence's subject", () => {
  it('gives "it struck its largest deal, paying $2.7 billion for X" to the company "it" points to', () => {
    expect(
      deals(
        `${H} formed a venture in 2022. And in 2023 it struck its largest deal so far, paying $2.7 billion for ${D}.`,
      ),
    ).toEqual([`${BUY} $2.7 billion completed`]);
  });
});

describe('a second verb of the subject after an object in apposition', () => {
  it('gives "bought X, a provider, for $1.9B in 2024, and later that year agreed to buy Y" both deals to the subject', () => {
    const found = deals(
      `${H} grew by buying. The company bought Procane Labs, a software provider, for $1.9 billion in early 2024, and later that year agreed to buy Transom Campus for roughly $1.6 billion.`,
    );
    expect(found).toEqual([
      'acquisition HLVG:buyer+Procane Labs:target $1.9 billion completed',
      // Agreed in a past year and told in passing: done, as the gold rules read past agreements.
      'acquisition HLVG:buyer+Transom Campus:target roughly $1.6 billion completed',
    ]);
  });
});

describe('"it" after a sentence that opens with a phrase set off by a comma', () => {
  it('points to the company named after "Founded in Leeds in 2004,"', () => {
    const found = extract(
      `Markets today.\n\n${H} agreed to buy ${D}. Founded in Leeds in 2004, Dunmore sells lenses to opticians. It listed in 2015 and bought Fenlow Data for $85 million in 2023.`,
      '2026-09-14',
      'Halvard Group buys a lens maker',
    ).extraction.deals.map(dealLine);
    expect(found).toContain('acquisition DNMO:buyer+Fenlow Data:target $85 million completed');
  });
});

describe('a target named after a describing phrase, and a purchase "which closed"', () => {
  it('reads "bought contract drug manufacturer X" as a takeover of X', () => {
    expect(deals(`${H} bought contract drug manufacturer Biovanta in 2024.`)).toEqual([
      'acquisition HLVG:buyer+Biovanta:target completed',
    ]);
  });
  it('reads "X\'s purchase of Y, which closed in 2024" as completed', () => {
    expect(
      deals(`${H} grew by buying. It follows Halvard's $925 million purchase of ${D}, which closed in 2024.`),
    ).toEqual([`${BUY} $925 million completed`]);
  });
});

describe("a holder named as a company's largest shareholder", () => {
  it.each([
    `${H} agreed to buy ${D}. Ostra Partners, Dunmore's largest shareholder with about 14.6% of its shares, backs the deal.`,
    `${H} agreed to buy ${D}. Dunmore's largest shareholder, the fund Ostra Partners, backs the deal.`,
  ])('%s', (text) => {
    expect(deals(text)).toContain('investment Ostra Partners:investor+DNMO:investee completed');
  });
  it('reads "is the largest shareholder in X" once, and no holding from "its largest customer"', () => {
    expect(deals(`Ostra Partners is the largest shareholder in ${D}.`)).toEqual([
      'investment Ostra Partners:investor+DNMO:investee completed',
    ]);
    expect(
      deals(`Ostra Partners, Dunmore's largest customer, signed a supply deal with ${D}.`),
    ).not.toContain('investment Ostra Partners:investor+DNMO:investee completed');
  });
});

describe("a buyer after a country's possessive, in a sale made on a condition", () => {
  it('reads "agreed to sell 58 centers to Australia\'s X if the deal closed" as an announced sale to X', () => {
    expect(
      deals(
        `To win over regulators, ${H} had agreed to sell 58 of its clinics to Australia's Sonora Health if the deal closed.`,
      ),
    ).toEqual(['divestiture HLVG:seller+Sonora Health:buyer announced']);
  });
});
