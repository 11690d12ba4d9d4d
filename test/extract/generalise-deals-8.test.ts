/**
 * Session 12, more from the tribune set's studied half, each rule checked on sentences of our own: whose
 * clause a year or a status word belongs to, a joint venture "it formed with" a partner, a bought company
 * told as "the studio", a title in quotation marks, and a row of share widgets.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/extract/clean.js';
import { builtinDirectory } from '../../src/extract/index.js';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('whose clause tells the status', () => {
  it('leaves a year in the seller’s description to the seller', () => {
    expect(
      deals(
        'AT&T has agreed to acquire Prairiewire for $1.9 billion from Oakhurst Partners, the private equity firm that has owned it since 2019.',
      ),
    ).toEqual([
      // The owner's own purchase is a deal of its own, done long ago (session 18).
      'acquisition Oakhurst Partners:buyer+Prairiewire:target completed',
      'acquisition T:buyer+Prairiewire:target+Oakhurst Partners:seller $1.9 billion announced',
    ]);
  });

  it('reads a stake taken in a relative clause by that clause, whatever the main verb says', () => {
    expect(
      deals(
        'ITV Studios, which took a 25% stake in Holloway Pictures in 2022, will sell its holding to Lionsgate.',
      ),
    ).toContain('investment ITV Studios:investor+Holloway Pictures:investee completed');
  });
});

describe('partners and buyers told by reference', () => {
  it('reads "the joint venture it formed with X" as the subject’s partnership', () => {
    expect(
      deals('AT&T owns half of Gigapower, the fiber joint venture it formed with BlackRock in 2023.'),
    ).toEqual(['partnership T:partner+BLK:partner completed']);
  });

  it('reads "The studio" as the company told before', () => {
    expect(
      deals(
        'Lionsgate agreed to buy Holloway Pictures. The studio acquired Entertainment One from Hasbro in 2023.',
      ),
    ).toContain('acquisition LION:buyer+Entertainment One:target+HAS:seller completed');
  });
});

describe('what is no company', () => {
  it('reads a title in quotation marks as a work', () => {
    expect(deals('Sony Pictures Television bought "His Dark Materials" producer Bad Wolf in 2021.')).toEqual([
      'acquisition SONY:buyer+Bad Wolf:target completed',
    ]);
  });

  it('drops a row of share widgets', () => {
    const text =
      'Share on Facebook · Share on X · Email · Print\n\nLionsgate agreed to buy Holloway Pictures.';
    expect(cleanArticle(text, 'Deal', builtinDirectory()).text).not.toContain('Facebook');
  });
});

describe('more names and buyers', () => {
  it('keeps a name with a middle initial whole', () => {
    expect(deals('Arthur J. Gallagher & Co. agreed to buy AssuredPartners for $13.45 billion.')).toEqual([
      'acquisition AJG:buyer+AssuredPartners:target $13.45 billion announced',
    ]);
  });

  it('gives each of two deals its own price when the later one names it before its noun', () => {
    expect(
      deals(
        'It came after Gallagher agreed to buy AssuredPartners for $13.45 billion and months after Marsh McLennan closed its $7.75 billion acquisition of McGriff Insurance Services.',
      ),
    ).toContain('acquisition MMC:buyer+McGriff Insurance Services:target $7.75 billion completed');
  });

  it('counts a word-like name that forms a partnership with another firm', () => {
    expect(
      deals(
        'Travelers and Gridline Risk, a cyber analytics startup, have formed a partnership to sell cover.',
      ),
    ).toEqual(['partnership TRV:partner+Gridline Risk:partner announced']);
  });

  it('reads "to a group led by X" as a sale to X', () => {
    expect(
      deals('LVMH is in talks to sell its Marc Jacobs label to a group led by brand firm WHP Global.'),
    ).toEqual(['divestiture LVMUY:seller+WHP Global:buyer rumored']);
  });

  it('reads "led X’s round" as X’s investor and a long order "from" a shipyard as a contract', () => {
    expect(deals('Nvidia led Anthropic’s $1 billion round last year.')).toEqual([
      'investment NVDA:investor+Anthropic:investee $1 billion completed',
    ]);
    expect(
      deals(
        'Carnival Corp said it has ordered three liquefied natural gas-powered cruise ships from shipbuilder Fincantieri.',
      ),
    ).toEqual(['contract CCL:customer+Fincantieri:supplier completed']);
  });
});

describe('a private placement', () => {
  const text =
    'Tavor Surgical Ltd. (Nasdaq: TVSR) agreed to acquire Redfern Endoscopy for $118 million. Olympus Corporation has agreed to purchase 2,816,901 ordinary shares of Tavor in a private placement for gross proceeds of approximately $40 million. The private placement is expected to close on or about December 4, 2026. The acquisition is expected to close in the first quarter of 2027.';

  it('reads the shares bought as an investment priced by its proceeds', () => {
    expect(deals(text)).toContain(
      'investment OCPNY:investor+TVSR:investee approximately $40 million announced',
    );
  });

  it('gives each closing to its own deal, the placement to the company raising the money', () => {
    const events = extract(`Deals\n\n${text}`, '2026-11-30').extraction.events.map(
      (e) => `${e.ticker} ${e.type} ${e.date ?? '-'} ${e.period ?? '-'}`,
    );
    expect(events).toEqual(['TVSR deal_closing 2026-12-04 -', 'TVSR deal_closing - Q1 2027']);
  });
});
