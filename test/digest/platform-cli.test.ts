/**
 * `dealdesk digest run` posting to Slack and Discord from the command line, with no bot running: the
 * Web-API-only posters talk to the local fakes (127.0.0.1) the env points at. A channel the bot lost
 * pauses its subscription and is reported; nothing posts twice.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { SubscriptionRecord } from '../../src/domain/records.js';
import { openStore } from '../../src/store/index.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { FakeDiscord, snowflake } from '../discord/fake-discord.js';
import { deal, putDeal, subscription } from './builders.js';

let dir: string;
let env: Record<string, string>;

async function dealdesk(...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const io: CliIO = { stdout, stderr, stdin: new PassThrough(), env, cwd: dir };
  const code = await main(argv, io);
  return { code, out, err };
}

async function seed(subs: SubscriptionRecord[]) {
  const store = await openStore(env.DEALDESK_STORE_URL!);
  for (const s of subs) await store.subscriptions.put(s);
  await putDeal(store, deal('d1', '2026-11-19T10:00:00Z', { tickers: ['LUMN', 'ATT'], amount: 5.75e9 }));
  await store.close();
}

async function subscriptionNow(id: string) {
  const store = await openStore(env.DEALDESK_STORE_URL!);
  try {
    return await store.subscriptions.get(id);
  } finally {
    await store.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-digest-platform-'));
  env = { DEALDESK_STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, DEALDESK_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dealdesk digest run → Slack (Web API only)', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await new FakeSlack({ admins: ['UADMIN'] }).start();
    Object.assign(env, {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: 'signing-secret',
      SLACK_API_URL: fake.url,
    });
  });
  afterEach(() => fake.close());

  it('posts Block Kit digests once, waits out a 429, and pauses a channel the bot is not in', async () => {
    await seed([
      subscription({ id: 'sub-ok', channelId: 'slack:T1:CDIGEST' }),
      subscription({ id: 'sub-gone', channelId: 'slack:T1:CGONE' }),
    ]);
    fake.channelsWithoutBot.add('CGONE');
    fake.inject('chat.postMessage', { status: 429, retryAfterSec: 1 });

    const first = await dealdesk('digest', 'run', '--at', '2026-11-20T08:01:00Z');
    expect(first.out).toContain('sub-ok (slack:T1:CDIGEST) sub-ok:2026-11-20: sent 1 items');
    expect(first.out).toMatch(/sub-gone \(slack:T1:CGONE\).*not_in_channel.*paused/);
    expect(first.code).not.toBe(0);
    const posts = fake.posts.filter((p) => p.channel === 'CDIGEST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.blocks?.length).toBeGreaterThan(0);
    expect(JSON.stringify(posts[0]!.blocks)).toContain('LUMN');
    expect(fake.callsTo('chat.postMessage')[0]!.auth).toBe('Bearer xoxb-test-token');
    expect(first.out + first.err).not.toContain('xoxb-test-token');

    expect((await subscriptionNow('sub-gone'))?.paused?.reason).toContain('not_in_channel');
    // a workspace admin is told by direct message
    const dm = fake.posts.find((p) => p.channel === 'UADMIN');
    expect(dm?.text).toMatch(/paused the daily digest \(sub-gone\) for slack:T1:CGONE/);
    expect((await subscriptionNow('sub-ok'))?.paused).toBeNull();

    const again = await dealdesk('digest', 'run', '--at', '2026-11-20T08:05:00Z');
    expect(again.out).toContain('sub-ok (slack:T1:CDIGEST) sub-ok:2026-11-20: already sent');
    expect(again.out).toContain('sub-gone (slack:T1:CGONE) : paused');
    expect(fake.posts.filter((p) => p.channel === 'CDIGEST')).toHaveLength(1);

    const status = await dealdesk('digest', 'status', '--channel', 'slack:T1:CGONE');
    expect(status.out).toMatch(/next run: paused \(.*not_in_channel/);
  });

  it('as a real process, exits as soon as the posts are done (nothing left holding it open)', async () => {
    await seed([subscription({ id: 'sub-ok', channelId: 'slack:T1:CDIGEST' })]);
    const child = spawn(
      process.execPath,
      ['bin/dealdesk.js', 'digest', 'run', '--at', '2026-11-20T08:01:00Z'],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let reportedAt = 0;
    child.stdout.on('data', (c) => {
      out += String(c);
      if (!reportedAt && out.includes('sent 1 items')) reportedAt = Date.now();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(out).toContain('sub-ok (slack:T1:CDIGEST) sub-ok:2026-11-20: sent 1 items');
    expect(code).toBe(0);
    // the queue's 10 s close deadline used to keep the process alive after the work was done
    expect(Date.now() - reportedAt).toBeLessThan(5000);
  }, 30_000);

  it('does not pause anything when the token is refused (a bot problem, not a channel problem)', async () => {
    await seed([subscription({ id: 'sub-auth', channelId: 'slack:T1:CAUTH' })]);
    fake.inject('chat.postMessage', { error: 'invalid_auth' });
    const run = await dealdesk('digest', 'run', '--at', '2026-11-20T08:01:00Z');
    expect(run.out).toMatch(/sub-auth .*failed: post failed: invalid_auth/);
    expect(run.out).not.toContain('paused');
    expect(run.code).not.toBe(0);
    expect((await subscriptionNow('sub-auth'))?.paused).toBeNull();
  });

  it('treats an archived channel as lost too', async () => {
    await seed([subscription({ id: 'sub-arch', channelId: 'slack:T1:CARCH' })]);
    fake.inject('chat.postMessage', { error: 'is_archived' });
    const run = await dealdesk('digest', 'run', '--at', '2026-11-20T08:01:00Z');
    expect(run.out).toMatch(/is_archived.*paused/);
    expect((await subscriptionNow('sub-arch'))?.paused?.reason).toContain('is_archived');
  });
});

describe('dealdesk digest run → Discord (REST only)', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await new FakeDiscord().start();
    Object.assign(env, { DISCORD_TOKEN: 'discord-test-token', DISCORD_API_URL: fake.apiUrl });
  });
  afterEach(() => fake.stop());

  const posted = (channel: string) =>
    fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

  it('posts an embed without pings once, and pauses channels the bot lost (50001, 10003)', async () => {
    const g = fake.guildId;
    const noAccess = snowflake();
    const deleted = snowflake();
    await seed([
      subscription({ id: 'sub-ok', channelId: `discord:${g}:${fake.channelId}` }),
      subscription({ id: 'sub-403', channelId: `discord:${g}:${noAccess}` }),
      subscription({ id: 'sub-404', channelId: `discord:${g}:${deleted}` }),
    ]);
    fake.failNext('POST', new RegExp(`^/channels/${noAccess}/messages$`), {
      status: 403,
      body: { code: 50001, message: 'Missing Access' },
    });
    fake.failNext('POST', new RegExp(`^/channels/${deleted}/messages$`), {
      status: 404,
      body: { code: 10003, message: 'Unknown Channel' },
    });

    const first = await dealdesk('digest', 'run', '--at', '2026-11-20T08:01:00Z');
    expect(first.out).toContain(`sub-ok (discord:${g}:${fake.channelId}) sub-ok:2026-11-20: sent 1 items`);
    expect(first.out).toMatch(/sub-403 .*missing_access.*paused/);
    expect(first.out).toMatch(/sub-404 .*channel_not_found.*paused/);
    const [msg, ...more] = posted(fake.channelId);
    expect(more).toHaveLength(0);
    expect(msg!.body.allowed_mentions).toEqual({ parse: [] });
    expect(msg!.body.embeds).toHaveLength(1);
    expect(JSON.stringify(msg!.body.embeds)).toContain('LUMN');
    expect((await subscriptionNow('sub-403'))?.paused?.reason).toContain('missing_access');
    expect((await subscriptionNow('sub-404'))?.paused?.reason).toContain('channel_not_found');

    const again = await dealdesk('digest', 'run', '--at', '2026-11-20T08:05:00Z');
    expect(again.out).toContain('already sent');
    expect(posted(fake.channelId)).toHaveLength(1);
    expect(posted(noAccess)).toHaveLength(1); // paused: not tried again
  });
});

describe('dealdesk digest run → Discord admin notice', () => {
  it("tells the server's owner by DM when a channel is lost (no system channel)", async () => {
    // A thin Discord stand-in on 127.0.0.1 for the routes the notice needs (the shared fake has no guild route).
    const guild = snowflake();
    const lostChannel = snowflake();
    const owner = snowflake();
    const dmChannel = snowflake();
    const seen: Array<{ method: string; path: string; body: unknown }> = [];
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += String(c)));
      req.on('end', () => {
        const path = (req.url ?? '').replace(/^\/api\/v10/, '').split('?')[0]!;
        const body = raw ? JSON.parse(raw) : null;
        seen.push({ method: req.method ?? '', path, body });
        const reply = (status: number, json: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (path === `/channels/${lostChannel}/messages`)
          return reply(403, { code: 50013, message: 'Missing Permissions' });
        if (path === `/guilds/${guild}`)
          return reply(200, { id: guild, owner_id: owner, system_channel_id: null });
        if (path === '/users/@me/channels') return reply(200, { id: dmChannel, type: 1 });
        if (path === `/channels/${dmChannel}/messages`)
          return reply(200, { id: snowflake(), channel_id: dmChannel });
        reply(404, { code: 0, message: 'no route' });
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      Object.assign(env, {
        DISCORD_TOKEN: 'discord-test-token',
        DISCORD_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
      });
      await seed([subscription({ id: 'sub-perm', channelId: `discord:${guild}:${lostChannel}` })]);
      const run = await dealdesk('digest', 'run', '--at', '2026-11-20T08:01:00Z');
      expect(run.out).toMatch(/sub-perm .*missing_permissions.*paused/);
      expect(seen.find((r) => r.path === '/users/@me/channels')?.body).toEqual({ recipient_id: owner });
      const notice = seen.find((r) => r.path === `/channels/${dmChannel}/messages`)?.body as {
        content: string;
        allowed_mentions: unknown;
      };
      expect(notice.content).toContain('sub-perm');
      expect(notice.content).toContain('paused');
      expect(notice.allowed_mentions).toEqual({ parse: [] });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
