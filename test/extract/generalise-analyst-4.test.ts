/**
 * Analyst calls and scheduled events as news writes them, each checked on sentences of our own (session
 * 12, from probes of real-news phrasing): a rated company whose name is also a word, a passive call on
 * "the stock" told before, a target named before its verb, "retained", "kicked off coverage", the UK
 * brokers' "add", and a report or vote told as still to come on a day months before the publish date.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);
const events = (text: string) =>
  extract(`Calendar\n\n${text}`, '2026-11-20').extraction.events.map(
    (e) => `${e.ticker ?? e.company} ${e.type} ${e.date ?? 'null'}`,
  );

describe('analyst calls', () => {
  it('rates a company whose name is also a word', () => {
    expect(rows('Deutsche Bank raised Ford to buy from hold.')).toEqual([
      ['Deutsche Bank', 'F', 'upgrade', 'Buy', 'Hold', null, null],
    ]);
    expect(rows('Stifel upgraded Zoom to Buy on Monday.')).toEqual([
      ['Stifel', 'ZM', 'upgrade', 'Buy', null, null, null],
    ]);
  });

  it('reads no rating into a word that is no company', () => {
    expect(rows('The council raised Ford Street to the top of its list.')).toEqual([]);
  });

  it('gives a passive call on "the stock" to the company told before', () => {
    expect(rows('Nvidia reports on Wednesday. The stock was upgraded to Buy at HSBC on Monday.')).toEqual([
      ['HSBC', 'NVDA', 'upgrade', 'Buy', null, null, null],
    ]);
  });

  it('reads a target named before its verb', () => {
    expect(rows("Nvidia's price target was raised to $400 by Wedbush.")).toEqual([
      ['Wedbush', 'NVDA', 'target_raise', null, null, 400, null],
    ]);
  });

  it('reads "retained", "kicked off coverage" and "add"', () => {
    expect(rows('Jefferies retained its buy rating on Infosys with a $25 price target.')).toEqual([
      ['Jefferies', 'INFY', 'reiterate', 'Buy', null, 25, null],
    ]);
    expect(rows('Guggenheim kicked off coverage of Uber with a buy rating and a $100 target.')).toEqual([
      ['Guggenheim', 'UBER', 'initiate', 'Buy', null, 100, null],
    ]);
    expect(rows('Peel Hunt upgraded Tesco to add from hold.')).toEqual([
      ['Peel Hunt', 'TSCDY', 'upgrade', 'Add', 'Hold', null, null],
    ]);
  });
});

describe('events still to come', () => {
  it('puts a day months behind the publish date in the next year when told as still to come', () => {
    expect(events('Shareholders of Hess will vote on the merger on May 28.')).toEqual([
      'HES shareholder_vote 2027-05-28',
    ]);
  });

  it('keeps a day this year when told in the past', () => {
    expect(events('Hess shareholders voted on the merger on May 28.')).toEqual([]);
  });

  it('reads "the earnings report is expected on"', () => {
    expect(events("Adobe's next earnings report is expected on Dec. 10.")).toEqual([
      'ADBE earnings 2026-12-10',
    ]);
  });
});

describe('calls told from the company’s side', () => {
  it('reads "was cut to sell at" as a downgrade', () => {
    expect(rows('Intel was cut to sell at Goldman Sachs on Monday.')).toEqual([
      ['Goldman Sachs', 'INTC', 'downgrade', 'Sell', null, null, null],
    ]);
  });

  it('joins a target cut told in the firm’s relative clause', () => {
    expect(
      rows(
        'Nike was downgraded to hold from buy by Jefferies, which also cut its price target to $65 from $80.',
      ),
    ).toEqual([['Jefferies', 'NKE', 'downgrade', 'Hold', 'Buy', 65, 80]]);
  });
});

describe('more event phrasings', () => {
  it('reads "will unveil third-quarter figures" as a report and "the closing of the transaction is anticipated" as a closing', () => {
    expect(events('Nvidia will unveil third-quarter figures on Dec. 2.')).toEqual([
      'NVDA earnings 2026-12-02',
    ]);
    expect(
      extract(
        'Calendar\n\nNvidia agreed to buy Run AI for $700 million. The closing of the transaction is anticipated in the second half of 2027.',
        '2026-11-20',
      ).extraction.events.map((e) => `${e.ticker} ${e.type} ${e.period}`),
    ).toEqual(['NVDA deal_closing H2 2027']);
  });
});
