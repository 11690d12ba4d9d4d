import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planRegistration, type RegisteredCommand } from '../../adapters/discord/register.js';
import { discordCommandData } from '../../src/bot/registry.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { FakeDiscord } from './fake-discord.js';

function cliIO(env: Record<string, string>): CliIO & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  return {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env,
    cwd: mkdtempSync(join(tmpdir(), 'dealdesk-register-')), // no stray .env
    out: () => out,
    err: () => err,
  };
}

/** What Discord sends back for a command we registered earlier: defaults filled in, ids added. */
function asRegistered(c: ReturnType<typeof discordCommandData>[number], id: string): RegisteredCommand {
  return {
    ...c,
    id,
    // Discord omits `required: false`, echoes null localizations and adds its own fields.
    name_localizations: null,
    description_localizations: null,
    nsfw: false,
    options: c.options.map((o) => ({ ...o, ...(o.required ? {} : { required: undefined }) })),
    ...{ application_id: '1', version: '2', guild_id: '3' },
  } as RegisteredCommand;
}

describe('register-commands: diffing against what Discord has', () => {
  const local = discordCommandData();

  it('declares Manage Channels (16) on /digest and /watch and on nothing else', () => {
    const perms = Object.fromEntries(local.map((c) => [c.name, c.default_member_permissions]));
    expect(perms.digest).toBe('16');
    expect(perms.watch).toBe('16');
    expect(perms.deal).toBeNull();
  });

  it('treats commands Discord echoes back with its defaults as unchanged', () => {
    const remote = local.map((c, i) => asRegistered(c, String(1000 + i)));
    const plan = planRegistration(local, remote, 'guild');
    expect(plan.create).toEqual([]);
    expect(plan.update).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(plan.unchanged).toHaveLength(local.length);
  });

  it('sees a changed description, a changed permission and a changed option', () => {
    const remote = local.map((c, i) => asRegistered(c, String(1000 + i)));
    remote[0] = { ...remote[0]!, description: 'old text' };
    const digest = remote.findIndex((c) => c.name === 'digest');
    remote[digest] = { ...remote[digest]!, default_member_permissions: null };
    const withOptions = remote.findIndex(
      (c) => (c.options ?? []).length > 0 && c.name !== 'digest' && c.name !== local[0]!.name,
    );
    const target = remote[withOptions]!;
    remote[withOptions] = {
      ...target,
      options: [{ ...target.options![0]!, description: 'something else' }, ...target.options!.slice(1)],
    };
    const plan = planRegistration(local, remote, 'guild');
    expect(plan.update.map((u) => u.command.name).sort()).toEqual(
      [local[0]!.name, 'digest', target.name].sort(),
    );
  });
});

