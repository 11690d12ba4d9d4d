/**
 * Write-time indexes. An index ("deals by party LUMN", "articles by date") is split into date
 * buckets — months for per-key indexes, days for the store-wide ones so no bucket grows large — and
 * keeps a small list of its buckets. A query reads the bucket list, then buckets newest first until
 * it has `limit` ids: its cost follows the answer's size, not the store's.
 *
 * Entries are [date, id]; "newest first" is date descending, ties by id ascending.
 */
import type { Kv } from './kv.js';
import type { WriteLease } from './lease.js';
import type { KeyedMutex } from './mutex.js';

export type Granularity = 'month' | 'day';
export type Entry = [date: string, id: string];

export interface Posting {
  index: string;
  bucket: string;
  date: string;
  id: string;
}

export function posting(
  index: string,
  date: string,
  id: string,
  granularity: Granularity = 'month',
): Posting {
  return { index, bucket: date.slice(0, granularity === 'day' ? 10 : 7), date, id };
}

export const postingKey = (p: Posting): string => `${p.index}|${p.bucket}|${p.date}|${p.id}`;
const bucketKey = (index: string, bucket: string) => `ix:${index}|${bucket}`;
const listKey = (index: string) => `ixb:${index}`;

const newestFirst = (a: Entry, b: Entry): number =>
  a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
const oldestFirst = (a: Entry, b: Entry): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** Inclusive bounds on an entry's date; a bound compares on its own length (YYYY-MM-DD or full ISO). */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

const inRange = (value: string, r: DateRange): boolean =>
  (r.from === undefined || value >= r.from.slice(0, value.length)) &&
  (r.to === undefined || value.slice(0, r.to.length) <= r.to);
const bucketInRange = (bucket: string, r: DateRange): boolean =>
  (r.from === undefined || bucket >= r.from.slice(0, bucket.length)) &&
  (r.to === undefined || bucket <= r.to.slice(0, bucket.length));

/** Old postings minus new, new minus old: what a re-save must change. */
export function diffPostings(before: Posting[], after: Posting[]): { add: Posting[]; remove: Posting[] } {
  const beforeKeys = new Set(before.map(postingKey));
  const afterKeys = new Set(after.map(postingKey));
  return {
    add: after.filter((p) => !beforeKeys.has(postingKey(p))),
    remove: before.filter((p) => !afterKeys.has(postingKey(p))),
  };
}

export class Indexes {
  constructor(
    private kv: Kv,
    private mutex: KeyedMutex,
    private lease?: WriteLease,
  ) {}

  /** Applies removals then additions, one read and one write per touched bucket. */
  async apply(add: Posting[], remove: Posting[]): Promise<void> {
    if (add.length === 0 && remove.length === 0) return;
    const buckets = new Map<string, { index: string; bucket: string; add: Entry[]; remove: Set<string> }>();
    const touch = (p: Posting) => {
      const key = bucketKey(p.index, p.bucket);
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = { index: p.index, bucket: p.bucket, add: [], remove: new Set() }));
      return b;
    };
    for (const p of remove) touch(p).remove.add(p.id);
    for (const p of add) touch(p).add.push([p.date, p.id]);
    const bKeys = [...buckets.keys()];
    const lKeys = [...new Set([...buckets.values()].map((b) => listKey(b.index)))];

    const update = async () => {
      const values = await this.kv.getMany<Entry[]>(bKeys);
      const writes: Array<[string, unknown]> = [];
      const deletes: string[] = [];
      // Bucket lists change only when a bucket appears or empties: read just those lists.
      const listChanges = new Map<string, { add: string[]; remove: string[] }>();
      const listChange = (index: string) => {
        let c = listChanges.get(index);
        if (!c) listChanges.set(index, (c = { add: [], remove: [] }));
        return c;
      };
      bKeys.forEach((key, i) => {
        const change = buckets.get(key)!;
        const before = values[i] ?? [];
        const addedIds = new Set(change.add.map((e) => e[1]));
        const kept = before.filter((e) => !change.remove.has(e[1]) && !addedIds.has(e[1]));
        const after = [...kept, ...change.add].sort(newestFirst);
        if (after.length === 0) {
          if (before.length) deletes.push(key);
          listChange(change.index).remove.push(change.bucket);
        } else {
          writes.push([key, after]);
          if (before.length === 0) listChange(change.index).add.push(change.bucket);
        }
      });
      const names = [...listChanges.keys()];
      const lists = await this.kv.getMany<string[]>(names.map(listKey));
      names.forEach((name, i) => {
        const { add: added, remove: removed } = listChanges.get(name)!;
        const before = lists[i] ?? [];
        const after = [...new Set([...before, ...added])]
          .filter((b) => !removed.includes(b))
          .sort()
          .reverse();
        if (after.length === before.length && after.every((b, j) => b === before[j])) return;
        if (after.length) writes.push([listKey(name), after]);
        else deletes.push(listKey(name));
      });
      await this.kv.setMany(writes);
      await this.kv.deleteMany(deletes);
    };
    await this.mutex.run([...bKeys, ...lKeys], () => (this.lease ? this.lease.run(update) : update()));
  }

  /** Ids newest first, merged across indexes (deduplicated), within the range, up to limit. */
  async newest(indexes: string[], range: DateRange, limit: number): Promise<string[]> {
    return takeIds((await this.scan(indexes, range, limit, 'desc')).sort(newestFirst), limit);
  }

  /** Ids oldest first within the range, up to limit. */
  async oldest(index: string, range: DateRange, limit: number): Promise<string[]> {
    return takeIds(await this.scan([index], range, limit, 'asc'), limit);
  }

  /**
   * Reads several indexes in lockstep, so each step is one round trip whatever their number: the
   * bucket lists, then each index's next buckets (1, 2, 4, up to 8 at a time) until it has enough.
   */
  private async scan(
    indexes: string[],
    range: DateRange,
    limit: number,
    order: 'asc' | 'desc',
  ): Promise<Entry[]> {
    if (limit <= 0) return [];
    const lists = await this.kv.getMany<string[]>(indexes.map(listKey));
    const cursors = indexes.map((index, i) => {
      const eligible = (lists[i] ?? []).filter((b) => bucketInRange(b, range));
      if (order === 'asc') eligible.reverse();
      return { index, eligible, next: 0, batch: 1, found: [] as Entry[] };
    });
    for (;;) {
      const open = cursors.filter((c) => c.next < c.eligible.length && c.found.length < limit);
      if (!open.length) break;
      const wanted = open.flatMap((c) => {
        const names = c.eligible.slice(c.next, c.next + c.batch);
        c.next += names.length;
        c.batch = Math.min(c.batch * 2, 8);
        return names.map((b) => ({ c, key: bucketKey(c.index, b) }));
      });
      const buckets = await this.kv.getMany<Entry[]>(wanted.map((w) => w.key));
      wanted.forEach(({ c }, i) => {
        const entries = buckets[i] ?? [];
        const sorted = order === 'asc' ? [...entries].sort(oldestFirst) : entries;
        for (const e of sorted) if (inRange(e[0], range)) c.found.push(e);
      });
    }
    return cursors.flatMap((c) => c.found);
  }
}

function takeIds(entries: Entry[], limit: number): string[] {
  const seen = new Set<string>();
  for (const [, id] of entries) {
    if (seen.size >= limit) break;
    seen.add(id);
  }
  return [...seen];
}
