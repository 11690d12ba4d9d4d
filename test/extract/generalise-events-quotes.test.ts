/**
 * Session 6 rules for events and quotes, generalised from misses in the studied (odd) half of the
 * unseen set: capital markets days and investor meetings are events, a cancelled call is not; a role
 * between a company and a name ("said Orrin Chair Margaret Oduya") is not part of the name, and a
 * lower-case "founder" introduces a speaker. Our own sentences about invented companies.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const events = (text: string) =>
  extract(text, '2026-09-15', 'News').extraction.events.map(
    (e) => `${e.ticker ?? e.company} ${e.type} ${e.date ?? e.period}`,
  );
const quotes = (text: string) =>
  extract(text, '2026-09-15', 'News').extraction.quotes.map((q) => `${q.speaker} (${q.role ?? '-'})`);

describe('events', () => {
  it('reads a capital markets day and an investor meeting with their dates', () => {
    expect(
      events(
        'Fjordline Shipping A/S (Oslo: FJL) will host a capital markets day on 17 November 2026 in Oslo.',
      ),
    ).toEqual(['FJL other 2026-11-17']);
    expect(
      events(
        'Halvard Group (NYSE: HLVG) will walk investors through the plan at an investor meeting on Oct. 8.',
      ),
    ).toEqual(['HLVG other 2026-10-08']);
  });
  it('reads "set its Q3 earnings date for Oct. 29"', () => {
    expect(events('Halvard Group (NYSE: HLVG) set its Q3 earnings date for Oct. 29.')).toEqual([
      'HLVG earnings 2026-10-29',
    ]);
  });
  it("leaves out an event that was cancelled, but keeps another clause's event", () => {
    expect(
      events(
        'Dunmore Optics (NASDAQ: DNMO) has cancelled the third-quarter earnings call it had planned for Oct. 29.',
      ),
    ).toEqual([]);
    expect(
      events(
        'Dunmore Optics (NASDAQ: DNMO) cancelled its investor day; it will report third-quarter results on Oct. 20.',
      ),
    ).toEqual(['DNMO earnings 2026-10-20']);
  });
});

describe('quote speakers', () => {
  it('does not take the company and the role into the name', () => {
    expect(
      quotes('"This was not the right price," said Orrin Chair Margaret Oduya. "We can do better alone."'),
    ).toEqual(['Margaret Oduya (Chair)']);
    expect(quotes('"We see demand everywhere," said Halvard CEO Jonas Berg.')).toEqual(['Jonas Berg (CEO)']);
  });
  it('reads a founder named in lower case before a relative clause', () => {
    expect(
      quotes(
        'Sweetmoor founder Loretta Banks, who will stay on as an adviser, said the deal meant "our recipes get a bigger oven."',
      ),
    ).toEqual(['Loretta Banks (founder)']);
  });
});

describe('stock move windows', () => {
  it('a move "to close up 3.1%" after an intraday swing is the day\'s', () => {
    const moves = extract(
      'Markets today.\n\nHalvard Group (NYSE: HLVG) gained as much as 8% intraday before paring gains to close up 3.1%.',
      '2026-09-15',
      'News',
    ).extraction.stockMoves.map((m) => `${m.ticker} ${m.changePct} ${m.window}`);
    expect(moves).toEqual(['HLVG 8 intraday', 'HLVG 3.1 day']);
  });
});
