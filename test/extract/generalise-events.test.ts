/**
 * Event rules written for families of phrasing, each checked on sentences of our own: day headings in
 * previews, subjects carried across sentences that name no company, votes, closings, report dates given
 * per company, and what is not an event (a day already past, a date not yet set, a vague time).
 */
import { describe, expect, it } from 'vitest';
import { findDates, findPeriods } from '../../src/extract/dates.js';
import { extract } from './helpers.js';

const events = (text: string, published = '2026-03-10', title = '') =>
  extract(text, published, title).extraction.events.map(
    (e) => `${e.ticker ?? e.company} ${e.type} ${e.date ?? 'null'}${e.period ? ` ${e.period}` : ''}`,
  );
const moves = (text: string, published = '2026-03-10', title = '') =>
  extract(text, published, title).extraction.stockMoves.map((m) => `${m.ticker ?? m.company} ${m.changePct}`);

describe('dates: headings in capitals and fiscal periods', () => {
  it('reads a weekday written in capitals, forward from the publish date', () => {
    expect(findDates('WEDNESDAY', '2026-05-08', true).map((d) => d.date)).toEqual(['2026-05-13']);
  });
  it('keeps a fiscal quarter or half without a calendar year, with the year the text gives', () => {
    const p = (t: string) => findPeriods(t, '2026-05-08').map((x) => x.period);
    expect(p('posts fiscal fourth-quarter numbers')).toEqual(['fiscal Q4']);
    expect(p('its fiscal Q2 report')).toEqual(['fiscal Q2']);
    expect(p('results for the third quarter of fiscal 2026')).toEqual(['fiscal Q3 2026']);
    expect(p('guidance for the fiscal 2027 second half')).toEqual(['fiscal H2 2027']);
    expect(p('second-quarter results')).toEqual(['Q2 2026']);
  });
});

describe('events: an earnings week laid out under day headings', () => {
  const preview = [
    'Here is what the Street expects this week.',
    '',
    'TUESDAY',
    'Brisk Foods (NYSE: BRSK) reports after the close. Analysts look for 52 cents a share. The grocer’s stock has lost 4% this month. Executives will take questions on a call Wednesday at 8:30 a.m. ET.',
    '',
    'THURSDAY',
    'Orrin Tools (NASDAQ: ORRN) reports before the open.',
    '',
    'ELSEWHERE',
    'Sable Freight (NYSE: SBFR) will report sometime later in May.',
  ].join('\n');
  const got = events(preview, '2026-05-08', 'Earnings this week: Brisk Foods, Orrin Tools');
  it('dates each report from its heading and the call from its own weekday', () => {
    expect(got).toEqual(
      expect.arrayContaining([
        'BRSK earnings 2026-05-12',
        'BRSK earnings_call 2026-05-13',
        'ORRN earnings 2026-05-14',
      ]),
    );
  });
  it('does not give a heading’s day to a sentence under another heading with a vague time', () => {
    expect(got.filter((e) => e.startsWith('SBFR'))).toEqual([]);
    expect(got).toHaveLength(3);
  });
});

describe('events: a subject carried across sentences that name no company', () => {
  it('gives "Management will host a call" to the company of the paragraph, not the headline one', () => {
    const text =
      'Kestrel Paper (NYSE: KSTP) posted its outlook in January.\n\nDunmore Bank (NASDAQ: DNMB) reports first-quarter results on April 22. Analysts expect $0.88 a share. The lender’s shares are flat this year. Management will host a call the next morning, on April 23.';
    expect(events(text, '2026-04-14', 'Kestrel Paper holds steady')).toEqual(
      expect.arrayContaining(['DNMB earnings 2026-04-22 Q1 2026', 'DNMB earnings_call 2026-04-23']),
    );
    expect(events(text, '2026-04-14', 'Kestrel Paper holds steady').join()).not.toMatch(/KSTP/);
  });
  it('gives a percent after a consensus sentence to the company of the paragraph', () => {
    const text =
      'Halden Steel (NYSE: HLDS) will report on Thursday. Forecasts call for a small loss. The stock has slid 9% this year.';
    expect(moves(text, '2026-03-10', 'Previews: Pell Foods (NASDAQ: PELF) and others')).toEqual(['HLDS -9']);
  });
  it('stops at a quotation and at a new paragraph', () => {
    const quoted =
      'Analysts at Barclays (NYSE: BCS) cut their view on Halden Steel.\n\nHalden Steel (NYSE: HLDS) fell on the news. "We see more pain ahead," one analyst wrote. Shares have lost 12% this year.';
    expect(moves(quoted, '2026-03-10', 'Halden Steel slides')).toEqual(expect.arrayContaining(['HLDS -12']));
  });
});

