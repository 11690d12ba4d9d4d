/**
 * Deals, merged across articles by the pipeline and stored here one record per deal. Indexed by
 * date, by update time, and by party: a party with a ticker under the ticker, every party under its
 * normalised name, each also per deal type so a type-filtered query reads only matching deals.
 */
import { createHash } from 'node:crypto';
import { DealRecordSchema, type DealRecord } from '../../domain/records.js';
import { limitOf, normTicker, rangeOf, type StoreContext } from '../context.js';
import { diffPostings, posting, type Posting } from '../postings.js';
import type { DealRepository } from '../types.js';
import { checkRead, checkWrite, readAll } from '../validate.js';
import { normaliseName } from './names.js';
import { looksLikeTicker } from '../../domain/ticker.js';

const dealKey = (id: string) => `d:${id}`;
const manifestKey = (id: string) => `dm:${id}`;
const INDEX_ALL = 'd:all';
const INDEX_UPDATED = 'd:up';
const tickerIndex = (ticker: string) => `d:p:t:${normTicker(ticker)}`;
const nameIndex = (name: string) => `d:p:n:${normaliseName(name)}`;
const withType = (index: string, type: string | undefined) => (type ? `${index}#${type}` : index);

interface DealManifest {
  fp: string;
  postings: Posting[];
}

function planDeal(deal: DealRecord): DealManifest {
  const id = deal.id;
  const updated = new Date(deal.updatedAt).toISOString();
  const postings = [posting(INDEX_ALL, deal.sortDate, id, 'day'), posting(INDEX_UPDATED, updated, id, 'day')];
  const partyIndexes = new Set<string>();
  for (const p of deal.parties) {
    if (p.ticker) partyIndexes.add(tickerIndex(p.ticker));
    if (normaliseName(p.name)) partyIndexes.add(nameIndex(p.name));
  }
  for (const ix of partyIndexes) {
    postings.push(posting(ix, deal.sortDate, id), posting(withType(ix, deal.type), deal.sortDate, id));
  }
  const fp = createHash('sha256').update(JSON.stringify(deal)).digest('base64url');
  return { fp, postings };
}

/** Stores deals in one batch (the last copy of an id wins), moving their index entries. */
export async function putDeals(ctx: StoreContext, input: DealRecord[]): Promise<void> {
  const deals = new Map(input.map((d) => [d.id, checkWrite(DealRecordSchema, 'deal', d)]));
  if (!deals.size) return;
  const ids = [...deals.keys()];
  await ctx.locks.run(ids.map(manifestKey), async () => {
    const previous = await ctx.kv.getMany<DealManifest>(ids.map(manifestKey));
    const writes: Array<[string, unknown]> = [];
    const add: Posting[] = [];
    const remove: Posting[] = [];
    ids.forEach((id, i) => {
      const deal = deals.get(id)!;
      const plan = planDeal(deal);
      if (previous[i]?.fp === plan.fp) return;
      writes.push([dealKey(id), deal], [manifestKey(id), plan]);
      const diff = diffPostings(previous[i]?.postings ?? [], plan.postings);
      add.push(...diff.add);
      remove.push(...diff.remove);
    });
    await ctx.kv.setMany(writes);
    await ctx.indexes.apply(add, remove);
  });
}

export function dealRepository(ctx: StoreContext): DealRepository {
  const get = async (id: string) =>
    checkRead(DealRecordSchema, 'deal', dealKey(id), await ctx.kv.get(dealKey(id)));
  const getMany = async (ids: string[]): Promise<DealRecord[]> => {
    const keys = ids.map(dealKey);
    return readAll(DealRecordSchema, 'deal', keys, await ctx.kv.getMany(keys));
  };
  return {
    get,
    getMany,
    async byParty(party, q) {
      const name = party.trim();
      const indexes = [withType(nameIndex(name), q?.type)];
      // "LUMN", "brk.b", "7791" could be a ticker; a name like "Lumen" is looked up both ways.
      if (looksLikeTicker(name)) indexes.push(withType(tickerIndex(name), q?.type));
      return getMany(await ctx.indexes.newest(indexes, rangeOf(q), limitOf(q?.limit)));
    },
    async newest(q) {
      return getMany(await ctx.indexes.newest([INDEX_ALL], rangeOf(q), limitOf(q?.limit)));
    },
    async updatedSince(isoDateTime, limit) {
      const from = new Date(isoDateTime);
      if (Number.isNaN(from.getTime())) throw new RangeError(`Not a date-time: ${isoDateTime}`);
      return getMany(await ctx.indexes.newest([INDEX_UPDATED], { from: from.toISOString() }, limitOf(limit)));
    },
    put: (deal) => putDeals(ctx, [deal]),
    async delete(id) {
      await ctx.locks.run([manifestKey(id)], async () => {
        const before = await ctx.kv.get<DealManifest>(manifestKey(id));
        if (before) await ctx.indexes.apply([], before.postings);
        await ctx.kv.deleteMany([dealKey(id), manifestKey(id)]);
      });
    },
  };
}
