import { describe, expect, it } from 'vitest';
import { parseArgs, tokenize } from '../../src/bot/args.js';
import { option, type ResolveEnv } from '../../src/bot/command.js';
import { dealTypeOption, sinceOption } from '../../src/bot/options.js';
import {
  allCommands,
  discordCommandData,
  helpText,
  MANAGE_CHANNELS,
  slackManifestCommands,
} from '../../src/bot/registry.js';
import { ok } from '../../src/bot/resolvers/result.js';

const env = {
  store: {} as never,
  now: new Date('2026-11-21T10:00:00Z'),
  defaultTimeZone: 'UTC',
} as ResolveEnv;
const subject = option({
  name: 'company',
  description: 'Company',
  type: 'string',
  required: true,
  freeText: 'rest',
  resolve: (raw) => ok(raw.trim()),
});
const quiet = option({
  name: 'quiet',
  description: 'Quiet',
  type: 'boolean',
  freeText: 'flag',
  flags: ['quiet'],
  offFlags: ['loud'],
  resolve: (raw) => ok(raw === 'true'),
});
const opts = [subject, dealTypeOption, sinceOption, quiet];

describe('free-text arguments', () => {
  it('finds type and date anywhere and leaves the rest to the subject', async () => {
    expect(await parseArgs(opts, { text: 'lumen technologies acquisitions since 2025-01' }, env)).toEqual({
      ok: true,
      values: { company: 'lumen technologies', type: 'acquisition', since: '2025-01-01' },
    });
    expect(await parseArgs(opts, { text: 'partnerships 30d Palantir' }, env)).toEqual({
      ok: true,
      values: { company: 'Palantir', type: 'partnership', since: '2026-10-22' },
    });
  });

  it('takes explicit --name value, name:value and boolean flags', async () => {
    const r = await parseArgs(opts, { text: 'LUMN --since 7d type:mergers quiet' }, env);
    expect(r).toEqual({
      ok: true,
      values: { company: 'LUMN', since: '2026-11-14', type: 'merger', quiet: true },
    });
    const loud = await parseArgs(opts, { text: 'LUMN --no-quiet' }, env);
    expect(loud.ok && loud.values.quiet).toBe(false);
  });

  it('keeps quoted phrases together', () => {
    expect(tokenize('"AT&T Inc" since "last week"')).toEqual(['AT&T Inc', 'since', 'last week']);
  });

  it('reports a bad value after a flag and a missing required option', async () => {
    const bad = await parseArgs(opts, { text: 'LUMN since whenever' }, env);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/couldn't read "whenever"/);
    const missing = await parseArgs(opts, { text: 'acquisitions' }, env);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatch(/Missing/);
    const unknown = await parseArgs(opts, { text: 'LUMN --colour red' }, env);
    expect(unknown.ok || unknown.error).toMatch(/don't know the option --colour/);
  });

  it('resolves typed options (Discord) with the same resolvers', async () => {
    expect(
      await parseArgs(
        opts,
        { text: '', typed: { company: 'LUMN', type: 'sales', since: '2025-10-01' } },
        env,
      ),
    ).toEqual({
      ok: true,
      values: { company: 'LUMN', type: 'divestiture', since: '2025-10-01' },
    });
    const bad = await parseArgs(opts, { text: '', typed: { company: 'LUMN', type: 'spaceship' } }, env);
    expect(bad.ok || bad.error).toMatch(/isn't a deal type/);
  });
});

describe('generated from the declarations', () => {
  it('lists every command in /help', () => {
    const text = helpText();
    for (const c of allCommands()) expect(text).toContain(`/${c.name}`);
    expect(helpText('deal')).toMatch(/\/deal <ticker\|company> \[type\] \[since\]/);
  });

  it('builds Slack manifest slash commands', () => {
    const entries = slackManifestCommands({ url: 'https://example.test/slack/events' });
    expect(entries.map((e) => e.command)).toEqual(allCommands().map((c) => `/${c.name}`));
    const deal = entries.find((e) => e.command === '/deal')!;
    expect(deal.usage_hint).toBe('<ticker|company> [type] [since]');
    expect(deal.url).toBe('https://example.test/slack/events');
    for (const e of entries) expect(e.description.length).toBeLessThanOrEqual(100);
  });

  it('builds Discord command data with autocomplete, subcommands and permissions', () => {
    const data = discordCommandData();
    const deal = data.find((c) => c.name === 'deal')!;
    expect(deal.default_member_permissions).toBeNull();
    expect(deal.options[0]).toMatchObject({ name: 'company', type: 3, required: true, autocomplete: true });
    const digest = data.find((c) => c.name === 'digest')!;
    expect(digest.default_member_permissions).toBe(MANAGE_CHANNELS);
    const subscribe = digest.options.find((o) => o.name === 'subscribe')!;
    expect(subscribe.type).toBe(1);
    expect(subscribe.options!.find((o) => o.name === 'timezone')).toMatchObject({ autocomplete: true });
    expect(subscribe.options!.find((o) => o.name === 'quiet')).toMatchObject({ type: 5 });
    expect(data.find((c) => c.name === 'watch')!.default_member_permissions).toBe('16');
    for (const c of data) {
      expect(c.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      const seenOptional = c.options.findIndex((o) => !o.required);
      if (seenOptional >= 0) expect(c.options.slice(seenOptional).every((o) => !o.required)).toBe(true);
    }
  });
});
