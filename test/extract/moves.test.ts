import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const moves = (text: string, title = '') =>
  extract(text, '2026-03-10', title).extraction.stockMoves.map((m) => ({
    t: m.ticker,
    pct: m.changePct,
    w: m.window,
    price: m.price,
  }));

describe('stock moves', () => {
  it("gives a movers list's item of a company it does not know to no other company", () => {
    const text = [
      'Halvard Group (NYSE: HLVG) — Shares soared 41% after a takeover offer.',
      'Quillan Outfitters — Shares jumped 10.4% after results beat estimates.',
      'Quillan Outfitters climbed 9% in premarket trading.',
    ].join('\n\n');
    expect(moves(text).map((m) => [m.t, m.pct])).toEqual([['HLVG', 41]]);
  });
  it('reads "rose as much as" and a move told by a time of day as intraday', () => {
    expect(
      moves(
        'Shares in Carrow Data (LSE: CRWD) rose as much as 13.1% and were up 11.8% by 0912 GMT. Halvard Group (NYSE: HLVG) fell 2% by 10:30 a.m. ET.',
      ).map((m) => [m.t, m.pct, m.w]),
    ).toEqual([
      ['CRWD', 13.1, 'intraday'],
      ['CRWD', 11.8, 'intraday'],
      ['HLVG', -2, 'intraday'],
    ]);
  });
  it('keeps a price only in dollars: a card shows it as dollars, and a move carries no currency', () => {
    const priced = (t: string) =>
      extract(`Markets.\n\n${t}`).extraction.stockMoves.map((m) => [m.ticker, m.changePct, m.price]);
    expect(
      priced('Panasonic Holdings (TSE: 6752) shares rose 3.4% to 1,842 yen in Tokyo on Wednesday.'),
    ).toEqual([['6752', 3.4, null]]);
    expect(priced('Lorvex Energy (NYSE: LRVX) shares rose 3.4% to $21.34 on Wednesday.')).toEqual([
      ['LRVX', 3.4, 21.34],
    ]);
  });
  it('reads the company, signed change, window and price', () => {
    expect(moves('Shares of Kirrin Bio (NASDAQ: KRBO) fell 11.5% to $14.20 on Tuesday.')).toEqual([
      { t: 'KRBO', pct: -11.5, w: 'day', price: 14.2 },
    ]);
    expect(moves('Netflix stock is up 31% year to date.')).toEqual([
      { t: 'NFLX', pct: 31, w: 'ytd', price: null },
    ]);
    expect(moves('Uber slipped 2% in premarket trading.')[0]).toMatchObject({ pct: -2, w: 'premarket' });
    expect(moves('Roku gained 6% in after-hours trading.')[0]).toMatchObject({ pct: 6, w: 'afterhours' });
    expect(moves('Etsy shares have dropped 9% this week.')[0]).toMatchObject({ pct: -9, w: 'week' });
    expect(moves('Intel has more than doubled (+140%) since its March low.')[0]).toMatchObject({
      pct: 140,
      w: 'since_event',
    });
  });
  it('attributes "shares" and "the stock" to the story’s company', () => {
    const got = moves(
      'Pellow Corp. (NYSE: PLWC) won a large order. The stock jumped 8% on the news.',
      'Pellow wins order',
    );
    // A move "on the news" is the day's reaction to it, as the gold files record it.
    expect(got).toEqual([{ t: 'PLWC', pct: 8, w: 'day', price: null }]);
  });
  it('leaves out indexes, sectors, revenue growth, ranges and odds', () => {
    expect(moves('The S&P 500 rose 1.2% and the tech sector gained 2%.')).toEqual([]);
    expect(moves('Adobe said revenue grew 11% and margins rose 2%.')).toEqual([]);
    expect(moves('Peers such as Visa and Mastercard were up 5–8% this year.')).toEqual([]);
    expect(moves('Nike options imply a 40% chance of a drop.')).toEqual([]);
  });
  it('gives a move over a quarter no daily window', () => {
    expect(moves('Lorvex Energy (NYSE: LRVX) shares rose 35% in the third quarter.')).toEqual([
      { t: 'LRVX', pct: 35, w: 'other', price: null },
    ]);
  });
  it('leaves out an index move told as a comparison after the company’s own', () => {
    expect(
      moves(
        'Lorvex Energy (NYSE: LRVX) shares have fallen 18% since the deal, compared with a 6% gain in the S&P 500.',
      ),
    ).toEqual([{ t: 'LRVX', pct: -18, w: 'since_event', price: null }]);
    expect(
      moves(
        'Lorvex Energy (NYSE: LRVX) stock is up 40% this year, against a 12% gain for the KBW Bank Index.',
      ),
    ).toEqual([{ t: 'LRVX', pct: 40, w: 'ytd', price: null }]);
  });
  it('merges an approximate and a precise figure for the same move', () => {
    const got = moves('Qualcomm rose about 4% on Monday. Qualcomm closed up 4.3% at $171.10 on Monday.');
    expect(got).toEqual([{ t: 'QCOM', pct: 4.3, w: 'day', price: 171.1 }]);
  });
});