describe('events: shareholder votes', () => {
  it('reads a special or annual shareholder meeting and "holders of X vote"', () => {
    expect(
      events(
        'Marlin Foods (NYSE: MRLF) has called a special stockholder meeting for May 20 to approve its sale.',
        '2026-04-01',
      ),
    ).toEqual(['MRLF shareholder_vote 2026-05-20']);
    expect(
      events('Holders of Tarn Energy (NYSE: TRNE) vote on June 3 on the proposed merger.', '2026-04-01'),
    ).toEqual(['TRNE shareholder_vote 2026-06-03']);
    expect(
      events(
        'Pellam Retail (NYSE: PLLM) will hold its annual shareholders’ meeting on May 28.',
        '2026-04-01',
      ),
    ).toEqual(['PLLM shareholder_vote 2026-05-28']);
  });
  it('gives "each company will hold a meeting" to both listed parties of the deal', () => {
    const text =
      'Corran Bank (NASDAQ: CRRN) agreed to merge with Ledwell Financial (NASDAQ: LDWF) in an all-stock deal. Each company will hold a special shareholder meeting on Sept. 9.';
    expect(events(text, '2026-06-15', 'Corran and Ledwell to merge').sort()).toEqual([
      'CRRN shareholder_vote 2026-09-09',
      'LDWF shareholder_vote 2026-09-09',
    ]);
  });
  it('keeps a vote and a report in separate clauses apart, each with its own company and date', () => {
    const got = events(
      'Ardent Mills (NYSE: ARDM) will hold its annual shareholder meeting on May 5, and Brace Chemical (NYSE: BRCE) reports first-quarter results on May 12.',
      '2026-04-20',
    );
    expect(got.sort()).toEqual(['ARDM shareholder_vote 2026-05-05', 'BRCE earnings 2026-05-12 Q1 2026']);
  });
});

describe('events: report dates given company by company', () => {
  it('pairs each company with its own date', () => {
    expect(
      events(
        'Both insurers report second-quarter results next month: Tamsin Re (NYSE: TMRE) on Aug. 4 and Garrow Life (NYSE: GRWL) on Aug. 6.',
        '2026-07-20',
      ),
    ).toEqual(['TMRE earnings 2026-08-04 Q2 2026', 'GRWL earnings 2026-08-06 Q2 2026']);
    expect(
      events(
        'Velden Chips (NASDAQ: VLDN) publishes quarterly figures on Tuesday, Oct. 27, and Morrow Devices (NASDAQ: MRWD) follows on Oct. 29.',
        '2026-10-20',
      ),
    ).toEqual(['VLDN earnings 2026-10-27', 'MRWD earnings 2026-10-29']);
  });
  it('reads "quarterly results on <date>" without a verb, for the subject of the paragraph', () => {
    expect(
      events(
        'Norwell Systems (NYSE: NRWL) shares rose 3% on Monday. Up next: fiscal second-quarter results on Nov. 18.',
        '2026-10-27',
      ),
    ).toEqual(['NRWL earnings 2026-11-18 fiscal Q2']);
  });
});

