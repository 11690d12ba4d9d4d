/**
 * Session 15, from the studied half of the observer set and probes of our own: bids weighed and then
 * "decided against", ties formed in an earlier month (existing ties), a time told between a tie and its
 * partner, and a partner's home town after "of".
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('bids weighed and dropped', () => {
  it('reads a bid studied "but decided against" as terminated', () => {
    expect(
      deals(
        'Marlowe Equity studied a bid for Orrin Tools (NYSE: ORT) this autumn but decided against making an offer, according to two people familiar with the matter.',
      ),
    ).toEqual(['acquisition Marlowe Equity:buyer+ORT:target terminated']);
  });

  it('reads "considered buying X but decided not to" as terminated', () => {
    expect(
      deals('Marlowe Equity considered buying Orrin Tools last year but decided not to make an offer.'),
    ).toEqual(['acquisition Marlowe Equity:buyer+Orrin Tools:target terminated']);
  });
});

describe('ties told with a time and a home town', () => {
  it('reads "a joint venture in September with X of Nanjing" as a tie formed before this month', () => {
    expect(
      deals(
        'Hakone Medical (TSE: 7748) also set up a 50-50 joint venture in September with Jinling Catheter Works of Nanjing to make catheters for China.',
      ),
    ).toEqual(['partnership 7748:partner+Jinling Catheter Works:partner completed']);
  });

  it('keeps a tie formed this month, or one still to be formed, as announced', () => {
    expect(
      deals(
        'Hakone Medical (TSE: 7748) formed a joint venture in November with Jinling Catheter Works to make catheters.',
      ),
    ).toEqual(['partnership 7748:partner+Jinling Catheter Works:partner announced']);
    expect(
      deals(
        'Hakone Medical (TSE: 7748) signed a joint venture with Jinling Catheter Works in September that is expected to start production next year.',
      ),
    ).toEqual(['partnership 7748:partner+Jinling Catheter Works:partner announced']);
  });

  it('does not cut "Bank of America" at "of"', () => {
    expect(deals('Hakone Medical (TSE: 7748) formed a partnership with Bank of America in 2024.')).toEqual([
      'partnership 7748:partner+BAC:partner completed',
    ]);
  });
});

describe('past deals told around what was bought, and bids walked away from', () => {
  it('reads "the X chain it bought from Y" and "the X business that Z acquired"', () => {
    expect(
      deals(
        'Halvard Group (NYSE: HLVG) keeps buying. Its deals have included the Pennock chain it bought from grocer Tamsworth Foods in 2023.',
      ),
    ).toContainEqual('acquisition HLVG:buyer+Pennock:target completed');
    expect(
      deals('Orrin Tools (NYSE: ORT) has struggled with the Calloway business that it acquired in 2022.'),
    ).toEqual(['acquisition ORT:buyer+Calloway:target completed']);
  });

  it('reads "walked away from its pursuit of X" as a terminated bid, not the end of the deal told before', () => {
    const told = deals(
      'Halvard Group (NYSE: HLVG) will sell 45 sites to Pennock Petroleum. The purchase is its largest since it walked away from its pursuit of Seven & i Holdings last year.',
    );
    expect(told).toContainEqual('divestiture HLVG:seller+Pennock Petroleum:buyer announced');
    expect(told).toContainEqual('acquisition HLVG:buyer+SVNDY:target terminated');
  });
});

describe('a stake sold to a partner described before its name', () => {
  it('reads "disposing of its 50% stake in a venture … to its partner, X, for RM210 million" as a sale to X', () => {
    expect(
      deals(
        'Sime Darby (KL: SIME) said it is disposing of its 50% stake in a dealership joint venture in Shandong, China, to its partner, Jiaodong Auto Trading, for RM210 million.',
      ),
    ).toContainEqual('divestiture SIME:seller+Jiaodong Auto Trading:buyer RM210 million announced');
  });

  it('never makes the buyer of a stake its investee, but keeps a stake bought from its owner', () => {
    expect(
      deals(
        'Sime Darby (KL: SIME) is disposing of its 50% stake in the venture to Jiaodong Auto Trading.',
      ).filter((d) => d.startsWith('investment')),
    ).toEqual([]);
    expect(
      deals(
        'Kinder Morgan (NYSE: KMI) agreed to buy a 25% stake in the Coastal Bend pipeline from Marguerite Midstream for $425 million.',
      ),
    ).toContainEqual('investment KMI:investor+Marguerite Midstream:investee $425 million announced');
  });
});

describe('shares bought for an amount, and a bet that is a noun', () => {
  it('reads "will buy $75 million of X\'s common stock" as an equity investment', () => {
    expect(
      deals(
        "Halvard Group (NYSE: HLVG) licensed a drug from Orrin Bio (NASDAQ: ORB). Separately, Halvard will buy $75 million of Orrin Bio's common stock at $24 per share.",
      ),
    ).toContainEqual('investment HLVG:investor+ORB:investee $75 million announced');
  });

  it('keeps a deal told as "its biggest bet yet" announced (a noun, not a past tense)', () => {
    expect(
      deals(
        'Halvard Group (NYSE: HLVG) is making its biggest bet yet, licensing rights to a drug from Orrin Bio (NASDAQ: ORB) in a deal worth up to $2.2 billion.',
      ),
    ).toEqual(['partnership HLVG:partner+ORB:partner up to $2.2 billion announced']);
  });
});

describe('a sale told with its completion in an apposition', () => {
  it('reads "…, a transaction that was completed earlier this month" as done', () => {
    expect(
      deals(
        'In September, Halvard Group (NYSE: HLVG) agreed to sell two plants in Honduras to Cortez Wiring, a transaction that was completed earlier this month.',
      ),
    ).toEqual(['divestiture HLVG:seller+Cortez Wiring:buyer completed']);
  });
});

describe('a person described as "the company\'s managing director"', () => {
  it('is no company, and the quote "he said" after it is theirs', () => {
    const f = extract(
      'Deals\n\nHalvard Group (NYSE: HLVG) agreed to buy Brackwede Sitztechnik. Jörg Brackmann, the company\'s managing director, said the family had decided to sell. "We wanted a buyer that would keep our plants running," he said.',
      '2026-11-20',
    ).extraction;
    expect(f.companies.map((c) => c.name)).not.toContain('Jörg Brackmann');
    expect(f.quotes.map((q) => q.speaker)).toContain('Jörg Brackmann');
  });
});

describe('"the firm" pointing back to a company described as a firm', () => {
  it('gives a past purchase told by "The firm … when it bought" to the firm described just before', () => {
    expect(
      deals(
        'Halvard Group (NYSE: HLVG) agreed to buy five resorts from Rookery Lodging Partners for $1.38 billion. For Rookery Lodging Partners, a Charleston-based private investment firm, the sale caps a seven-year hold. The firm assembled the portfolio in 2019, when it bought three of the resorts from Wexcombe Resorts for $640 million.',
      ),
    ).toContainEqual(
      'acquisition Rookery Lodging Partners:buyer+Wexcombe Resorts:seller $640 million completed',
    );
  });
});