describe('a move told by a participle after a description', () => {
  it('reads "X was the top gainer, jumping 3.4 percent" and a day that was the biggest since July', () => {
    const got = extract(
      'Markets\n\nInfosys was the top Nifty gainer, jumping 3.4 percent, its biggest single-day rise since July. Asian Paints (NSE: ASIANPAINT) was the top loser, falling 3.1 percent.',
      '2026-11-27',
    ).extraction.stockMoves.map((m) => [m.ticker, m.changePct, m.window]);
    expect(got).toEqual([
      ['INFY', 3.4, 'day'],
      ['ASIANPAINT', -3.1, 'day'],
    ]);
  });
});

describe('moves in a valuation narrative', () => {
  it('gives "whose shares slipped" to the company named before it, each figure its own window, and no move to a gap to fair value', () => {
    const got = extract(
      'Zoetis\n\nZoetis shares fell 3.1% on Monday, leaving the stock down 4.6% over the past week and 14% lower over the past year. That puts it up against IDEXX Laboratories, the market leader, whose shares slipped 1.2% on Monday. Our model suggests Zoetis is trading about 23% below our estimate of its fair value.',
      '2026-11-24',
    ).extraction.stockMoves.map((m) => [m.ticker, m.changePct, m.window]);
    expect(got).toEqual([
      ['ZTS', -3.1, 'day'],
      ['ZTS', -4.6, 'week'],
      ['ZTS', -14, 'year'],
      ['IDXX', -1.2, 'day'],
    ]);
  });
});

describe('figures on a generated holdings page that are no moves', () => {
  it('skips a quote box, a fund lifting its holdings by 3.4% and a 12.79% decrease in an insider’s ownership', () => {
    const got = extract(
      'Fund buys Rollins stake\n\nRollins, Inc. (NYSE:ROL) $59.31 +0.36 (+0.61%) As of 11/27/2026 08:30 AM Eastern\n\nOsterfield Wealth Partners Inc. lifted its holdings in shares of Rollins by 3.4% during the second quarter. A director sold 15,000 shares. This represents a 12.79% decrease in their ownership of the stock. Vertiv Holdings (NYSE: VRT) climbed 5.6% on the day.',
      '2026-11-27',
    ).extraction.stockMoves.map((m) => [m.ticker, m.changePct]);
    expect(got).toEqual([['VRT', 5.6]]);
  });
});

describe('windows told by a peak or by the current year', () => {
  it('reads "down 18% from their November peak" since the peak, and "gained 60% in 2026" told in 2026 as this year', () => {
    const got = extract(
      "Markets\n\nPalantir's shares are down 18% from their November peak. Shares of Intel, which have gained 60% in 2026, slipped 1.1%.",
      '2026-11-24',
    ).extraction.stockMoves.map((m) => [m.ticker, m.changePct, m.window]);
    expect(got).toEqual([
      ['PLTR', -18, 'since_event'],
      ['INTC', 60, 'ytd'],
      ['INTC', -1.1, 'day'],
    ]);
  });
});