describe('events: deal closings', () => {
  it('gives "the transaction is expected to close" to the agreed takeover, not a tie or a reported sale told after it', () => {
    const tie =
      'Harwell Tools Inc. (NYSE: HWT) agreed to buy Belmont Pumps from Eastridge Capital for $575 million. Belmont also sells parts through a distribution agreement with Carlow Supply Inc. (NYSE: CRSP). The transaction is expected to close in the first quarter of 2027.';
    expect(events(tie, '2026-11-20', 'Harwell to buy Belmont Pumps')).toEqual([
      'HWT deal_closing null Q1 2027',
    ]);
    const reported =
      'Harwell Tools Inc. (NYSE: HWT) agreed to buy Belmont Pumps for $575 million.\n\nIn other news, Pelham Fitness (NASDAQ: PLHM) is exploring a sale of its rowing unit, which it bought in 2021. The transaction is expected to close in the first half of 2027.';
    expect(events(reported, '2026-11-20', 'Harwell to buy Belmont Pumps')).toEqual([
      'HWT deal_closing null H1 2027',
    ]);
  });
  it('reads "expects to wrap up / finalize the purchase" with a quarter and no date', () => {
    const text =
      'Brantham Health (NYSE: BRHM) agreed to buy clinic operator Lyle Care for $900 million. The hospital chain expects to finalize the purchase in the third quarter.';
    expect(events(text, '2026-04-02', 'Brantham Health buys Lyle Care')).toEqual([
      'BRHM deal_closing null Q3 2026',
    ]);
  });
  it('gives a closing stated in a trailing clause to the subject of the sentence', () => {
    const text =
      'Corvane Materials (NYSE: CRVN) agreed to buy three plants from Eastlake Chemical (NYSE: EMN) for $140 million, a transaction it expects to close in the fourth quarter.';
    expect(events(text, '2026-05-04', 'Corvane buys plants')).toEqual(['CRVN deal_closing null Q4 2026']);
    const which =
      'Redfern Labs (NASDAQ: RDFN) said it would go ahead with its $300 million purchase of Tallow Diagnostics, which is expected to close in the second half.';
    expect(events(which, '2026-05-04', 'Redfern Labs')).toEqual(['RDFN deal_closing null H2 2026']);
  });
  it('gives a closing to the buyer when the target is only named in passing', () => {
    const text =
      'Ostrander Inc. (NASDAQ: OSTR) will acquire Pellucid Optics (NYSE: PLCD) for $22 a share in cash. The transaction requires approval by Pellucid shareholders and is expected to close in the first quarter of 2027.';
    expect(events(text, '2026-09-01', 'Ostrander to buy Pellucid')).toEqual([
      'OSTR deal_closing null Q1 2027',
    ]);
  });
});

describe('events: what is not a scheduled event', () => {
  it('drops an investor day told in the past tense on the day of publication', () => {
    expect(
      events(
        'Brightmoor Software (NASDAQ: BRMS) outlined new targets at its investor day on Tuesday.',
        '2026-03-10',
      ),
    ).toEqual([]);
    expect(
      events('Brightmoor Software (NASDAQ: BRMS) will hold an investor day on Tuesday.', '2026-03-06'),
    ).toEqual(['BRMS other 2026-03-10']);
  });
  it('drops a report whose date the company has not set', () => {
    expect(
      events(
        'MONDAY\nLanyard Motors (NYSE: LNYD) will report results this month; it has not set a date.',
        '2026-03-06',
        'Earnings ahead',
      ),
    ).toEqual([]);
  });
  it('keeps a capital markets day beside the results date in the same sentence', () => {
    expect(
      events(
        'Farrow Group (NYSE: FRRW) reports full-year results on 24 March and will hold a capital markets day on 9 June.',
        '2026-03-02',
      ).sort(),
    ).toEqual(['FRRW earnings 2026-03-24', 'FRRW other 2026-06-09']);
  });
  it('does not give two companies one report when the sentence names them in different clauses', () => {
    const got = events(
      'Ardent Mills (NYSE: ARDM) closed its plant sale last week, while Brace Chemical (NYSE: BRCE) reports on March 19.',
      '2026-03-10',
    );
    expect(got).toEqual(['BRCE earnings 2026-03-19']);
  });
});

describe('a call told beside a report date', () => {
  it('reads a call to walk through a deal as "other", the report in the next clause as earnings', () => {
    expect(
      events(
        'Halvard Group (NYSE: HLVG) will hold a call for investors at 8 a.m. ET on Wednesday to walk through the deal, and it reports first-quarter results on April 28.',
        '2026-03-09',
      ),
    ).toEqual(['HLVG earnings 2026-04-28 Q1 2026', 'HLVG other 2026-03-11']);
  });

  it('reads a call held today, apart from a later report date, as "other"', () => {
    expect(
      events(
        'Halvard Group (NYSE: HLVG) will hold a call for investors at 5 p.m. today and is scheduled to report third-quarter results on Oct. 26.',
        '2026-03-09',
      ),
    ).toContainEqual('HLVG other 2026-03-09');
  });

  it('keeps a call that morning, after the report, as the results call', () => {
    expect(
      events(
        'Halvard Group (NYSE: HLVG) will report first-quarter results before the market opens on April 28, and will host a conference call that morning at 8:30 a.m. ET.',
        '2026-03-09',
      ),
    ).toContainEqual('HLVG earnings_call 2026-04-28 Q1 2026');
  });
});

