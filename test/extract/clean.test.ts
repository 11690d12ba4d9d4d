import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/extract/clean.js';
import { builtinDirectory } from '../../src/extract/index.js';

const clean = (text: string, title = '') => cleanArticle(text, title, builtinDirectory());

describe('cleaning', () => {
  it('reads the impact score, splits a glued ticker tag line and takes the first heading as title', () => {
    const c = clean(
      'Back to News\nMarket Impact: 0.52\n\nOracle Lands Cloud Deal With Nvidia\n\nORCLNVDA\nCloud ComputingSemiconductorsDeals\nOracle said on Monday it signed a deal.',
    );
    expect(c.impactScore).toBe(0.52);
    expect(c.tickers).toEqual(['ORCL', 'NVDA']);
    expect(c.title).toBe('Oracle Lands Cloud Deal With Nvidia');
    expect(c.text).not.toMatch(/Back to News|ORCLNVDA|Cloud Computing/);
    expect(c.text).toContain('Oracle said on Monday');
  });
  it('reads a spaced tag line and refuses words in capitals', () => {
    expect(clean('TSLA GM\nTesla and GM talked.').tickers).toEqual(['TSLA', 'GM']);
    expect(clean('ANALYSIS\nTesla and GM talked.').tickers).toEqual([]);
  });
  it("drops a contributor's byline and blurb and an editors' pick label", () => {
    expect(
      clean(
        "Editors' Pick\nGraham Pellerin, Contributor\nI write about industrial automation.\nRockwell agreed to buy Meridel.",
      ).text.trim(),
    ).toBe('Rockwell agreed to buy Meridel.');
  });
  it('drops a menu row, a row of quotes, a breadcrumb and a line of timestamps above the story', () => {
    const c = clean(
      [
        'Marketsquare.com | Market Activity | Stocks | Articles | Newsletters | Sign In',
        'Quotes   CLX $148.20  +2.79 (+1.92%)  Pre-Market  |  HRL $31.14  |  CHD $91.06',
        'Articles > Stocks',
        'Clorox To Acquire Greenwell Botanics For $480 Mln',
        'Nov 25, 2026, 09:12am EST Updated Nov 25, 2026, 11:40am EST',
        'Clorox said Thursday it agreed to buy Greenwell Botanics for $480 million.',
        'Firm | Action | Rating | Target',
      ].join('\n'),
    );
    expect(c.text.split('\n').filter(Boolean)).toEqual([
      'Clorox To Acquire Greenwell Botanics For $480 Mln',
      'Clorox said Thursday it agreed to buy Greenwell Botanics for $480 million.',
      'Firm | Action | Rating | Target',
    ]);
  });
  it('drops a row of share buttons written with plain spaces', () => {
    expect(
      clean('Share Facebook X LinkedIn Email Print\nMeta Platforms agreed to buy Corvell.').text.trim(),
    ).toBe('Meta Platforms agreed to buy Corvell.');
  });
  it('drops citation markers, price widgets and TK placeholders', () => {
    const c = clean('Nike (NKE 2.40%) beat estimates [4] [5], TK said analysts.');
    expect(c.text).toBe('Nike beat estimates, said analysts.');
  });
  it('drops previous/next story blocks and a late sidebar of headlines', () => {
    const body =
      'Adobe agreed to buy a design startup for $600 million. The deal closes next quarter. '.repeat(5);
    const c = clean(
      `${body}\n\nChipmaker Rallies on Merger Talk\nPrevious Story\n\nNext Story\nBank Posts Record Profit\n\nStock Market Today\n\n  • Ford up 4% as Tesla falls 2%\n    October 3, 2025. Ford Motor rose 4%.`,
    );
    expect(c.text).toContain('Adobe agreed');
    expect(c.text).not.toMatch(/Chipmaker Rallies|Bank Posts|Ford|Stock Market Today/);
  });
  it('drops reference lists, source lines, author bios and course promos', () => {
    const body =
      'Intel said it would cut costs further this year, adding that margins would recover. '.repeat(4);
    const c = clean(
      `${body}\nSources: company filings [3]; press [4]\n\nReferences\n\n1. example.com, 2. www.news.example, 3. ir.example.org\n\nA veteran reporter writing for Example Daily who covers chips and policy.\nTry 100 free lessons today and get job-ready with our course roadmap.`,
    );
    expect(c.text.trim()).toBe(body.trim());
  });
  it('drops a headline list under a marker drawn with rules or naming the site', () => {
    const body = 'Halvern Foods agreed to buy Trestle Bakeries for $90 million, the company said on Monday. '
      .repeat(3)
      .trim();
    for (const marker of [
      '-- MORE NEWS --',
      '== Related stories ==',
      'TRENDING ON THE DAILY LEDGER',
      '**Read This Next:**',
      'More Related Articles',
      'Suggested Topics:',
    ])
      expect(
        clean(
          `${body}\n\n${marker}\n11:32  Orvale Energy shares jump 5.2 percent\n- Pellam slips 2.2% as chips cool`,
        ).text.trim(),
      ).toBe(body);
  });
  it("drops a page's copyright footer, which names its publisher and no story company", () => {
    const body = 'Halvern Foods agreed to buy Trestle Bakeries for $90 million, the company said on Monday.';
    for (const footer of [
      '(c) 2026 Wexmoor Data Ltd. All rights reserved.',
      '© Wexmoor Media Group 2026',
      'Copyright 2026 Wexmoor Data GmbH. Reproduction requires a licence.',
      'Wexmoor Media Group LLC. All rights reserved. Not investment advice.',
    ])
      expect(clean(`${body}\n\n${footer}`).text.trim()).toBe(body);
    // A sentence of the story that mentions copyright stays.
    const story = 'Copyright claims against Trestle Bakeries were settled last year, the company said.';
    expect(clean(`${body}\n\n${story}`).text).toContain(story);
  });
  it('strips Markdown marks and bullets but keeps the words', () => {
    const c = clean('# Big News\n\n**BERLIN** — Text here.\n- • first point\n> quoted line');
    expect(c.text.split('\n')).toEqual(['Big News', '', 'BERLIN — Text here.', 'first point', 'quoted line']);
  });
});

