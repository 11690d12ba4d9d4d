/** `dealdesk feeds poll` through the CLI: a feed on 127.0.0.1, private fetches allowed as in tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { initialFeedState, saveFeedState } from '../../src/feeds/index.js';
import { openStore } from '../../src/store/index.js';

let server: Server;
let base: string;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-feeds-cli-'));
  server = createServer((req, res) => {
    if (req.url !== '/feed.xml') return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>CLI Wire</title><item><title>Quiet day</title><link>${base}/s/1</link><guid>q1</guid><content:encoded><![CDATA[<p>Markets were calm on a quiet day, with little corporate news to report anywhere.</p>]]></content:encoded></item></channel></rss>`,
      );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

async function dealdesk(env: Record<string, string>, ...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough(), env, cwd: dir });
  return { code, out, err };
}

describe('dealdesk feeds poll', () => {
  it('polls once, then gets "not modified", and refuses private addresses unless allowed', async () => {
    const env = {
      DEALDESK_STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
      DEALDESK_LOG_LEVEL: 'silent',
      DEALDESK_FEEDS: `${base}/feed.xml`,
    };
    const refused = await dealdesk(env, 'feeds', 'poll');
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/feed\.xml: error — .*(private|not allowed|refus)/i);

    const allowed = { ...env, DEALDESK_ALLOW_PRIVATE_FETCH: 'true' };
    await dealdesk(allowed, 'feeds', 'add', `${base}/feed.xml`); // re-adding clears the failure
    const first = await dealdesk(allowed, 'feeds', 'poll');
    expect(first.out).toContain(`${base}/feed.xml: new items (1 new, 0 updated)`);
    const second = await dealdesk(allowed, 'feeds', 'poll');
    expect(second.out).toContain(`${base}/feed.xml: not modified`);
    const list = await dealdesk(allowed, 'feeds', 'list');
    expect(list.out).toContain('ok (not modified)');
  });
});

describe('dealdesk feeds list', () => {
  it('shows a parked feed as failing, with its last error, since when, and the next probe', async () => {
    const env = {
      DEALDESK_STORE_URL: `sqlite://${join(dir, 'list.sqlite')}`,
      DEALDESK_LOG_LEVEL: 'silent',
    };
    const url = 'https://wire.example/broken.xml';
    await dealdesk(env, 'feeds', 'add', url);
    const store = await openStore(env.DEALDESK_STORE_URL);
    await saveFeedState(store, url, {
      ...initialFeedState(),
      lastPolledAt: '2026-11-20T09:00:00.000Z',
      lastResult: 'error',
      lastError: 'HTTP 503',
      consecutiveFailures: 6,
      nextAttemptAt: '2026-11-21T09:00:00.000Z',
      failing: true,
      failingSince: '2026-11-20T08:00:00.000Z',
    });
    await store.close();
    const list = await dealdesk(env, 'feeds', 'list');
    expect(list.out).toContain(url);
    expect(list.out).toMatch(/FAILING since 2026-11-20T08:00:00\.000Z/);
    expect(list.out).toContain('HTTP 503');
    expect(list.out).toContain('next probe 2026-11-21T09:00:00.000Z');
  });
});
