/**
 * Feed polling against feeds served by a local HTTP server (127.0.0.1): one that changes, one that
 * answers 304 to our validators, one that is broken; through the real ingest pipeline and store.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addFeed,
  feedIngester,
  listFeeds,
  loadFeedState,
  pollFeeds,
  removeFeed,
  type PollDeps,
} from '../../src/feeds/index.js';
import type { RawArticle } from '../../src/domain/article.js';
import type { ExtractEngine } from '../../src/ingest/engine.js';
import { setLogLevel, setLogSink } from '../../src/log.js';
import type { Store } from '../../src/store/types.js';
import { openTestStore } from '../digest/stores.js';

/** Extraction is not under test here: a stand-in engine that keeps the article and finds no facts. */
const plainEngine = {
  extractArticle: (raw: RawArticle, { articleId }: { articleId: string }) => ({
    cleanedText: raw.text,
    extraction: {
      article: {
        id: articleId,
        title: raw.title,
        url: raw.url,
        source: raw.source,
        publishedAt: raw.publishedAt,
        tickers: [],
        impactScore: null,
      },
      companies: [],
      deals: [],
      stockMoves: [],
      analystActions: [],
      events: [],
      quotes: [],
      risks: [],
    },
  }),
  createDirectory: () => ({}),
  mergeDeal: () => {
    throw new Error('no deals here');
  },
  removeSource: () => null,
} as unknown as ExtractEngine;

const rss = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>${items
    .map(
      (t) =>
        `<item><title>${t}</title><link>http://127.0.0.1/${t}</link><guid>${t}</guid><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${t}: a synthetic story written for this test about a company agreeing a deal.</p>]]></content:encoded></item>`,
    )
    .join('')}</channel></rss>`;

let server: Server;
let base: string;
let changingVersion = 1;
let flakyUp = false;
const requests: Array<{ path: string; start: number; end: number; inm: string | undefined }> = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const start = Date.now();
    const inm = req.headers['if-none-match'];
    const done = () => {
      inFlight--;
      requests.push({ path: req.url ?? '', start, end: Date.now(), inm: inm as string | undefined });
    };
    setTimeout(() => {
      if (req.url === '/changing.xml') {
        const etag = `"c${changingVersion}"`;
        if (inm === etag) res.writeHead(304).end();
        else {
          const items = changingVersion === 1 ? ['alpha'] : ['alpha', 'beta', 'gamma'];
          res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(items));
        }
      } else if (req.url === '/summaries.xml') {
        // a feed of short summaries: Dealdesk fetches each item's page
        const items = ['one', 'two']
          .map(
            (t) =>
              `<item><title>Short ${t}</title><link>${base}/page/${t}</link><guid>s-${t}</guid><description>Summary ${t}.</description></item>`,
          )
          .join('');
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>Briefs</title>${items}</channel></rss>`,
          );
      } else if (req.url?.startsWith('/page/')) {
        const t = req.url.slice(6);
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            `<html><head><title>Page ${t}</title></head><body><article><h1>Page ${t}</h1><p>The full story ${t}, written for this test, says a company agreed a deal with another company after long talks.</p><p>More paragraphs of synthetic text for story ${t} follow here so the page has a body.</p></article></body></html>`,
          );
      } else if (req.url === '/flaky.xml') {
        if (flakyUp) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(['omega']));
        else res.writeHead(503, { 'content-type': 'text/plain' }).end('down for now');
      } else if (req.url === '/static.xml') {
        if (inm === '"s1"') res.writeHead(304).end();
        else res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"s1"' }).end(rss(['delta']));
      } else res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded');
      done();
    }, 15);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let store: Store;