describe('event dates told as a date set for the results, a meeting or an offer that expires', () => {
  it('reads "has set Feb. 12 as the date for its full-year results" and "Q4 earnings date Feb. 19"', () => {
    expect(
      events(
        'Halvard Group (NYSE: HLVG) has set Feb. 12 as the date for its full-year results.\n\nOrrin Tools (NYSE: ORT): Q4 earnings date Feb. 19 (confirmed).',
        '2026-11-20',
      ),
    ).toEqual(['HLVG earnings 2027-02-12', 'ORT earnings 2027-02-19 Q4 2026']);
  });
  it('reads holders who "meet on January 9 to approve" a takeover as a vote', () => {
    expect(
      events(
        'Orrin Tools (NYSE: ORT) agreed to be bought. Orrin Tools shareholders meet on January 9 to approve the takeover.',
        '2026-11-20',
      ),
    ).toEqual(['ORT shareholder_vote 2027-01-09']);
  });
  it('reads a tender offer that "expires" on a day to come, not one that expired', () => {
    const told = (verb: string) =>
      events(
        `Halvard Group (NYSE: HLVG) launched a tender offer for Orrin Tools (NYSE: ORT). The tender offer for Orrin Tools ${verb} at midnight on Dec. 22.`,
        '2026-11-20',
      );
    expect(told('expires')).toEqual(['ORT other 2026-12-22']);
    expect(told('was extended and expired')).toEqual([]);
  });
});

describe('the day a deal was announced is not its closing day', () => {
  it('reads "announced late on Friday (27 November), is expected to close in Q2" as a closing in the quarter', () => {
    expect(
      events(
        'Halvard Group (NYSE: HLVG) agreed to buy Brackwede Sitztechnik. The acquisition, announced late on Friday (27 November), is expected to close in the second quarter of 2027.',
        '2026-11-30',
      ),
    ).toEqual(['HLVG deal_closing null Q2 2027']);
  });
});

describe('results told as a board meeting, and a strategy presented to investors (session 16)', () => {
  it('reads a board scheduled to meet to consider its financial statements as a results date', () => {
    expect(
      events(
        "Halvard Group (NYSE: HLVG) shares rose 2%. Halvard's board is scheduled to meet on January 28 to consider its financial statements for the October-December quarter.",
        '2026-12-05',
      ),
    ).toEqual(['HLVG earnings 2027-01-28']);
  });

  it('reads a strategy presented to investors on a day as a company event', () => {
    expect(
      events(
        'Halvard Group (NYSE: HLVG) will present its updated strategy to investors in London on 20 January.',
        '2026-12-05',
      ),
    ).toEqual(['HLVG other 2027-01-20']);
  });

  it('leaves a board meeting about a dividend alone', () => {
    expect(
      events(
        'Halvard Group (NYSE: HLVG) said its board will meet on January 28 to consider a special dividend.',
        '2026-12-05',
      ),
    ).toEqual([]);
  });
});

describe('report dates told as figures, and estimates that belong to another report (session 18)', () => {
  it('reads "publishes full-year figures on 26 February" as next year\'s report', () => {
    expect(
      events('Halvard Group (NYSE: HLVG) publishes full-year figures on 26 February.', '2026-11-20'),
    ).toEqual(['HLVG earnings 2027-02-26']);
  });

  it('reads "EPS of 85 cents" as the estimate, and keeps it with its own report only', () => {
    const facts = extract(
      'Halvard Group (NYSE: HLVG) publishes full-year figures on 26 February.\n\nBrimley Corp. (NYSE: BRML) is set to post quarterly numbers on Dec. 3, with analysts looking for EPS of 85 cents.',
      '2026-11-20',
    ).extraction.events.map((e) => `${e.ticker} ${e.date} ${e.consensusEps}`);
    expect(facts).toEqual(['HLVG 2027-02-26 null', 'BRML 2026-12-03 0.85']);
  });
});

