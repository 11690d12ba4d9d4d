import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const events = (text: string, published = '2026-03-10', title = '') =>
  extract(text, published, title).extraction.events.map((e) => ({
    t: e.ticker,
    type: e.type,
    date: e.date,
    period: e.period,
    eps: e.consensusEps,
    rev: e.consensusRevenue,
  }));

describe('events', () => {
  it('reads an earnings date, period and consensus', () => {
    expect(
      events(
        'Tallis Retail (NYSE: TLLS) reports Q1 results on May 6. Analysts expect –$0.15 EPS on $2.2 billion revenue.',
        '2026-04-20',
      ),
    ).toEqual([
      { t: 'TLLS', type: 'earnings', date: '2026-05-06', period: 'Q1 2026', eps: -0.15, rev: 2.2e9 },
    ]);
  });
  it("gives a takeover's closing to its buyer in a story about the owner selling", () => {
    const found = extract(
      'Halvern Foods (NYSE: HLVN) agreed to buy Trestle Bakeries. The seller is Hollin Capital. The deal is expected to close on March 2.',
      '2026-11-20',
      'Hollin Capital cashes out of its bakery chain',
    ).extraction.events.map((e) => [e.company, e.type, e.date]);
    expect(found).toEqual([['Halvern Foods', 'deal_closing', '2027-03-02']]);
  });
  it("dates no event by a byline's time stamp, nor by 'next week'", () => {
    expect(
      events(
        'GRAHAM OYEL\n06:48 AM ET 12/04/2026\n\nTallis Retail (NYSE: TLLS) heads into its fourth-quarter earnings report next week.\n\nTallis is scheduled to report after the close Thursday.',
        '2026-12-04',
      ).map((e) => [e.t, e.type, e.date]),
    ).toEqual([['TLLS', 'earnings', '2026-12-10']]);
  });
  it("reads a scheme's court and general meetings as the vote, beside the closing told after them", () => {
    const found = extract(
      "Halvern Foods (NYSE: HLVN) agreed to buy Trestle Data (LSE: TRSD). Trestle's court and general meetings are scheduled for Jan. 14, and Halvern expects the deal to complete in the first quarter of 2027.",
      '2026-11-18',
    ).extraction.events.map((e) => [e.ticker, e.type, e.date, e.period]);
    expect(found).toEqual([
      ['HLVN', 'deal_closing', null, 'Q1 2027'],
      ['TRSD', 'shareholder_vote', '2027-01-14', null],
    ]);
  });
  it('reads the end of a fiscal period as no report date', () => {
    expect(
      events(
        "Tallis Retail (NYSE: TLLS) bought a warehouse. Its effect on Tallis's results for the fiscal year ending March 31, 2027 is expected to be minor.",
        '2026-11-20',
      ),
    ).toEqual([]);
  });
  it('resolves weekdays forward and links a same-day call', () => {
    const got = events(
      'Cisco will report fiscal results after the bell on Thursday. Management will host a call the same afternoon.',
    );
    expect(got.map((e) => [e.t, e.type, e.date])).toEqual([
      ['CSCO', 'earnings', '2026-03-12'],
      ['CSCO', 'earnings_call', '2026-03-12'],
    ]);
  });
  it('reads shareholder votes and deal closings, with a null date for a quarter', () => {
    const text =
      'Brant Water (NYSE: BRNW) agreed to buy Lisle Pipes (NASDAQ: LSLP) for $700 million. Lisle shareholders will vote on April 14. The deal is expected to close in H2 2026.';
    const got = events(text, '2026-03-10', 'Brant Water to buy Lisle Pipes');
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ t: 'LSLP', type: 'shareholder_vote', date: '2026-04-14' }),
        expect.objectContaining({ t: 'BRNW', type: 'deal_closing', date: null, period: 'H2 2026' }),
      ]),
    );
  });
  it('does not date an event by the day its news was told ("said Tuesday")', () => {
    const got = events(
      'Halvern Foods (NYSE: HALV) agreed to buy Trestle Bakeries for $900 million. Halvern said Tuesday it expects the deal to close in the first half of 2027.',
      '2026-10-08',
    );
    expect(got.map((e) => [e.t, e.type, e.date, e.period])).toEqual([
      ['HALV', 'deal_closing', null, 'H1 2027'],
    ]);
    // A day after "said" can still be the event's own when another verb takes it.
    const call = events('Halvern Foods (NYSE: HALV) said it will report results on Nov. 5.', '2026-10-08');
    expect(call.map((e) => [e.type, e.date])).toEqual([['earnings', '2026-11-05']]);
  });
  it("gives a closing told by its quarter no day from another clause's vote", () => {
    const got = events(
      'Larchmont Insurance agreed to be acquired by Halvern Group (NYSE: HLVG) for $1.7 billion. Larchmont shareholders vote on December 10, and the companies expect to close in the fourth quarter.',
      '2026-10-08',
    );
    expect(got.map((e) => [e.type, e.date, e.period])).toContainEqual(['deal_closing', null, 'Q4 2026']);
  });
  it("dates a tender offer's expiry for the company whose shares are sought, and an annual general meeting", () => {
    expect(
      events(
        'Halvern Foods (NYSE: HLVF) launched a tender offer for Trestle Bakeries (NASDAQ: TRBK). The offer is scheduled to expire one minute after 11:59 p.m. on April 2, 2026, unless extended.',
      ),
    ).toEqual([{ t: 'TRBK', type: 'other', date: '2026-04-02', period: null, eps: null, rev: null }]);
    expect(
      events('Trestle Bakeries (NASDAQ: TRBK) has scheduled its annual general meeting for 12 May 2026.'),
    ).toEqual([{ t: 'TRBK', type: 'other', date: '2026-05-12', period: null, eps: null, rev: null }]);
  });
  it('skips results already reported', () => {
    expect(events('Adobe reported Q4 results on Dec. 11 and posted record sales.', '2026-03-10')).toEqual([]);
  });
  it("reads a preview's report dates: a quarter's report, a bare month date, and the next company that follows", () => {
    const got = events(
      "Traders are watching Corvel Mining's (NYSE: CVLM) second-quarter report on Aug. 4. Pell Foods (NASDAQ: PELF) reports Aug. 5. Norrow Steel (NYSE: NRWS) follows on Thursday.",
      '2026-08-01',
    );
    expect(got.map((e) => [e.t, e.type, e.date])).toEqual([
      ['CVLM', 'earnings', '2026-08-04'],
      ['PELF', 'earnings', '2026-08-05'],
      ['NRWS', 'earnings', '2026-08-06'],
    ]);
  });
  it('reads "earnings from X are due" and ignores "follows" outside a run of report dates', () => {
    expect(events('Earnings from Pell Foods (NASDAQ: PELF) are due March 19.').map((e) => e.date)).toEqual([
      '2026-03-19',
    ]);
    expect(
      events(
        'Pell Foods (NASDAQ: PELF) rose 2%. Norrow Steel (NYSE: NRWS) follows on Thursday with a product launch.',
      ),
    ).toEqual([]);
  });
  it('dates a deal closing said as "should be completed by", for the company named by its short name', () => {
    const got = events(
      'Brant Water Holdings (NYSE: BRNW) agreed to buy Lisle Pipes for $700 million. Brant said the purchase should be completed by May 29.',
    );
    expect(got).toEqual([expect.objectContaining({ t: 'BRNW', type: 'deal_closing', date: '2026-05-29' })]);
  });
  it("takes the date in the event's own clause, not an earlier one across 'and'", () => {
    const got = events(
      'Pell Foods (NASDAQ: PELF) confirmed the guidance it gave on Feb. 24 and said it will present at an industry conference on March 18.',
    );
    expect(got.map((e) => [e.t, e.type, e.date])).toEqual([['PELF', 'other', '2026-03-18']]);
  });
  it('dates a closing said as "the transaction will close on"', () => {
    const got = events(
      'Brant Water (NYSE: BRNW) will buy Lisle Pipes (NASDAQ: LSLP) for $700 million. Brant said the transaction will close on April 1.',
    );
    expect(got).toEqual([expect.objectContaining({ t: 'BRNW', type: 'deal_closing', date: '2026-04-01' })]);
    expect(events('Brant Water (NYSE: BRNW) said its Ohio plant will close on April 1.')).toEqual([]);
  });
  it('gives a closing to the deal party that states it, even one named only by its short, unlisted name', () => {
    const got = events(
      'Novartis agreed to buy Tidewater Therapeutics for $5 billion. Tidewater expects the deal to close on April 30.',
      '2026-03-10',
      'Tidewater Therapeutics agrees to Novartis takeover',
    );
    expect(got.map((e) => [e.t, e.type, e.date])).toEqual([[null, 'deal_closing', '2026-04-30']]);
    const [e] = extract(
      'Novartis agreed to buy Tidewater Therapeutics for $5 billion. Tidewater expects the deal to close on April 30.',
      '2026-03-10',
      'Tidewater Therapeutics agrees to Novartis takeover',
    ).extraction.events;
    expect(e!.company).toBe('Tidewater Therapeutics');
  });
  it('gives an unattributed closing in a story about the company being bought to its buyer', () => {
    const text =
      'Shareholders of Lisle Pipes (NASDAQ: LSLP) back the offer. Brant Water (NYSE: BRNW) agreed to acquire Lisle Pipes for $700 million. The two companies expect to complete the deal in the third quarter.';
    const got = events(text, '2026-03-10', 'Lisle Pipes holders back Brant Water offer');
    expect(got).toEqual([expect.objectContaining({ t: 'BRNW', type: 'deal_closing', period: 'Q3 2026' })]);
  });
});