describe('a quote box above the story', () => {
  it('drops "Name (NYSE:ROL) $59.31 +0.36 (+0.61%) As of …" and keeps a line that tells a move with its box', () => {
    const c = clean(
      'Fund buys Rollins stake\n\nRollins, Inc. (NYSE:ROL) $59.31 +0.36 (+0.61%) As of 11/27/2026 08:30 AM Eastern Add to Watchlist\n\nRollins shares closed at $59.31 +0.36 (+0.61%) on Friday after the deal.',
    );
    expect(c.text).not.toMatch(/Add to Watchlist/);
    expect(c.text).toMatch(/closed at \$59\.31/);
  });
});

describe('a dateline bar and a byline under a plain-text headline', () => {
  it('drops "Outlet | Section | date, time | Updated time" and "By Name, Outlet Reporter" but keeps the headline', () => {
    const c = clean(
      'Halvard Buys Truck-Stop Chain Orrin for US$1.6 Billion, Will Sell 45 Sites to Ease Review\nKing Street Daily | Business | Dec. 3, 2026, 10:52 a.m. ET | Updated 11:37 a.m. ET\n\nBy Ada Moss, King Street Daily Reporter\n\nHalvard is going back to buying gas stations one chain at a time.',
    );
    expect(c.text).not.toMatch(/King Street Daily|Ada Moss/);
    expect(c.text).toMatch(/^Halvard Buys Truck-Stop Chain Orrin/);
    expect(c.text).toMatch(/one chain at a time/);
  });

  it('keeps a line with bars that tells a fact', () => {
    expect(clean('Acme Corp | Dec. 3, 2026 | Shares rose 4% on the news.').text).toMatch(/Shares rose 4%/);
  });
});

