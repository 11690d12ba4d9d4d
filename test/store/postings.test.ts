/** The bucketed index on its own: ordering, ranges, moves, and that queries read only what they need. */
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../src/store/backends/memory.js';
import { Kv } from '../../src/store/kv.js';
import { KeyedMutex } from '../../src/store/mutex.js';
import { diffPostings, Indexes, posting } from '../../src/store/postings.js';

function setup() {
  const kv = new Kv(openMemory(), 't');
  const reads: string[] = [];
  const getMany = kv.getMany.bind(kv);
  kv.getMany = async <T>(keys: string[]) => {
    reads.push(...keys);
    return getMany<T>(keys);
  };
  return { kv, reads, indexes: new Indexes(kv, new KeyedMutex()) };
}

describe('bucketed indexes', () => {
  it('reads only the newest buckets it needs for a limit', async () => {
    const { indexes, reads } = setup();
    const adds = [];
    for (let m = 1; m <= 12; m++)
      for (let d = 1; d <= 5; d++)
        adds.push(posting('x', `2025-${String(m).padStart(2, '0')}-0${d}`, `id-${m}-${d}`));
    await indexes.apply(adds, []);
    reads.length = 0;
    expect(await indexes.newest(['x'], {}, 3)).toEqual(['id-12-5', 'id-12-4', 'id-12-3']);
    expect(reads).toEqual(['ixb:x', 'ix:x|2025-12']); // the bucket list, then one bucket of twelve
  });

  it('removes a moved entry from its old bucket and drops empty buckets', async () => {
    const { indexes, kv } = setup();
    const before = [posting('x', '2025-01-05', 'a'), posting('x', '2025-02-05', 'b')];
    await indexes.apply(before, []);
    const after = [posting('x', '2025-03-01', 'a'), posting('x', '2025-02-05', 'b')];
    const diff = diffPostings(before, after);
    expect(diff.remove).toHaveLength(1);
    await indexes.apply(diff.add, diff.remove);
    expect(await indexes.newest(['x'], {}, 10)).toEqual(['a', 'b']);
    expect(await kv.get('ixb:x')).toEqual(['2025-03', '2025-02']);
    expect(await kv.get('ix:x|2025-01')).toBeUndefined();
  });

  it('serialises concurrent updates of one bucket without losing entries', async () => {
    const { indexes } = setup();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        indexes.apply([posting('x', '2025-01-01', `id${String(i).padStart(2, '0')}`)], []),
      ),
    );
    expect(await indexes.newest(['x'], {}, 100)).toHaveLength(50);
  });

  it('reads oldest first for forward ranges', async () => {
    const { indexes } = setup();
    await indexes.apply(
      [posting('e', '2025-03-02', 'c'), posting('e', '2025-01-09', 'a'), posting('e', '2025-03-01', 'b')],
      [],
    );
    expect(await indexes.oldest('e', { from: '2025-01-10', to: '2025-12-31' }, 10)).toEqual(['b', 'c']);
  });
});