describe('a shareholder vote told by its quarter alone', () => {
  it('keeps a vote "expected in the fourth quarter" with its period and no day', () => {
    expect(
      events(
        'Harlan Avionics Inc. (NYSE: HRLA) agreed to buy Sable Systems Inc. (NASDAQ: SBSY). The deal needs approval from Sable shareholders, who will vote at a special meeting expected in the fourth quarter.',
        '2026-09-14',
      ),
    ).toEqual(['SBSY shareholder_vote null Q4 2026']);
  });

  it('gives an unnamed vote to the company being bought in the deal just told', () => {
    expect(
      events(
        'Harlan Avionics Inc. (NYSE: HRLA) agreed to buy Sable Systems Inc. (NASDAQ: SBSY) for $2 billion. A shareholder vote is expected in the first quarter of 2027.',
        '2026-11-20',
      ),
    ).toEqual(['SBSY shareholder_vote null Q1 2027']);
  });

  it('still reads no vote from a meeting with neither a day nor a period', () => {
    expect(
      events(
        'Harlan Avionics Inc. (NYSE: HRLA) agreed to buy Sable Systems Inc. (NASDAQ: SBSY). Sable shareholders will vote on the deal at a special meeting.',
        '2026-11-20',
      ),
    ).toEqual([]);
  });
});

describe('a closing whose timing a relative clause states', () => {
  it('reads "once the deal closes, which the companies expect in the first quarter"', () => {
    expect(
      events(
        "Harlan Avionics Inc. (NYSE: HRLA) agreed to buy Quorra Labs, a private firm, for $300 million. Its 200 employees will join Harlan's flight-software unit once the deal closes, which the companies expect in the first quarter of 2027.",
        '2026-11-20',
      ),
    ).toEqual(['HRLA deal_closing null Q1 2027']);
  });

  it('gives the closing to the company named as expecting it, not the licensor', () => {
    expect(
      events(
        'Harlan Bio Inc. (NASDAQ: HRLB) licensed a drug from Tellan Pharma Ltd (HKEX: 2299). The licence takes effect once antitrust review is done, which Harlan Bio expects in the first quarter of 2027.',
        '2026-11-20',
      ),
    ).toEqual(['HRLB deal_closing null Q1 2027']);
  });

  it('reads no closing from a clause that is not about a deal finishing', () => {
    expect(
      events(
        'Harlan Avionics Inc. (NYSE: HRLA) agreed to buy Quorra Labs. The new factory opens in March, which Harlan expects to lift output by a fifth.',
        '2026-11-20',
      ),
    ).toEqual([]);
  });
});

describe('a report date that moves', () => {
  it('is the new date the report was moved to', () => {
    expect(
      events('Quill Optics (NASDAQ: QLOP) moved its earnings date to Jan. 30 from Feb. 6.', '2026-11-20'),
    ).toEqual(['QLOP earnings 2027-01-30']);
  });
});

describe('a report told by the weekday ahead', () => {
  it('reads "reports next Tuesday" with the consensus given after it', () => {
    expect(
      events(
        'Harlow Metals (NYSE: HLMT) reports next Tuesday, with analysts looking for EPS of $0.85.',
        '2026-11-20',
      ),
    ).toEqual(['HLMT earnings 2026-11-24']);
  });
});

describe('session 23: a call at a time of day, and an event named "of" its company', () => {
  it('reads a call "at 8:30 a.m. ET … to discuss results" as the results call (the time is no clause break)', () => {
    expect(
      events(
        'Ossory Foods (NYSE: OSSF) will host a conference call at 8:30 a.m. ET on March 24 to discuss its results.',
      ),
    ).toEqual(['OSSF earnings_call 2026-03-24']);
  });

  it('reads "the annual general meeting of X will be held on…" as X\'s', () => {
    expect(
      events('The annual general meeting of Ossory Foods (NYSE: OSSF) will be held on 12 May 2026.'),
    ).toEqual(['OSSF other 2026-05-12']);
  });
});
