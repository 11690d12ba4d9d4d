/** /digest preview and /digest status through the DigestPort seam. */
import { beforeEach, describe, expect, it } from 'vitest';
import { PermanentSendError } from '../../src/delivery/poster.js';
import { runDueDigests } from '../../src/digest/deliver.js';
import { createDigestPort } from '../../src/digest/port.js';
import { setLogLevel } from '../../src/log.js';
import type { Store } from '../../src/store/types.js';
import { deal, putDeal, subscription } from './builders.js';
import { createFakePoster, registryWith, type FakePoster } from './fake-poster.js';
import { openTestStore } from './stores.js';

let store: Store;
let poster: FakePoster;
let now: number;
const deps = () => ({ store, posters: registryWith(poster), clock: { now: () => now } });

beforeEach(async () => {
  setLogLevel('silent');
  store = await openTestStore();
  poster = createFakePoster();
  now = Date.parse('2026-11-20T07:00:00Z');
});

describe('digest port', () => {
  it('previews the next digest without posting or remembering it', async () => {
    const sub = subscription({ scope: { kind: 'tickers', tickers: ['LUMN'] }, maxItems: 1 });
    await store.subscriptions.put(sub);
    await putDeal(store, deal('a', '2026-11-19T10:00:00Z', { tickers: ['LUMN', 'AAA'], amount: 1e9 }));
    await putDeal(store, deal('b', '2026-11-19T11:00:00Z', { tickers: ['LUMN', 'BBB'], amount: 9e9 }));
    await putDeal(store, deal('c', '2026-11-19T12:00:00Z', { tickers: ['ZZZ', 'YYY'] }));
    const port = createDigestPort(deps());
    expect(port.available).toBe(true);
    const card = await port.preview(sub, new Date(now));
    expect(JSON.stringify(card.sections)).toContain('BBB'); // the bigger deal wins the one slot
    expect(JSON.stringify(card.sections)).not.toContain('AAA');
    expect(card.footer).toContain('Preview: nothing was posted');
    expect(poster.posts).toHaveLength(0);
    // previewing twice shows the same thing: nothing was remembered
    expect(await port.preview(sub, new Date(now))).toEqual(card);

    const before = await port.status(sub, new Date(now));
    expect(before).toMatchObject({ lastRunAt: null, nextRunAt: '2026-11-20T08:00:00.000Z', lastError: null });

    now = Date.parse('2026-11-20T08:00:00Z');
    await runDueDigests(deps());
    const after = await port.status(sub, new Date(now + 1000));
    expect(after.lastRunAt).toBe('2026-11-20T08:00:00.000Z');
    expect(after.nextRunAt).toBe('2026-11-21T08:00:00.000Z');
    expect(after.leftOut).toBe(2); // one over maxItems, one outside the LUMN scope
  });

  it('shows a quiet empty preview plainly, and a delivery error in status', async () => {
    const sub = subscription({ quietWhenEmpty: true });
    await store.subscriptions.put(sub);
    const port = createDigestPort(deps());
    const card = await port.preview(sub, new Date(now));
    expect(card.footer).toContain('quiet when empty');
    expect(JSON.stringify(card.sections)).toContain('No new deals since');

    await putDeal(store, deal('a', '2026-11-19T10:00:00Z'));
    poster.failNext.push(new PermanentSendError('missing_access'));
    now = Date.parse('2026-11-20T08:00:00Z');
    await runDueDigests(deps());
    const paused = (await store.subscriptions.get(sub.id))!;
    const status = await port.status(paused, new Date(now));
    expect(status.lastError).toContain('missing_access');
    expect(status.nextRunAt).toBeNull();
  });
});
