/** /watch add|remove|list: the channel's watchlist (alerts are delivered by the digest engine). */
import { defineCommand, defineSubcommand } from '../src/bot/command.js';
import { tickersOption } from '../src/bot/options.js';
import type { CommandContext } from '../src/bot/command.js';
import type { Card } from '../src/bot/types.js';
import { WatchlistRecordSchema } from '../src/domain/records.js';

async function current(ctx: CommandContext<unknown>): Promise<string[]> {
  return (await ctx.store.watchlists.get(ctx.channelId))?.tickers ?? [];
}

async function save(ctx: CommandContext<unknown>, tickers: string[]): Promise<void> {
  await ctx.store.watchlists.put(
    WatchlistRecordSchema.parse({ channelId: ctx.channelId, tickers, updatedAt: ctx.now.toISOString() }),
  );
}

const listCard = (tickers: string[], note?: string): Card => ({
  title: 'Watchlist',
  sections: [
    {
      lines: [
        ...(note ? [[note]] : []),
        [
          tickers.length
            ? `This channel watches: ${tickers.join(', ')}`
            : 'This channel watches nothing yet. Try /watch add LUMN.',
        ],
      ],
    },
  ],
  footer: 'Watched tickers get alerts when news lands, and can scope a digest (/digest subscribe watchlist).',
});

export default defineCommand({
  name: 'watch',
  description: "The channel's watchlist: add, remove or list tickers",
  permission: 'manageChannel',
  examples: ['/watch add LUMN PLTR', '/watch remove PLTR', '/watch list'],
  subcommands: [
    defineSubcommand({
      name: 'add',
      description: 'Watch tickers in this channel',
      options: [tickersOption],
      async run(ctx) {
        const before = await current(ctx);
        const added = ctx.args.tickers.map((c) => c.ticker).filter((t) => !before.includes(t));
        const after = [...before, ...added];
        await save(ctx, after);
        return {
          card: listCard(after, added.length ? `Added ${added.join(', ')}.` : 'Those were already watched.'),
          visibility: 'public',
        };
      },
    }),
    defineSubcommand({
      name: 'remove',
      description: 'Stop watching tickers in this channel',
      options: [tickersOption],
      async run(ctx) {
        const before = await current(ctx);
        const drop = new Set(ctx.args.tickers.map((c) => c.ticker));
        const after = before.filter((t) => !drop.has(t));
        const removed = before.filter((t) => drop.has(t));
        await save(ctx, after);
        return {
          card: listCard(
            after,
            removed.length ? `Removed ${removed.join(', ')}.` : 'Those were not on the watchlist.',
          ),
          visibility: 'public',
        };
      },
    }),
    defineSubcommand({
      name: 'list',
      description: "Show this channel's watchlist",
      permission: 'everyone',
      options: [],
      async run(ctx) {
        return { card: listCard(await current(ctx)) };
      },
    }),
  ],
});
