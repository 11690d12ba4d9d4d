/**
 * Session 24, from market and calendar sentences of our own: the window a move's own words give ("finished
 * the week", "as much as", a participle after an anchored name), and a shareholder meeting told by the deal
 * it approves or by the company that announced it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const facts = (text: string) => extract(`Markets\n\n${text}`, '2026-11-20').extraction;
const moves = (text: string) => facts(text).stockMoves.map((m) => `${m.ticker} ${m.changePct} ${m.window}`);
const events = (text: string) => facts(text).events.map((e) => `${e.ticker} ${e.type} ${e.date}`);

describe('the window of a move', () => {
  it('is the week when the stock "finished the week" higher', () => {
    expect(moves('Harlow Metals (NYSE: HLMT) finished the week 6.5% higher.')).toEqual(['HLMT 6.5 week']);
  });

  it('is still the day when the stock "finished" a session', () => {
    expect(moves('Harlow Metals (NYSE: HLMT) finished 2.5% higher on Tuesday.')).toEqual(['HLMT 2.5 day']);
  });

  it('is intraday for the peak "as much as" reached, and the day for the close after it', () => {
    expect(
      moves(
        'Harlow Metals (NYSE: HLMT) soared as much as 22% on Monday before paring gains to close up 15%.',
      ),
    ).toEqual(['HLMT 22 intraday', 'HLMT 15 day']);
  });

  it('is the year when a participle hangs from "over the past 12 months" after an anchored name', () => {
    expect(
      moves('Harlow Metals (NYSE: HLMT) has nearly doubled over the past 12 months, rising 96%.'),
    ).toEqual(['HLMT 96 year']);
  });
});

describe('a shareholder meeting', () => {
  it('belongs to the company whose takeover it approves', () => {
    expect(
      events(
        'The stockholder meeting to approve the takeover of Harlow Metals (NYSE: HLMT) is set for January 14.',
      ),
    ).toEqual(['HLMT shareholder_vote 2027-01-14']);
  });

  it('belongs to the company that announced it', () => {
    expect(
      events(
        "A shareholders' meeting to consider the scheme is scheduled for 15 January, Harlow Metals (ASX: HLM) said.",
      ),
    ).toEqual(['HLM shareholder_vote 2027-01-15']);
  });

  it('held already is no event', () => {
    expect(
      events('Harlow Metals (NYSE: HLMT) held a shareholder meeting to approve the merger on Nov. 2.'),
    ).toEqual([]);
  });
});

describe('a bid told as a percent below a rival', () => {
  it("is no move of the bidder's shares", () => {
    expect(
      moves(
        'Kessel Corp (NYSE: KSL) was the favourite. Kessel confirmed on Monday that it had pulled out after "failing to agree on valuation", and a person close to the sale said its final offer was about 10 per cent lower than the winning bid.',
      ),
    ).toEqual([]);
  });
});

describe('a ticker tape run together without separators', () => {
  it("is page chrome: only the story's own move is read", () => {
    expect(
      moves(
        'DJIA 48,211.40 +0.3% S&P 500 6,902.15 +0.2% HLMT 141.05 +3.9% MSFT 512.88 +0.6% 10-YR 4.12%\n\nHarlow Metals (NYSE: HLMT) shares rose 2.1% on Tuesday after its investor day.',
      ),
    ).toEqual(['HLMT 2.1 day']);
  });
});