describe('an Indian results calendar', () => {
  it('reads "will kick off the earnings season with its Q3FY27 numbers on January 9" as a fiscal report', () => {
    const [e] = extract(
      'Calendar\n\nTCS (NSE: TCS) will kick off the earnings season with its Q3FY27 numbers on January 9.',
      '2026-11-27',
    ).extraction.events;
    expect([e?.ticker, e?.type, e?.date, e?.period]).toEqual([
      'TCS',
      'earnings',
      '2027-01-09',
      'fiscal Q3 2027',
    ]);
  });
});

describe('a meeting called by the company', () => {
  it('gives "an extraordinary general meeting that X has called for 15 January 2027" to X', () => {
    const got = extract(
      'Placing\n\nKarrawind Minerals Ltd (ASX:KWM) launched a placing. The second tranche requires approval at an extraordinary general meeting that Karrawind has called for 15 January 2027.',
      '2026-11-23',
    ).extraction.events.map((e) => [e.ticker, e.type, e.date]);
    expect(got).toEqual([['KWM', 'shareholder_vote', '2027-01-15']]);
  });
});

describe('a call told by the day after a report', () => {
  it('dates "a conference call scheduled for the following morning" the day after the report', () => {
    const got = extract(
      'Calendar\n\nPermian Resources (NYSE: PR) will report fourth-quarter results on Feb. 24, with a conference call scheduled for the following morning.',
      '2026-12-02',
    ).extraction.events.map((e) => [e.type, e.date]);
    expect(got).toEqual([
      ['earnings', '2027-02-24'],
      ['earnings_call', '2027-02-25'],
    ]);
  });
});