describe('a chat export', () => {
  it('drops the message headers ("kyle.m  7:56 AM") so a message is not glued to the one before', () => {
    const c = clean(
      'Desk chat export\n\npriya.s  7:55 AM\nwhat is Halvard doing premarket\nkyle.m  7:56 AM\ndown 4.2% premarket at $31.10\n\nPriya Shah 08:12\nsee the note',
    );
    expect(c.text).not.toMatch(/kyle\.m|priya\.s|Priya Shah 08:12/);
    expect(c.text).toMatch(/premarket\ndown 4\.2%/);
  });

  it('keeps a short line that tells a time inside a sentence', () => {
    expect(clean('Halvard Group said at 7:56 AM that talks had ended.').text).toMatch(/talks had ended/);
  });
});

describe('share links in brackets (session 16)', () => {
  it('drops "[Print] [Email] [Share on Facebook] … · Text size A A A"', () => {
    const c = clean(
      'Halvard buys Orrin\n\n[Print] [Email] [Share on Facebook] [Share on X] [Share on LinkedIn] · Text size A A A\n\nHalvard Group agreed to buy Orrin Tools.',
    );
    expect(c.text).not.toMatch(/Facebook|Text size/);
    expect(c.text).toMatch(/agreed to buy Orrin Tools/);
  });
});

describe('a labelled share row', () => {
  it('is chrome, and the networks it names are no companies of the story', () => {
    const text = clean(
      'Harlow buys Pellmark\n\nShare this article: Facebook Twitter LinkedIn\n\nHarlow Dynamics agreed to buy Pellmark Foods.',
    ).text;
    expect(text).not.toMatch(/Facebook/);
    expect(text).toMatch(/Harlow Dynamics agreed to buy Pellmark Foods/);
  });
});

describe('a sidebar set inside the story, past its middle', () => {
  const TITLE = 'Ossory Foods stock soars after Harlow Metals deal';
  const LEAD =
    'Ossory Foods shares soared 31% on Wednesday after the snack maker agreed to be acquired by Harlow Metals in a $2.2 billion deal that marks the metals group’s first move into consumer goods.';
  const BOX = 'Trending Now\n- Tessaly Foods to cut 500 jobs\n- Corlan Financial raises dividend';
  // Enough story before the box that it sits past the middle of the page.
  const BODY = `${LEAD}\n\nHarlow will pay $18.50 a share in cash and stock, and expects the purchase to add to its earnings within two years of closing, the company said in a statement on Wednesday morning.`;

  it('keeps the story that goes on after the box', () => {
    const c = clean(
      `${BODY}\n\n${BOX}\n\nAnalysts at Truist downgraded Ossory to hold from buy and raised their price target to $18.50 from $15.\n\nHarlow reports third-quarter earnings on Dec. 4.`,
      TITLE,
    );
    expect(c.text).toContain('Analysts at Truist downgraded Ossory');
    expect(c.text).toContain('Harlow reports third-quarter earnings');
    expect(c.text).not.toContain('Tessaly');
  });

  it('still ends the story at a box followed by prose about something else', () => {
    const c = clean(
      `${BODY}\n\n${BOX}\n\nBrightwater Health agreed to buy Corman Clinics for $1.3 billion, the companies said on Tuesday.`,
      TITLE,
    );
    expect(c.text).not.toContain('Brightwater');
  });

  it('still ends the story at readers’ comments that name its companies', () => {
    const c = clean(
      `${BODY}\n\n${BOX}\n\nComments (2)\n\nValueHound\nToday, 8:33 AM\nHarlow overpaid for Ossory and Tessaly Foods would never pay this much for a snack brand.`,
      TITLE,
    );
    expect(c.text).not.toContain('ValueHound');
    expect(c.text).not.toContain('overpaid');
  });
});
