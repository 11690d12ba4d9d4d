/** /digest unsubscribe through the core: the removed subscription's digest state is cleaned up. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { InboundCommand } from '../../src/bot/types.js';
import { parseConfig } from '../../src/config/env.js';
import { runDueDigests } from '../../src/digest/deliver.js';
import { setLogLevel } from '../../src/log.js';
import { deal, putDeal, subscription } from './builders.js';
import { createFakePoster, registryWith } from './fake-poster.js';
import { openTestStore } from './stores.js';

const CHANNEL = 'fake:W1:C1';
let app: App;

const unsubscribe = (id: string) => {
  const cmd: InboundCommand = {
    kind: 'command',
    platform: 'shell', // the core does not care; the channel id is what matters
    command: 'digest',
    text: `unsubscribe ${id}`,
    user: { id: 'fake:W1:U1', name: 'ops', canManageChannel: true },
    workspaceId: 'fake:W1',
    channelId: CHANNEL,
    threadId: null,
  };
  return app.core.handleCommand(cmd);
};

beforeEach(async () => {
  setLogLevel('silent');
  const store = await openTestStore();
  app = await createApp(parseConfig({ DEALDESK_LOG_LEVEL: 'silent', DEALDESK_EXAMPLES: 'false' }), {
    store,
  });
  await store.subscriptions.put(subscription({ id: 'dg-morning', channelId: CHANNEL }));
  await store.subscriptions.put(subscription({ id: 'dg-evening', channelId: CHANNEL, time: '18:00' }));
  await putDeal(store, deal('d1', '2026-11-19T10:00:00Z', { tickers: ['LUMN', 'ATT'], amount: 2e9 }));
  const poster = createFakePoster();
  await runDueDigests({
    store,
    posters: registryWith(poster),
    clock: { now: () => Date.parse('2026-11-20T08:01:00Z') },
  });
  expect(poster.posts).toHaveLength(1);
});

describe('/digest unsubscribe', () => {
  it("removes the subscription's status, and the channel's memory with the last subscription", async () => {
    const store = app.store;
    expect(await store.getValue('digest:sub:dg-morning')).toBeTruthy();
    expect(await store.getValue(`digest:channel:${CHANNEL}`)).toBeTruthy();

    const out = await unsubscribe('dg-morning');
    expect(out.card.title).toBe('Digest stopped');
    expect(await store.subscriptions.get('dg-morning')).toBeUndefined();
    expect(await store.getValue('digest:sub:dg-morning')).toBeUndefined();
    // another digest still runs in the channel: what it has shown is kept, so nothing repeats
    expect(await store.getValue(`digest:channel:${CHANNEL}`)).toBeTruthy();

    await unsubscribe('dg-evening');
    expect(await store.getValue(`digest:channel:${CHANNEL}`)).toBeUndefined();
  });
});
