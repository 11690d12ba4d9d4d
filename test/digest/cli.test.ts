/** `dealdesk digest …` and `dealdesk feeds …` through the CLI entry point, on a SQLite store in a temp dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { openStore } from '../../src/store/index.js';
import { deal, putDeal, subscription } from './builders.js';

let dir: string;
let env: Record<string, string>;

function io(): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  return { stdout, stderr, stdin: new PassThrough(), env, cwd: dir, out: () => out, err: () => err };
}

async function dealdesk(...argv: string[]) {
  const t = io();
  const code = await main(argv, t);
  return { code, out: t.out(), err: t.err() };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-digest-cli-'));
  env = { DEALDESK_STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, DEALDESK_LOG_LEVEL: 'silent' };
  const store = await openStore(env.DEALDESK_STORE_URL!);
  await store.subscriptions.put(subscription({ channelId: 'shell:local:main' }));
  await putDeal(store, deal('d1', '2026-11-19T10:00:00Z', { tickers: ['LUMN', 'ATT'], amount: 5.75e9 }));
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dealdesk digest', () => {
  it('run --dry-run prints what would be posted and records nothing; run posts once', async () => {
    const dry = await dealdesk('digest', 'run', '--dry-run', '--at', '2026-11-20T08:00:00Z');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('--- would post to shell:local:main (sub-1:2026-11-20) ---');
    expect(dry.out).toContain('LUMN Corp');
    expect(dry.out).toContain('Sources:');

    const first = await dealdesk('digest', 'run', '--at', '2026-11-20T08:01:00Z');
    expect(first.code).toBe(0);
    expect(first.out).toContain('--- to shell:local:main ---');
    expect(first.out).toContain('$5.75B');
    expect(first.out).toContain('sub-1 (shell:local:main) sub-1:2026-11-20: sent 1 items');
    const again = await dealdesk('digest', 'run', '--at', '2026-11-20T08:02:00Z');
    expect(again.out).toContain('already sent');
    expect(again.out).not.toContain('LUMN');

    const status = await dealdesk('digest', 'status', '--at', '2026-11-20T09:00:00Z');
    expect(status.out).toMatch(/last run: 2026-11-20T08:01/);
    expect(status.out).toContain('next run: 2026-11-21T08:00:00.000Z');
  });

  it('preview shows what the next digest would say, and says what is missing', async () => {
    const p = await dealdesk(
      'digest',
      'preview',
      '--channel',
      'shell:local:main',
      '--at',
      '2026-11-20T07:00:00Z',
    );
    expect(p.out).toContain('daily at 08:00 UTC');
    expect(p.out).toContain('LUMN Corp');
    const none = await dealdesk('digest', 'preview', '--channel', 'slack:T1:C404');
    expect(none.out).toContain('No digest subscriptions in slack:T1:C404');
    const bad = await dealdesk('digest', 'preview');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--channel');
    const badAt = await dealdesk('digest', 'run', '--at', 'tomorrow-ish');
    expect(badAt.code).toBe(2);
    expect(badAt.err).toContain('not an ISO date-time');
  });
});

describe('dealdesk feeds', () => {
  it('adds, lists and removes feeds, and refuses a bad URL kindly', async () => {
    expect((await dealdesk('feeds', 'add', 'https://news.example/rss')).out).toContain(
      'Added https://news.example/rss',
    );
    expect((await dealdesk('feeds', 'add', 'https://news.example/rss')).out).toContain('already in the list');
    env.DEALDESK_FEEDS = 'https://wire.example/atom';
    const list = await dealdesk('feeds', 'list');
    expect(list.out).toContain('https://news.example/rss\n  not polled yet');
    expect(list.out).toContain('https://wire.example/atom [DEALDESK_FEEDS]');
    expect((await dealdesk('feeds', 'remove', 'https://wire.example/atom')).out).toContain('remove it there');
    expect((await dealdesk('feeds', 'remove', 'https://news.example/rss')).out).toContain('Removed');
    const bad = await dealdesk('feeds', 'add', 'news dot example');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is not a URL');
    expect(bad.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
