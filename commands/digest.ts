/**
 * /digest subscribe|unsubscribe|list|preview|settings|status: parses, validates and stores digest
 * subscriptions. Building and delivering digests is the digest engine's, reached through ctx.digest.
 */
import { directoryFor } from '../src/bot/directory.js';
import { randomBytes } from 'node:crypto';
import { problemCard } from '../src/bot/cards/notice.js';
import { defineCommand, defineSubcommand, option, type CommandContext } from '../src/bot/command.js';
import { describeSchedule, resolveSchedule, type Schedule } from '../src/bot/resolvers/schedule.js';
import { resolveSince } from '../src/bot/resolvers/date.js';
import { fail, ok, type Resolution } from '../src/bot/resolvers/result.js';
import { resolveCompanies } from '../src/bot/resolvers/ticker.js';
import { resolveTimeZone } from '../src/bot/resolvers/timezone.js';
import { MaxItemsSchema, ScheduleSchema, TimeZoneSchema } from '../src/bot/resolvers/schemas.js';
import { DigestScopeSchema } from '../src/domain/records.js';
import type { Card, RichText } from '../src/bot/types.js';
import { SubscriptionRecordSchema, type SubscriptionRecord } from '../src/domain/records.js';

type Scope = SubscriptionRecord['scope'];
const DEFAULT_SCHEDULE: Schedule = { cadence: 'weekdays', weekday: null, time: '08:00' };
const DEFAULT_MAX = 10;

const scheduleOption = option({
  name: 'schedule',
  description: 'When: "daily 08:00", "weekdays 7:30am", "weekly mon 9:00" (default weekdays 08:00)',
  type: 'string',
  freeText: 'detect',
  maxWords: 4,
  looksLike: (s) => /\d|daily|weekday|weekly|noon|\b(mon|tue|wed|thu|fri|sat|sun)/i.test(s) && !/\//.test(s),
  resolve: (raw) => resolveSchedule(raw),
  schema: ScheduleSchema,
});

const timezoneOption = option({
  name: 'timezone',
  description: 'IANA time zone, e.g. Europe/Paris (default: the bot’s DEALDESK_TIMEZONE)',
  type: 'string',
  autocomplete: 'timezone',
  freeText: 'detect',
  flags: ['tz', 'in', 'timezone'],
  maxWords: 1,
  looksLike: (s) => s.includes('/') || /^(utc|gmt|[a-z]{1,3}t)$/i.test(s),
  resolve: (raw) => resolveTimeZone(raw),
  schema: TimeZoneSchema,
});

const scopeOption = option({
  name: 'scope',
  description: 'What to include: all, watchlist, or tickers (e.g. LUMN PLTR); default all',
  placeholder: 'all|watchlist|tickers…',
  type: 'string',
  autocomplete: 'ticker',
  freeText: 'rest',
  async resolve(raw, env): Promise<Resolution<Scope>> {
    const text = raw.trim().replace(/^(scope|for|about|tickers?)\s+/i, '');
    if (/^all$/i.test(text) || !text) return ok({ kind: 'all' });
    if (/^(the\s+)?watch(list|ed)?$/i.test(text)) return ok({ kind: 'watchlist' });
    const r = await resolveCompanies(text, directoryFor(env.store));
    if (!r.ok) return r;
    return ok({ kind: 'tickers', tickers: r.value.map((c) => c.ticker) });
  },
  schema: DigestScopeSchema,
});

const maxOption = option({
  name: 'max',
  description: `Most items per digest, 1 to 50 (default ${DEFAULT_MAX})`,
  type: 'integer',
  freeText: 'flag',
  flags: ['max', 'top', 'limit'],
  resolve: (raw) => {
    const n = Number(raw.trim());
    return Number.isInteger(n) && n >= 1 && n <= 50 ? ok(n) : fail('max takes a whole number from 1 to 50.');
  },
  schema: MaxItemsSchema,
});

const quietOption = option({
  name: 'quiet',
  description: 'Post nothing when there is no news (otherwise a one-line "no new deals")',
  type: 'boolean',
  freeText: 'flag',
  flags: ['quiet', 'silent'],
  offFlags: ['loud', 'always'],
  resolve: (raw) => ok(raw === 'true'),
});

