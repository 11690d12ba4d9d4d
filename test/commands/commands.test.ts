/**
 * Commands on a store filled by ingesting the example articles (and the fixture corpus) through the
 * real pipeline and extractor, asserting what a user sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/bot/core.js';
import type { BotCore } from '../../src/bot/types.js';
import type { Store } from '../../src/store/types.js';
import { FakeAdapter } from '../bot/fake-adapter.js';
import { EXAMPLES, FIXTURES, loadEngine, storeWith } from './ingest-helper.js';

const engine = await loadEngine();

// The week of the Palantir news, so "upcoming" events are upcoming.
const NOW = new Date('2025-10-24T12:00:00Z');

describe('commands on the example articles', () => {
  let store: Store;
  let core: BotCore;
  let chat: FakeAdapter;

  beforeAll(async () => {
    store = await storeWith([EXAMPLES], engine);
    core = createCore({ store, now: () => NOW });
    chat = new FakeAdapter(core);
  });
  afterAll(async () => store?.close());

  it('/deal LUMN shows the AWS, AT&T and Palantir deals with terms, reaction and sources', async () => {
    const r = await chat.command('/deal LUMN');
    expect(r.outcome.visibility).toBe('public');
    const t = r.text;
    expect(t).toMatch(/^Deals: Lumen Technologies \(LUMN\)/);
    // AWS Interconnect: a partnership with no terms.
    const aws = section(t, /Amazon|AWS/);
    expect(aws).toMatch(/Partnership/);
    expect(aws).toMatch(/no terms disclosed/);
    // The consumer fiber business to AT&T for $5.75B.
    // Announcement and completion, months apart, are one deal: a sale from Lumen's side, now completed.
    expect(sections(t, /AT&T/)).toHaveLength(1);
    const att = section(t, /AT&T/);
    expect(att).toMatch(/^Sale · AT&T \(T\)/m);
    expect(att).toMatch(/\$5\.75B/);
    expect(att).toMatch(/Asset: Mass Markets fiber business/);
    expect(att).toMatch(/Status: completed · \d{4}-\d{2}-\d{2} \(first reported 2025-05-21\)/);
    expect(att).toMatch(/2 sources: /);
    // Palantir: over $200M, with the 10.7% jump to $7.79, reported by several articles.
    const pltr = sections(t, /Palantir/).find((b) => /LUMN \+10\.7% to \$7\.79/.test(b));
    expect(pltr, t).toBeDefined();
    // "over $200M": the qualifier survives extraction and merging.
    expect(pltr).toMatch(/over \$200M/);
    expect(pltr).toMatch(/[2-9] sources: .* and [1-8] more$/m);
    // Only Lumen's deals: nothing from the unrelated examples.
    expect(t).not.toMatch(/Wiz|Norfolk|Nvidia|Ansys/i);
    expect(t).toMatch(/Sources\n\s+\[1\] /);
    expect(r.outcome.followUp?.tickers).toEqual(['LUMN']);
    expect(r.outcome.followUp?.dealIds.length).toBeGreaterThanOrEqual(3);
  });

  it('/deal filters by type and date forgivingly', async () => {
    const partnerships = await chat.command('/deal lumen partnerships');
    expect(partnerships.text).toMatch(/Palantir/);
    expect(partnerships.text).not.toMatch(/\$5\.75B/);
    const recent = await chat.command('/deal LUMN since 7d');
    expect(recent.text).toMatch(/deals? since 2025-10-17, newest first/);
    expect(recent.text).toMatch(/Palantir/);
    // A bare year is the year, not that many days.
    const year = await chat.command('/deal LUMN 2025');
    expect(year.text).toMatch(/deals? since 2025-01-01, newest first/);
    const future = await chat.command('/deal LUMN since 2026-01-01');
    expect(future.text).toMatch(/2026-01-01 is in the future/);
    const none = await chat.command('/deal LUMN mergers');
    expect(none.outcome.visibility).toBe('ephemeral');
    expect(none.text).toMatch(/no merger deals for Lumen Technologies/);
    expect(none.text).toMatch(/Tickers with the most deals: .*LUMN/);
  });

  it('unknown tickers get suggestions from the directory the articles built', async () => {
    const r = await chat.command('/deal LUMM');
    expect(r.text).toMatch(/I don't know LUMM\. Did you mean .*LUMN/);
  });

  it('/company LUMN profiles deals, moves, analysts, events and headlines, cited', async () => {
    const r = await chat.command('/company LUMN');
    const t = r.text;
    expect(t).toMatch(/^Lumen Technologies \(LUMN\)/);
    expect(t).toMatch(/Recent deals\n/);
    // A deal reads as on /deal: Lumen's side of it, the status with the date it was reached, and the
    // report that told that status (the completion, not the announcement months before).
    expect(t).toMatch(
      /Sale · AT&T \(T\) — buyer · \$5\.75B · completed · 2026-02-02 \(first reported 2025-05-21\) — AT&T completes/,
    );
    expect(t).toMatch(/Stock moves\n[\s\S]*LUMN \+10\.7% to \$7\.79/);
    expect(t).toMatch(/Analyst actions\n[\s\S]*Citi/);
    expect(t).toMatch(/Upcoming events \(90 days\)\n[\s\S]*2025-10-30 · LUMN earnings/);
    expect(t).toMatch(/Latest headlines\n[\s\S]*Palantir and Lumen sign multi-year AI partnership/);
  });

  it('/news finds a company’s articles and keyword matches with summaries', async () => {
    const byTicker = await chat.command('/news PLTR');
    expect(byTicker.text).toMatch(/Palantir and Lumen sign multi-year AI partnership/);
    expect(byTicker.text).not.toMatch(/Wiz/);
    const byWords = await chat.command('/news interconnect');
    expect(byWords.text).toMatch(/AWS Interconnect/);
    expect(byWords.text).not.toMatch(/Palantir and Lumen sign/);
  });

  it('/calendar lists upcoming earnings soonest first, one line per event', async () => {
    const r = await chat.command('/calendar 14');
    expect(r.text).toMatch(/2025-10-30 · LUMN earnings/);
    const dates = [...r.text.matchAll(/^(\d{4}-\d{2}-\d{2}) · (\S+) (.+?) —/gm)].map((m) =>
      m.slice(1, 4).join(' '),
    );
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    const later = await chat.command('/calendar LUMN');
    expect(later.text).toMatch(/2025-10-30 · LUMN earnings/);
    // A window with nothing in it still says what the store knows of the company.
    const empty = await chat.command('/calendar LUMN 3');
    expect(empty.text).toMatch(/Nothing scheduled in the next 3 days/);
    expect(empty.text).toMatch(/Latest known event: 2025-10-30 · LUMN earnings · EPS est\. −\$0\.20/);
  });

  it('follow-ups in the thread of /deal are answered from its facts, cited, and say when the store does not tell', async () => {
    const r = await chat.command('/deal LUMN');
    const thread = r.threadId!;
    const value = await chat.message(thread, 'How much is AT&T paying for the fiber business?');
    expect(value?.text).toMatch(/5\.75/);
    expect(value?.text).toMatch(/Sources\n\s+\[1\]/);
    const stock = await chat.message(thread, 'What did the stock do after the Palantir news?');
    expect(stock?.text).toMatch(/10\.7|7\.79/);
    const earnings = await chat.message(thread, 'When does Lumen report earnings?');
    expect(earnings?.text).toMatch(/Oct\. 30, 2025|2025-10-30/);
    const unknown = await chat.message(thread, "What was Boeing's revenue last year?");
    expect(unknown?.text).toMatch(/(don't|doesn't) (say|tell)/);
    expect(unknown?.text.split('\nSources')[0]).not.toMatch(/\$\d/); // no invented figure
  });
});

describe('commands on the fixture corpus', () => {
  let store: Store;
  let chat: FakeAdapter;
  beforeAll(async () => {
    store = await storeWith([FIXTURES], engine);
    chat = new FakeAdapter(createCore({ store, now: () => NOW }));
  });
  afterAll(async () => store?.close());

  it('/news and /company find a company in a roundup that is about others (its event is in the body)', async () => {
    const news = await chat.command('/news ORBL');
    expect(news.text).toMatch(/Earnings calendar: UPS, Meta, Carvana/);
    const profile = await chat.command('/company ORBL');
    expect(profile.text).not.toMatch(/nothing about/);
    expect(profile.text).toMatch(/Orion Biologics/);
  });

  it('/deal takes a numeric exchange code as a ticker (Tokyo: 7791), not as a span of days', async () => {
    const r = await chat.command('/deal 7791');
    expect(r.text).toMatch(/^Deals: Tsubame Precision \(7791\)\n2 deals/);
    expect(r.text).toMatch(/Keller Motion/);
  });

  it('answers /deal for every company with deals, each line with a source, and never fails', async () => {
    const deals = await store.deals.newest({ limit: 200 });
    const tickers = [
      ...new Set(deals.flatMap((d) => d.parties.map((p) => p.ticker)).filter((t): t is string => !!t)),
    ];
    expect(tickers.length).toBeGreaterThan(3);
    for (const t of tickers.slice(0, 15)) {
      const r = await chat.command(`/deal ${t}`);
      expect(r.text, t).toMatch(new RegExp(`^Deals: .*${t.replace('.', '\\.')}`));
      expect(r.text, t).toMatch(/\d+ sources?: /);
      expect(r.text, t).not.toMatch(/undefined|NaN|\[object/);
      for (const other of [`/company ${t}`, `/news ${t}`, `/calendar ${t} 365`]) {
        const o = await chat.command(other);
        expect(o.text, other).not.toMatch(/undefined|NaN|\[object|went wrong/);
      }
    }
  });
});

/** The deal sections (heading and bullet lines) whose heading matches. */
function sections(text: string, heading: RegExp): string[] {
  return text.split('\n\n').filter((b) => heading.test(b.split('\n')[0] ?? ''));
}

function section(text: string, heading: RegExp): string {
  const hit = sections(text, heading)[0];
  if (!hit) throw new Error(`no section matching ${heading} in:\n${text}`);
  return hit;
}
