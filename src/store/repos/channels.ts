/** Digest subscriptions and channel watchlists: small per-channel records with id lists for lookups. */
import {
  SubscriptionRecordSchema,
  WatchlistRecordSchema,
  type SubscriptionRecord,
  type WatchlistRecord,
} from '../../domain/records.js';
import { normTicker, type StoreContext } from '../context.js';
import type { SubscriptionRepository, WatchlistRepository } from '../types.js';
import { checkRead, checkWrite, readAll } from '../validate.js';

const subKey = (id: string) => `sub:${id}`;
const subChannelKey = (channelId: string) => `sub:ch:${channelId}`;
const SUB_LIST = 'sub:list';
const wlKey = (channelId: string) => `wl:${channelId}`;
const wlTickerKey = (ticker: string) => `wl:t:${normTicker(ticker)}`;
const WL_LIST = 'wl:list';

const withItem = (list: string[] | undefined, item: string) =>
  list?.includes(item) ? list : [...(list ?? []), item];
const withoutItem = (list: string[] | undefined, item: string) => (list ?? []).filter((x) => x !== item);

export function subscriptionRepository(ctx: StoreContext): SubscriptionRepository {
  const get = async (id: string) =>
    checkRead(SubscriptionRecordSchema, 'subscription', subKey(id), await ctx.kv.get(subKey(id)));
  const load = async (ids: string[]): Promise<SubscriptionRecord[]> => {
    const keys = ids.map(subKey);
    return readAll(SubscriptionRecordSchema, 'subscription', keys, await ctx.kv.getMany(keys));
  };
  return {
    get,
    async put(input) {
      const sub = checkWrite(SubscriptionRecordSchema, 'subscription', input);
      await ctx.locks.run(['sub'], () =>
        ctx.lease.run(async () => {
          const before = await ctx.kv.get<SubscriptionRecord>(subKey(sub.id));
          const [list, channel] = await ctx.kv.getMany<string[]>([SUB_LIST, subChannelKey(sub.channelId)]);
          const writes: Array<[string, unknown]> = [
            [subKey(sub.id), sub],
            [SUB_LIST, withItem(list, sub.id)],
            [subChannelKey(sub.channelId), withItem(channel, sub.id)],
          ];
          if (before?.channelId && before.channelId !== sub.channelId) {
            const old = await ctx.kv.get<string[]>(subChannelKey(before.channelId));
            writes.push([subChannelKey(before.channelId), withoutItem(old, sub.id)]);
          }
          await ctx.kv.setMany(writes);
        }),
      );
    },
    async delete(id) {
      await ctx.locks.run(['sub'], () =>
        ctx.lease.run(async () => {
          const before = await ctx.kv.get<SubscriptionRecord>(subKey(id));
          const list = await ctx.kv.get<string[]>(SUB_LIST);
          const writes: Array<[string, unknown]> = [[SUB_LIST, withoutItem(list, id)]];
          if (before?.channelId) {
            const channel = await ctx.kv.get<string[]>(subChannelKey(before.channelId));
            writes.push([subChannelKey(before.channelId), withoutItem(channel, id)]);
          }
          await ctx.kv.setMany(writes);
          await ctx.kv.delete(subKey(id));
        }),
      );
    },
    async byChannel(channelId) {
      return load((await ctx.kv.get<string[]>(subChannelKey(channelId))) ?? []);
    },
    async all() {
      return load((await ctx.kv.get<string[]>(SUB_LIST)) ?? []);
    },
  };
}

export function watchlistRepository(ctx: StoreContext): WatchlistRepository {
  return {
    async get(channelId) {
      return checkRead(
        WatchlistRecordSchema,
        'watchlist',
        wlKey(channelId),
        await ctx.kv.get(wlKey(channelId)),
      );
    },
    async put(input) {
      const list = checkWrite(WatchlistRecordSchema, 'watchlist', input);
      const tickers = [...new Set(list.tickers.map(normTicker))];
      const record: WatchlistRecord = { ...list, tickers };
      await ctx.locks.run(['wl'], () =>
        ctx.lease.run(async () => {
          const before = await ctx.kv.get<WatchlistRecord>(wlKey(list.channelId));
          const old = new Set(before?.tickers ?? []);
          const changed = [...new Set([...old, ...tickers])].filter(
            (t) => old.has(t) !== tickers.includes(t),
          );
          const [all, ...watchers] = await ctx.kv.getMany<string[]>([WL_LIST, ...changed.map(wlTickerKey)]);
          const writes: Array<[string, unknown]> = [
            [wlKey(list.channelId), record],
            [WL_LIST, withItem(all, list.channelId)],
          ];
          changed.forEach((t, i) =>
            writes.push([
              wlTickerKey(t),
              tickers.includes(t)
                ? withItem(watchers[i], list.channelId)
                : withoutItem(watchers[i], list.channelId),
            ]),
          );
          await ctx.kv.setMany(writes);
        }),
      );
    },
    async channelsWatching(ticker) {
      return (await ctx.kv.get<string[]>(wlTickerKey(ticker))) ?? [];
    },
    async all() {
      const channels = (await ctx.kv.get<string[]>(WL_LIST)) ?? [];
      const keys = channels.map(wlKey);
      return readAll(WatchlistRecordSchema, 'watchlist', keys, await ctx.kv.getMany(keys));
    },
  };
}