const sinceOption = option({
  name: 'since',
  description: 'Include news from this date (default: now, so no backlog)',
  type: 'string',
  freeText: 'flag',
  flags: ['since'],
  maxWords: 3,
  resolve: (raw, env): Resolution<string> => {
    if (/^(since\s+)?now$/i.test(raw.trim())) return ok(env.now.toISOString());
    const r = resolveSince(raw, env.now);
    return r.ok ? ok(`${r.value}T00:00:00.000Z`) : r;
  },
});

const idOption = option({
  name: 'id',
  description: 'Which subscription (see /digest list); optional when the channel has one',
  type: 'string',
  freeText: 'detect',
  maxWords: 1,
  looksLike: (s) => /^dg-[0-9a-z]+$/i.test(s),
  resolve: (raw) => ok(raw.trim().toLowerCase()),
});

export function describeSubscription(s: SubscriptionRecord): string {
  const scope =
    s.scope.kind === 'all'
      ? 'all news'
      : s.scope.kind === 'watchlist'
        ? 'the watchlist'
        : s.scope.tickers.join(', ');
  return [
    describeSchedule(s, s.timeZone),
    scope,
    `max ${s.maxItems}`,
    s.quietWhenEmpty ? 'quiet when empty' : 'says when empty',
    `since ${s.since.slice(0, 10)}`,
    ...(s.paused ? [`paused: ${s.paused.reason}`] : []),
  ].join(' · ');
}

const subLine = (s: SubscriptionRecord): RichText => [{ code: s.id }, ` ${describeSubscription(s)}`];

/** The subscription a command means: by id, or the channel's only one. */
async function pick(ctx: CommandContext<{ id?: string }>): Promise<SubscriptionRecord | Card> {
  const subs = await ctx.store.subscriptions.byChannel(ctx.channelId);
  if (ctx.args.id) {
    const hit = subs.find((s) => s.id === ctx.args.id);
    return hit ?? problemCard(`This channel has no digest ${ctx.args.id}.`, 'See /digest list.');
  }
  if (subs.length === 1) return subs[0]!;
  if (!subs.length)
    return problemCard('This channel has no digest yet.', 'Start one with /digest subscribe weekdays 08:00.');
  return {
    title: 'Which digest?',
    sections: [{ lines: [['This channel has several digests; add the id:'], ...subs.map(subLine)] }],
  };
}

const notYet = (what: string): Card => ({
  title: `Digest ${what}`,
  sections: [
    {
      lines: [
        [
          `Digest ${what} is not available yet in this version of Dealdesk. Your subscriptions are saved and will be used once delivery lands.`,
        ],
      ],
    },
  ],
});

const newId = () => `dg-${randomBytes(4).toString('hex').slice(0, 6)}`;

