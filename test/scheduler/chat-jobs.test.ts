/**
 * `dealdesk chat` runs the background jobs: a digest subscribed in the shell channel and a watchlist
 * alert print into the REPL output, marked as scheduled; input that ends stops the jobs and returns.
 */
import { PassThrough } from 'node:stream';
import cron from 'node-cron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { runChat } from '../../src/cli/commands/chat.js';
import type { CliIO } from '../../src/cli/io.js';
import { parseConfig } from '../../src/config/env.js';
import { posters } from '../../src/delivery/poster.js';
import { ingestEvents } from '../../src/ingest/pipeline.js';
import { setLogLevel } from '../../src/log.js';
import type { Store } from '../../src/store/types.js';
import { deal, putDeal, subscription } from '../digest/builders.js';
import { openTestStore } from '../digest/stores.js';

const SHELL = 'shell:local:main';
const config = parseConfig({ DEALDESK_LOG_LEVEL: 'silent', DEALDESK_EXAMPLES: 'false' });
let store: Store;
let app: App;
let now: number;
let stdin: PassThrough;
let out: string;
let io: CliIO;

const jobTasks = () =>
  [...cron.getTasks().values()].filter((t) => ['digests', 'alerts', 'feeds'].includes(t.name ?? ''));

async function until<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeEach(async () => {
  setLogLevel('silent');
  store = await openTestStore();
  app = await createApp(config, { store });
  now = Date.parse('2026-11-20T08:01:00Z');
  stdin = new PassThrough();
  const stdout = new PassThrough();
  out = '';
  stdout.on('data', (c) => (out += String(c)));
  io = { stdin, stdout, stderr: new PassThrough(), env: {}, cwd: process.cwd() };
});
afterEach(() => {
  stdin.end();
});

describe('dealdesk chat background jobs', () => {
  it('prints a due digest for the shell channel once, marked as scheduled, then exits at end of input', async () => {
    await store.subscriptions.put(subscription({ id: 'dg-shell', channelId: SHELL }));
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z', { tickers: ['LUMN', 'ATT'], amount: 5.75e9 }));
    const done = runChat(io, config, app, { clock: { now: () => now } });

    await until(() => out.includes('── Scheduled digest ·'));
    expect(out).toMatch(/── Scheduled digest · shell:local:main · 2026-11-20 08:01 UTC ──/);
    expect(out).toContain('LUMN Corp');
    const record = await until(async () => {
      const r = await store.deliveries.get('digest:dg-shell:2026-11-20');
      return r?.state === 'sent' ? r : undefined;
    });
    expect(record?.messageRef).toContain(SHELL);
    expect(
      jobTasks()
        .map((t) => t.name)
        .sort(),
    ).toEqual(['alerts', 'digests']); // no feeds configured
    expect(posters.get('shell')).toBeDefined();

    stdin.end('/help\n');
    const started = Date.now();
    expect(await done).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(out.match(/── Scheduled digest ·/g)).toHaveLength(1);
    expect(jobTasks()).toEqual([]);
    expect(posters.get('shell')).toBeUndefined();
  });

  it('prints a watchlist alert within seconds of an ingest in this process', async () => {
    await store.watchlists.put({ channelId: SHELL, tickers: ['NEWT'], updatedAt: '2026-11-19T00:00:00Z' });
    const done = runChat(io, config, app, { clock: { now: () => now } });
    // the first sweep starts the alert clock
    await until(async () => (await store.getValue('alerts:cursor')) !== undefined);
    now += 20_000;
    await putDeal(
      store,
      deal('fresh', new Date(now).toISOString(), { tickers: ['NEWT', 'OTHR'], amount: 3e8 }),
    );
    now += 1_000;
    ingestEvents.emit('ingested', { status: 'new' });
    await until(() => out.includes('Watchlist alert'), 4000);
    expect(out).toMatch(/── Watchlist alert · shell:local:main/);
    expect(out).toContain('NEWT');
    stdin.end();
    expect(await done).toBe(0);
  });

  it('a piped session with nothing scheduled prints only replies and exits promptly', async () => {
    const started = Date.now();
    stdin.end('/help\n');
    expect(await runChat(io, config, app)).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(out).not.toMatch(/── (Scheduled digest|Watchlist alert) ·/);
    expect(out.length).toBeGreaterThan(0);
    expect(jobTasks()).toEqual([]);
  });
});
