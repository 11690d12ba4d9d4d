/**
 * End to end with the real extraction engine: a feed served on 127.0.0.1 is polled, its article lands
 * in the store, the channel watching the buyer gets an alert card, and the next digest carries the deal.
 * The article is invented for this test (made-up companies and tickers).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepAlerts } from '../../src/alerts/index.js';
import { runDueDigests } from '../../src/digest/deliver.js';
import { addFeed, feedIngester, pollFeeds } from '../../src/feeds/index.js';
import { defaultEngine } from '../../src/ingest/engine.js';
import { setLogLevel } from '../../src/log.js';
import { subscription } from '../digest/builders.js';
import { createFakePoster, registryWith } from '../digest/fake-poster.js';
import { openTestStore } from '../digest/stores.js';

const STORY =
  'Harbor Freightways Inc. (NYSE: HRBF) said on Monday it agreed to acquire Coastal Reefer Lines Corp. ' +
  '(NASDAQ: CRLX) for $2.1 billion in cash, expanding its cold-chain shipping fleet. The deal is expected ' +
  'to close in the first quarter. Shares of Coastal Reefer Lines jumped 18% to $41.20 after the announcement.';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><item><title>Harbor Freightways to buy Coastal Reefer Lines for $2.1 billion</title><link>${base}/story/1</link><guid>story-1</guid><pubDate>Mon, 16 Nov 2026 12:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${STORY}</p>]]></content:encoded></item></channel></rss>`,
      );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('feed → store → alert → digest', () => {
  it('alerts the watching channel and puts the deal in the next digest', async () => {
    setLogLevel('silent');
    const store = await openTestStore();
    const poster = createFakePoster();
    const posters = registryWith(poster);
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await store.watchlists.put({ channelId: 'fake:W1:WATCH', tickers: ['HRBF'], updatedAt: hourAgo });
    const due = new Date(Date.now() - 60_000);
    const hhmm = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    await store.subscriptions.put(
      subscription({ channelId: 'fake:W1:DIGEST', time: hhmm, since: hourAgo, createdAt: hourAgo }),
    );
    await sweepAlerts({ store, posters }); // starts the alert clock

    await addFeed(store, `${base}/feed.xml`);
    const engine = await defaultEngine();
    const [report] = await pollFeeds({
      store,
      ingest: feedIngester({ store, engine, allowPrivate: true }, { hostGapMs: 0 }),
    });
    expect(report).toMatchObject({ result: 'new-items', newArticles: 1 });

    const alerts = await sweepAlerts({ store, posters });
    expect(alerts.map((a) => a.channelId)).toEqual(['fake:W1:WATCH']);
    const alert = poster.posts[0]!.outcome;
    expect(alert.card.title).toContain('HRBF');
    expect(alert.fallbackText).toContain('$2.1 billion');
    expect(alert.card.citations?.[0]?.url).toBe(`${base}/story/1`);

    const [digest] = await runDueDigests({ store, posters });
    expect(digest!.result.kind).toBe('sent');
    const text = poster.posts.find((p) => p.channelId === 'fake:W1:DIGEST')!.outcome.fallbackText;
    expect(text).toMatch(/Acquisition .*Coastal Reefer Lines/);
    expect(text).toContain('$2.1 billion');
  });
});