export default defineCommand({
  name: 'digest',
  description: 'Scheduled digests for this channel: subscribe, unsubscribe, list, preview, settings, status',
  permission: 'manageChannel',
  examples: [
    '/digest subscribe weekdays 7:30am Europe/Paris',
    '/digest subscribe weekly mon 9:00 LUMN PLTR max 5 quiet',
    '/digest subscribe daily 08:00 watchlist --since 7d',
    '/digest settings dg-1a2b3c 09:00',
    '/digest list',
  ],
  subcommands: [
    defineSubcommand({
      name: 'subscribe',
      description: 'Post a digest here on a schedule',
      options: [scheduleOption, timezoneOption, maxOption, quietOption, sinceOption, scopeOption],
      async run(ctx) {
        const { schedule = DEFAULT_SCHEDULE, timezone, max, quiet, since, scope } = ctx.args;
        const draft = {
          id: newId(),
          channelId: ctx.channelId,
          cadence: schedule.cadence,
          weekday: schedule.weekday,
          time: schedule.time,
          timeZone: timezone ?? ctx.defaultTimeZone,
          scope: scope ?? { kind: 'all' as const },
          maxItems: max ?? DEFAULT_MAX,
          quietWhenEmpty: quiet ?? false,
          since: since ?? ctx.now.toISOString(),
          createdBy: ctx.user.id,
          createdAt: ctx.now.toISOString(),
          paused: null,
        };
        const parsed = SubscriptionRecordSchema.safeParse(draft);
        if (!parsed.success)
          return { card: problemCard(`That subscription is not valid: ${parsed.error.issues[0]?.message}.`) };
        const sub = parsed.data;
        const same = (await ctx.store.subscriptions.byChannel(ctx.channelId)).find(
          (s) => describeSubscription({ ...s, since: sub.since }) === describeSubscription(sub),
        );
        if (same)
          return {
            card: problemCard(
              `This channel already has that digest (${same.id}).`,
              'Change it with /digest settings.',
            ),
          };
        await ctx.store.subscriptions.put(sub);
        await ctx.digest.subscriptionChanged(sub, 'created');
        return {
          card: {
            title: 'Digest scheduled',
            sections: [{ lines: [subLine(sub)] }],
            footer: ctx.digest.available
              ? undefined
              : 'Delivery is not available yet in this version; the subscription is saved.',
          },
          visibility: 'public',
        };
      },
    }),
    defineSubcommand({
      name: 'unsubscribe',
      description: 'Stop a digest in this channel',
      options: [idOption],
      async run(ctx) {
        const sub = await pick(ctx);
        if (!('id' in sub)) return { card: sub };
        await ctx.store.subscriptions.delete(sub.id);
        await ctx.digest.subscriptionChanged(sub, 'deleted');
        return {
          card: { title: 'Digest stopped', sections: [{ lines: [subLine(sub)] }] },
          visibility: 'public',
        };
      },
    }),
    defineSubcommand({
      name: 'list',
      description: "This channel's digests",
      permission: 'everyone',
      options: [],
      async run(ctx) {
        const subs = await ctx.store.subscriptions.byChannel(ctx.channelId);
        return {
          card: {
            title: 'Digests in this channel',
            sections: [
              {
                lines: subs.length
                  ? subs.map(subLine)
                  : [
                      [
                        'None yet. Start one with /digest subscribe weekdays 08:00 (add a time zone, tickers or watchlist).',
                      ],
                    ],
              },
            ],
          },
        };
      },
    }),
    defineSubcommand({
      name: 'settings',
      description: 'Show or change a digest: schedule, time zone, scope, max, quiet',
      options: [idOption, scheduleOption, timezoneOption, maxOption, quietOption, sinceOption, scopeOption],
      async run(ctx) {
        const sub = await pick(ctx);
        if (!('id' in sub)) return { card: sub };
        const { schedule, timezone, max, quiet, since, scope } = ctx.args;
        const changed = [schedule, timezone, max, quiet, since, scope].some((v) => v !== undefined);
        if (!changed) return { card: { title: `Digest ${sub.id}`, sections: [{ lines: [subLine(sub)] }] } };
        const next = SubscriptionRecordSchema.safeParse({
          ...sub,
          ...(schedule
            ? schedule.timeOnly
              ? { time: schedule.time }
              : { cadence: schedule.cadence, weekday: schedule.weekday, time: schedule.time }
            : {}),
          ...(timezone ? { timeZone: timezone } : {}),
          ...(max !== undefined ? { maxItems: max } : {}),
          ...(quiet !== undefined ? { quietWhenEmpty: quiet } : {}),
          ...(since ? { since } : {}),
          ...(scope ? { scope } : {}),
        });
        if (!next.success)
          return { card: problemCard(`That change is not valid: ${next.error.issues[0]?.message}.`) };
        await ctx.store.subscriptions.put(next.data);
        await ctx.digest.subscriptionChanged(next.data, 'updated');
        return {
          card: { title: 'Digest updated', sections: [{ lines: [subLine(next.data)] }] },
          visibility: 'public',
        };
      },
    }),
    defineSubcommand({
      name: 'preview',
      description: 'What the next digest would say now',
      permission: 'everyone',
      options: [idOption],
      async run(ctx) {
        const sub = await pick(ctx);
        if (!('id' in sub)) return { card: sub };
        if (!ctx.digest.available) return { card: notYet('preview') };
        return { card: await ctx.digest.preview(sub, ctx.now) };
      },
    }),
    defineSubcommand({
      name: 'status',
      description: 'Last and next run, items left out, delivery errors',
      permission: 'everyone',
      options: [idOption],
      async run(ctx) {
        const sub = await pick(ctx);
        if (!('id' in sub)) return { card: sub };
        if (!ctx.digest.available) return { card: notYet('status') };
        const st = await ctx.digest.status(sub, ctx.now);
        return {
          card: {
            title: `Digest ${sub.id}`,
            sections: [{ lines: [subLine(sub)] }],
            fields: [
              { label: 'Last run', value: [st.lastRunAt ?? 'never'] },
              { label: 'Next run', value: [st.nextRunAt ?? 'not scheduled'] },
              ...(st.leftOut !== null ? [{ label: 'Left out last time', value: [String(st.leftOut)] }] : []),
              ...(st.lastError ? [{ label: 'Last error', value: [st.lastError] }] : []),
            ],
          },
        };
      },
    }),
  ],
});