describe('dealdesk register-commands against the fake Discord', () => {
  let fake: FakeDiscord;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
    env = {
      DISCORD_TOKEN: 'test-token-abcdef',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DEALDESK_LOG_LEVEL: 'silent',
    };
  });
  afterAll(async () => fake?.stop());
  beforeEach(() => fake.commands.clear());

  const writes = (since: number) =>
    fake.requests.slice(since).filter((r) => r.method !== 'GET' && r.path.includes('/commands'));

  it('registers everything in an empty guild, then finds nothing to do', async () => {
    const io = cliIO(env);
    let since = fake.requests.length;
    expect(await main(['register-commands', '--guild', fake.guildId], io)).toBe(0);
    const local = discordCommandData();
    // Several commands to create: one bulk overwrite, not one call each.
    expect(writes(since).map((r) => r.method)).toEqual(['PUT']);
    for (const c of local) expect(io.out()).toContain(`created /${c.name}`);
    expect(fake.commands.get(fake.guildId)).toHaveLength(local.length);

    const again = cliIO(env);
    since = fake.requests.length;
    expect(await main(['register-commands', '--guild', fake.guildId], again)).toBe(0);
    expect(writes(since)).toEqual([]);
    expect(again.out()).toContain(`unchanged ${local.length}`);
  });

  it('several differences (one edited, one created, one stale deleted) are one bulk overwrite', async () => {
    const local = discordCommandData();
    const stamped = local.map((c, i) => ({ ...c, id: fake.applicationId.slice(0, -3) + String(100 + i) }));
    const deal = stamped.find((c) => c.name === 'deal')!;
    deal.description = 'An outdated description';
    const withoutDigest = stamped.filter((c) => c.name !== 'digest');
    const stale = { ...stamped[0]!, name: 'oldcmd', id: fake.applicationId.slice(0, -3) + '999' };
    // Someone else's context-menu command (type 3): not ours to delete.
    const menu = {
      id: fake.applicationId.slice(0, -3) + '998',
      type: 3,
      name: 'Summarise deal',
      description: '',
    };
    fake.commands.set('global', [...withoutDigest, stale, menu]);

    const io = cliIO(env);
    const since = fake.requests.length;
    expect(await main(['register-commands'], io)).toBe(0);
    const w = writes(since);
    expect(w.map((r) => `${r.method} ${r.path.split('/').slice(3).join('/')}`)).toEqual(['PUT commands']);
    expect(io.out()).toBe(
      `global commands: created /digest, updated /deal, deleted /oldcmd, unchanged ${local.length - 2}\n`,
    );
    // What Discord now has: our commands with their old ids kept, the new one, the menu; no stale one.
    const now = fake.commands.get('global')!;
    const byName = new Map(now.map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual([...local.map((c) => c.name), 'Summarise deal'].sort());
    expect(byName.get('deal').id).toBe(deal.id);
    expect(byName.get('deal').description).toBe(local.find((c) => c.name === 'deal')!.description);
    expect(byName.get('digest').default_member_permissions).toBe('16');
    expect(byName.get('Summarise deal').id).toBe(menu.id);

    // Nothing left to do afterwards.
    const again = cliIO(env);
    const after = fake.requests.length;
    expect(await main(['register-commands'], again)).toBe(0);
    expect(writes(after)).toEqual([]);
    expect(again.out()).toContain(`unchanged ${local.length}`);
  });

  it('a single difference is a single call for that command', async () => {
    const local = discordCommandData();
    const stamped = local.map((c, i) => ({ ...c, id: fake.applicationId.slice(0, -3) + String(200 + i) }));
    const deal = stamped.find((c) => c.name === 'deal')!;
    deal.description = 'An outdated description';
    fake.commands.set(fake.guildId, stamped);

    const io = cliIO(env);
    const since = fake.requests.length;
    expect(await main(['register-commands', '--guild', fake.guildId], io)).toBe(0);
    expect(writes(since).map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual([`PATCH ${deal.id}`]);
    expect(io.out()).toBe(`guild ${fake.guildId}: updated /deal, unchanged ${local.length - 1}\n`);
  });

  it('--dry-run reports the same plan and changes nothing', async () => {
    const io = cliIO(env);
    const since = fake.requests.length;
    expect(await main(['register-commands', '--guild', fake.guildId, '--dry-run'], io)).toBe(0);
    expect(writes(since)).toEqual([]);
    expect(io.out()).toMatch(/would create \/deal/);
    expect(io.out()).toMatch(/dry run/);
  });

  it('uses DISCORD_GUILD_ID when --guild is not given', async () => {
    const io = cliIO({ ...env, DISCORD_GUILD_ID: fake.guildId });
    expect(await main(['register-commands'], io)).toBe(0);
    expect(fake.commands.get(fake.guildId)?.length).toBeGreaterThan(0);
    expect(fake.commands.get('global') ?? []).toEqual([]);
  });

  it('explains what is missing without a token or application id', async () => {
    const io = cliIO({ DISCORD_API_URL: fake.apiUrl });
    expect(await main(['register-commands'], io)).toBe(2);
    expect(io.err()).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set/);
  });

  it('rejects a malformed --guild and reports a refused token without a stack trace', async () => {
    const bad = cliIO(env);
    expect(await main(['register-commands', '--guild', 'abc'], bad)).toBe(2);
    expect(bad.err()).toMatch(/numeric guild id/);

    fake.failNext('GET', /commands$/, { status: 401, body: { code: 0, message: '401: Unauthorized' } });
    const io = cliIO(env);
    expect(await main(['register-commands'], io)).toBe(1);
    expect(io.err()).toMatch(/rejected DISCORD_TOKEN/);
    expect(io.err()).not.toMatch(/test-token-abcdef|\n\s+at /);
  });
});
