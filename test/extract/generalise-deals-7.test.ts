/**
 * Session 12, from the studied half of the tribune set (test/fixtures/tribune, odd files) and probes of our
 * own, each rule checked on sentences written here: a state before what it describes, a bidder that looked
 * closely and dropped out, assets "it bought from" a seller, a verb joined by ", then", a "specialist"
 * named after its kind, and index moves told beside a stock's (an index naming the stock's league is none).
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const facts = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction;
const deals = (text: string) => facts(text).deals.map(dealLine);
const moves = (text: string) =>
  facts(text).stockMoves.map((m) => `${m.ticker ?? m.company} ${m.changePct} ${m.window}`);

describe('names', () => {
  it('reads a state before "utility owner X" as a place', () => {
    const x = facts(
      'Blackstone closed its $11.5 billion acquisition of New Mexico utility owner TXNM Energy.',
    );
    expect(x.companies.map((c) => c.name)).not.toContain('New Mexico');
    expect(x.deals.map(dealLine)).toEqual(['acquisition BX:buyer+TXNM:target $11.5 billion completed']);
  });

  it('reads "the French admixtures specialist X" as a firm', () => {
    expect(
      deals('Holcim bought the French admixtures specialist Corvane for 1.02 billion euros in 2021.'),
    ).toEqual(['acquisition HCMLY:buyer+Corvane:target 1.02 billion euros completed']);
  });
});

describe('deals', () => {
  it('reads "looked closely at X … but dropped out" as a bid that ended', () => {
    expect(
      deals(
        'Blackstone agreed to buy Thornvale Power. Brookfield Asset Management looked closely at Thornvale over the summer but dropped out in September.',
      ),
    ).toEqual([
      'acquisition BX:buyer+Thornvale Power:target announced',
      'acquisition BAM:buyer+Thornvale Power:target terminated',
    ]);
  });

  it('reads assets "it bought from" a seller as a purchase from that seller', () => {
    expect(
      deals(
        'Ashgrove Capital is selling Thornvale Power. Ashgrove built Thornvale from scratch, starting with four Virginia plants it bought from Dominion Energy in 2019.',
      ),
    ).toContain('acquisition Ashgrove Capital:buyer+D:seller completed');
    expect(deals('Ashgrove Capital said the plants it bought last year run well.')).toEqual([]);
  });

  it('gives a verb joined by ", then" the sentence’s subject and its own price', () => {
    expect(
      deals('Saint-Gobain bought Chryso in 2017, then in 2025 closed the $1 billion acquisition of Fosroc.'),
    ).toEqual([
      'acquisition CODYY:buyer+Chryso:target completed',
      'acquisition CODYY:buyer+Fosroc:target $1 billion completed',
    ]);
  });
});

describe('index moves beside a stock’s', () => {
  it('leaves the CAC 40, the Topix and the Kospi out', () => {
    expect(moves('Saint-Gobain rose 2.7% in Paris on Monday, while the CAC 40 gained 0.4%.')).toEqual([
      'CODYY 2.7 day',
    ]);
    expect(moves('Sony rose 2.7% while the Topix gained 0.1% and the Kospi fell 0.3%.')).toEqual([
      'SONY 2.7 day',
    ]);
  });

  it('keeps a stock that is the index’s top gainer', () => {
    expect(moves('Infosys was the top Nifty gainer, jumping 3.4 percent to Rs 1,702.50.')).toEqual([
      'INFY 3.4 day',
    ]);
  });
});

describe('a metric word in another clause', () => {
  it('keeps a move told after a colon that closes talk of spending', () => {
    expect(
      moves(
        'Carnival Corp makes cruises. Still, investors were wary of the spending: Carnival’s stock slipped 1.1% on Wednesday.',
      ),
    ).toEqual(['CCL -1.1 day']);
  });
});

describe('exchanges, brokers and chartered firms', () => {
  it('reads "options exchange X" as a firm, "New York-chartered" as a description', () => {
    const x = facts(
      'Robinhood agreed to buy Saltmarsh Custody, a New York-chartered trust company, for $585 million. Rivals are buying too: Coinbase closed its $2.9 billion purchase of options exchange Deribit in August 2025, Kraken bought futures broker NinjaTrader for $1.5 billion.',
    );
    expect(x.companies.map((c) => c.name)).not.toContain('New York-chartered');
    expect(x.deals.map(dealLine)).toEqual([
      'acquisition HOOD:buyer+Saltmarsh Custody:target $585 million announced',
      'acquisition COIN:buyer+Deribit:target $2.9 billion completed',
      'acquisition Kraken:buyer+NinjaTrader:target $1.5 billion completed',
    ]);
  });
});

describe('percents written "pc"', () => {
  it('reads "closed 1.9pc higher" as a move, and a holding cut "to 45pc" as none', () => {
    expect(
      moves(
        'The deal will cut Woodside Energy’s interest in the project to 45pc. Woodside Energy shares closed 1.9pc higher at A$24.86 in Sydney.',
      ),
    ).toEqual(['WDS 1.9 day']);
  });
});

describe('a move told at a time of day', () => {
  it('reads "trading 3% lower at 11:15 a.m. ET" as intraday', () => {
    expect(moves('Nvidia shares were trading 3% lower at $120.50 at 11:15 a.m. ET.')).toEqual([
      'NVDA -3 intraday',
    ]);
  });
});

describe('a list of deals, one a line', () => {
  it('reads "2. Finvero (Milan) — acquired by Nexi, €610m, June" as a purchase', () => {
    expect(
      deals(
        'The biggest fintech exits this year:\n\n1. Finvero (Milan) — acquired by Nexi, €610m, June\n2. Tollbridge (London) — acquired by Mastercard, $400m, March',
      ),
    ).toEqual([
      'acquisition Nexi:buyer+Finvero:target €610m completed',
      'acquisition MA:buyer+Tollbridge:target $400m completed',
    ]);
  });

  it('leaves a dash in prose alone', () => {
    expect(deals('Growth slowed — acquired habits die hard, said Finvero.')).toEqual([]);
  });
});

describe('"pc" only as a percent sign', () => {
  it('reads no move into "the top 5 PC makers"', () => {
    expect(moves('Lenovo shares rose after it said the top 5 PC makers gained share.')).toEqual([]);
  });
});