let deps: PollDeps;
let now: number;
let logs: string[];
beforeEach(async () => {
  store = await openTestStore();
  logs = [];
  setLogLevel('info');
  setLogSink((l) => logs.push(l));
  now = Date.parse('2026-11-20T09:00:00Z');
  const ingest = feedIngester({ store, engine: plainEngine, allowPrivate: true }, { hostGapMs: 40 });
  deps = {
    store,
    ingest,
    envFeeds: [`${base}/broken.xml`],
    hostGapMs: 40,
    maxFailures: 3,
    backoffBaseMs: 60_000,
    clock: { now: () => now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
  };
  await addFeed(store, `${base}/changing.xml`);
  await addFeed(store, `${base}/static.xml`);
  requests.length = 0;
  maxInFlight = 0;
  changingVersion = 1;
  flakyUp = false;
});

const byUrl = (reports: Awaited<ReturnType<typeof pollFeeds>>) =>
  Object.fromEntries(reports.map((r) => [new URL(r.url).pathname, r]));

describe('feed polling', () => {
  it('ingests new items, sends validators, and takes a 304 as "nothing new"', async () => {
    const first = byUrl(await pollFeeds(deps));
    expect(first['/changing.xml']).toMatchObject({ result: 'new-items', newArticles: 1 });
    expect(first['/static.xml']).toMatchObject({ result: 'new-items', newArticles: 1 });
    expect(await store.articles.count()).toBe(2);

    changingVersion = 2;
    now += 600_000;
    const second = byUrl(await pollFeeds(deps));
    expect(second['/changing.xml']).toMatchObject({ result: 'new-items', newArticles: 2 });
    expect(second['/static.xml']).toMatchObject({ result: 'not-modified', newArticles: 0 });
    expect(requests.filter((r) => r.path === '/static.xml').map((r) => r.inm)).toEqual([undefined, '"s1"']);
    expect(await store.articles.count()).toBe(4);
  });

  it('never sends two requests to one host at once, and spaces them, article pages included', async () => {
    await addFeed(store, `${base}/summaries.xml`);
    const reports = byUrl(await pollFeeds(deps));
    expect(reports['/summaries.xml']).toMatchObject({ result: 'new-items', newArticles: 2 });
    expect(requests.map((r) => r.path).sort()).toEqual(
      ['/broken.xml', '/changing.xml', '/page/one', '/page/two', '/static.xml', '/summaries.xml'].sort(),
    );
    expect(maxInFlight).toBe(1);
    const sorted = [...requests].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.start - sorted[i - 1]!.start).toBeGreaterThanOrEqual(38);
  });

  it('backs off a broken feed, then marks it failing and reports it once, not retrying forever', async () => {
    const broken = `${base}/broken.xml`;
    const attemptsAt: number[] = [];
    for (let i = 0; i < 12; i++) {
      const report = byUrl(await pollFeeds(deps))['/broken.xml']!;
      if (report.result === 'error') attemptsAt.push(now);
      now += 60_000;
    }
    // failures at t0, then after 1, 2 minutes of backoff; the third marks it failing
    expect(attemptsAt.map((t) => (t - attemptsAt[0]!) / 60_000)).toEqual([0, 1, 3]);
    const state = await loadFeedState(store, broken);
    expect(state).toMatchObject({ failing: true, consecutiveFailures: 3 });
    expect(state.lastError).toMatch(/500/);
    expect(logs.filter((l) => l.includes('ERROR') && l.includes('probed only once'))).toHaveLength(1);
    expect(requests.filter((r) => r.path === '/broken.xml')).toHaveLength(3);

    // re-adding it gives it another chance
    await addFeed(store, broken);
    expect((await loadFeedState(store, broken)).failing).toBe(false);
    expect(byUrl(await pollFeeds(deps))['/broken.xml']!.result).toBe('error');
  });

  it('probes a failing feed once per 24 h cool-down, and un-parks it when the probe works', async () => {
    const flaky = `${base}/flaky.xml`;
    deps = { ...deps, envFeeds: [flaky] };
    const flakyRequests = () => requests.filter((r) => r.path === '/flaky.xml').length;
    const poll = async () => byUrl(await pollFeeds(deps))['/flaky.xml']!;
    for (let i = 0; i < 3; i++) {
      await poll();
      now += 10 * 60_000; // past each backoff
    }
    const parked = await loadFeedState(store, flaky);
    expect(parked).toMatchObject({ failing: true, consecutiveFailures: 3 });
    const since = parked.failingSince!;
    expect(since).toBeTruthy();
    expect(flakyRequests()).toBe(3);

    // within the cool-down: reported as failing, never fetched
    now = Date.parse(parked.lastPolledAt!) + 23 * 3_600_000;
    expect((await poll()).result).toBe('failing');
    expect(flakyRequests()).toBe(3);

    // after it: one probe; still broken, so parked for another cool-down, "since" unchanged
    now = Date.parse(parked.lastPolledAt!) + 24 * 3_600_000;
    expect(await poll()).toMatchObject({ result: 'error', markedFailing: false });
    expect(flakyRequests()).toBe(4);
    expect((await poll()).result).toBe('failing');
    expect(flakyRequests()).toBe(4);
    expect((await loadFeedState(store, flaky)).failingSince).toBe(since);

    // the next probe works: the feed is healthy again and polled normally
    flakyUp = true;
    now += 24 * 3_600_000;
    expect(await poll()).toMatchObject({ result: 'new-items', newArticles: 1 });
    expect(await loadFeedState(store, flaky)).toMatchObject({
      failing: false,
      failingSince: null,
      consecutiveFailures: 0,
    });
    now += 10 * 60_000;
    expect((await poll()).result).not.toBe('failing');
    expect(flakyRequests()).toBe(6);
  });

  it('keeps the feed list in the store, merged with DEALDESK_FEEDS', async () => {
    const listed = await listFeeds(store, [`${base}/broken.xml`, `${base}/static.xml`]);
    expect(listed.map((f) => [new URL(f.url).pathname, f.origin])).toEqual([
      ['/changing.xml', 'store'],
      ['/static.xml', 'store'],
      ['/broken.xml', 'env'],
    ]);
    expect(await removeFeed(store, `${base}/changing.xml`)).toMatchObject({ removed: true });
    expect(await removeFeed(store, `${base}/changing.xml`)).toMatchObject({ removed: false });
    await expect(addFeed(store, 'not a url')).rejects.toThrow(/not a URL/);
    await expect(addFeed(store, 'ftp://example.com/feed')).rejects.toThrow(/http/);
  });
});