describe('windows told outside the move’s own phrase', () => {
  it('reads the window from the sentence’s opening phrase and from the clause a participle hangs from', () => {
    expect(
      moves(
        'In after-hours trading, Halvard Group (NYSE: HLVG) jumped 8%. Halvard shares have more than doubled over the past 12 months, rising 140%.',
      ).map((m) => [m.t, m.pct, m.w]),
    ).toEqual([
      ['HLVG', 8, 'afterhours'],
      ['HLVG', 140, 'year'],
    ]);
  });

  it('keeps the move of "the top gainer in the S&P 500" as the stock’s', () => {
    expect(
      moves('Halvard Group (NYSE: HLVG) was the top gainer in the S&P 500, climbing 11%.').map((m) => [
        m.t,
        m.pct,
      ]),
    ).toEqual([['HLVG', 11]]);
  });
});

describe('figures that sit near index words or chart levels', () => {
  it('keeps a move whose subject’s relative clause mentions a sector', () => {
    expect(
      moves(
        'Shares of Halvard Group (NYSE: HLVG), which some investors see as another possible target in the sector, rose 2.4% in afternoon trading.',
      ).map((m) => [m.t, m.pct, m.w]),
    ).toEqual([['HLVG', 2.4, 'intraday']]);
  });

  it('reads "3% below that entry" as a distance from a buy point, not a move', () => {
    expect(
      moves('Halvard Group (NYSE: HLVG) stock is about 3% below that entry after Tuesday’s gain.'),
    ).toEqual([]);
  });
});

describe('figures joined to a move, and more window words', () => {
  it('gives "and 24% over the past 12 months" the direction of the move before it', () => {
    expect(
      moves('Halvard Group (NYSE: HLVG) stock is up 18.2% year to date and 24% over the past 12 months.').map(
        (m) => [m.pct, m.w],
      ),
    ).toEqual([
      [18.2, 'ytd'],
      [24, 'year'],
    ]);
  });

  it('reads "over the three years before the deal" as a span of its own', () => {
    expect(
      moves('Halvard Group (NYSE: HLVG) stock fell 24% over the three years before the deal.').map(
        (m) => m.w,
      ),
    ).toEqual(['other']);
  });

  it('reads "mid-day trading" as intraday and "five trading sessions" as a week', () => {
    expect(
      moves(
        'Halvard Group (NYSE: HLVG) shares rose 0.6% to $59.31 in mid-day trading on Friday. Over the past five trading sessions, Halvard has gained 12%.',
      ).map((m) => [m.pct, m.w]),
    ).toEqual([
      [0.6, 'intraday'],
      [12, 'week'],
    ]);
  });
});

describe('stock moves told the way city pages and "by the numbers" lists tell them', () => {
  it('reads a loss this year carried by "taking their loss … to"', () => {
    expect(
      moves(
        'Halvard Group (NYSE: HLVG) shares fell 4.3% on Thursday, taking their loss this year to 9%.',
      ).map((m) => [m.t, m.pct, m.w]),
    ).toEqual([
      ['HLVG', -4.3, 'day'],
      ['HLVG', -9, 'ytd'],
    ]);
  });

  it('reads "rolled 6.2 per cent higher" and "inched 0.5% lower"', () => {
    expect(
      moves(
        'Carrow Data (LSE: CRWD) rolled 6.2 per cent higher to 241.6p. Halvard Group (NYSE: HLVG) inched 0.5% lower.',
      ).map((m) => [m.t, m.pct]),
    ).toEqual([
      ['CRWD', 6.2],
      ['HLVG', -0.5],
    ]);
  });

  it('reads a figure told first with its meaning after a colon', () => {
    const text = [
      'Halvard Group (NYSE: HLVG) agreed to buy Quillan Outfitters.',
      '1.4%: how much Halvard’s shares rose on Monday',
      '6%: the stock’s gain so far this year',
      '3.2%: how much shares of rival Carrow Data (LSE: CRWD) fell on the news',
      '40%: the share of revenue that comes from outdoor gear',
    ].join('\n\n');
    expect(moves(text).map((m) => [m.t, m.pct, m.w])).toEqual([
      ['HLVG', 1.4, 'day'],
      ['HLVG', 6, 'ytd'],
      ['CRWD', -3.2, 'day'],
    ]);
  });

  it('reads nothing from a strip of market levels', () => {
    expect(
      moves(
        'USD/ZAR 17.42 | GBP/ZAR 23.09 | JSE All Share 98,410 +0.3% | Top 40 89,902 +0.4% | Brent $71.60\n\nHalvard Group (NYSE: HLVG) said little.',
      ),
    ).toEqual([]);
  });
  it('pairs a list of companies with its figures told "respectively"', () => {
    expect(
      moves(
        'Shares of Halvard Group (NYSE: HLVG), Quillan Foods (NYSE: QLF) and Orrin Tools (NYSE: ORT) fell 2%, 3.5% and 4.1%, respectively.',
      ).map((m) => [m.t, m.pct]),
    ).toEqual([
      ['HLVG', -2],
      ['QLF', -3.5],
      ['ORT', -4.1],
    ]);
  });
  it('reads a figure told "year-on-year" as a metric, not a move', () => {
    expect(
      moves(
        'Halvard Group (NYSE: HLVG) said its revenue in the year to June was $214 million, up 27 percent year-on-year, and its shares rose 2.4%.',
      ).map((m) => [m.t, m.pct]),
    ).toEqual([['HLVG', 2.4]]);
  });
  it('reads a share of an enlarged company a seller ends up with as no move', () => {
    expect(
      moves(
        'Halvard Group (NYSE: HLVG) rose 1.5%. A third of the price is paid in Halvard shares, so the family will end up with roughly 2% of the enlarged company.',
      ).map((m) => [m.t, m.pct]),
    ).toEqual([['HLVG', 1.5]]);
  });
  it('passes over a relative clause naming another company to the one that moved', () => {
    expect(
      moves(
        'Halvard Group (NYSE: HLVG) rose 5.6%. Quillan Holdings (NYSE: QLH), which owns about 52.7% of Halvard, climbed 3.9%, while Orrin Tools (NYSE: ORT) slipped 0.8%.',
      ).map((m) => [m.t, m.pct]),
    ).toEqual([
      ['HLVG', 5.6],
      ['QLH', 3.9],
      ['ORT', -0.8],
    ]);
  });
  it('reads "gave up", "shed" and "was off" as falls', () => {
    expect(
      moves(
        'Halvard Group (NYSE: HLVG) gave up 2.2%. Quillan Foods (NYSE: QLF) added 3.3% in early trade, while rival Orrin Tools (NYSE: ORT) shed 1.9%. Vellum Corp (NYSE: VLM) was off 0.8% at $101.',
      ).map((m) => [m.t, m.pct]),
    ).toEqual([
      ['HLVG', -2.2],
      ['QLF', 3.3],
      ['ORT', -1.9],
      ['VLM', -0.8],
    ]);
  });
  it("does not read an offer's premium over a close as a move, but keeps a close above the last one", () => {
    expect(
      moves(
        "Halvard Group (NYSE: HLVG) will pay $31.50 a share in cash, 41% above Orrin Tools' closing price on Monday. Shares of Quillan Foods (NYSE: QLF) closed 5% above the previous close.",
      ).map((m) => [m.t, m.pct]),
    ).toEqual([['QLF', 5]]);
  });
  it('reads a quiet ticker that opens the name of a company told before ("CNH Industrial … CNH fell 1.4%")', () => {
    expect(
      moves(
        'Rowcrest also held talks with CNH Industrial, the maker of Case IH tractors. CNH declined to comment. CNH fell 1.4% on the same day.',
      ).map((m) => [m.t, m.pct]),
    ).toEqual([['CNH', -1.4]]);
  });
});
