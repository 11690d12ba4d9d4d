import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { StubCore } from './stub-core.js';

describe('discord adapter: gateway reconnect and shutdown', () => {
  const core = new StubCore();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(core);
  });
  afterAll(async () => h?.stop());

  it('resumes the session after the connection drops, then keeps answering', async () => {
    const sessionBefore = h.fake.lastIdentify && h.fake.frames.length;
    expect(sessionBefore).toBeGreaterThan(0);
    h.fake.dropConnection(4000);
    await h.fake.waitUntil(() => h.fake.resumeCount > 0, 10_000, 'RESUME');
    expect(h.fake.identifyCount).toBe(1); // resumed, not re-identified
    expect(h.fake.lastResume.session_id).toMatch(/^session-/);
    expect(h.fake.lastResume.token).toBe('test-token-abcdef');
    expect(h.fake.lastResume.seq).toBeGreaterThanOrEqual(2); // READY + GUILD_CREATE were seen

    await h.fake.waitUntil(() => h.fake.connected, 5000, 'reconnected socket');
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({ name: 'deal', options: [{ name: 'ticker', type: 3, value: 'LUMN' }] });
    const cb = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), {
      since,
      timeoutMs: 5000,
    });
    expect(cb.body.type).toBe(4);
  });

  it('stop() drains, disconnects from the gateway and is idempotent', async () => {
    await Promise.all([h.adapter.stop(), h.adapter.stop()]);
    await h.fake.waitUntil(() => !h.fake.connected, 5000, 'socket closed');
    expect(h.adapter.client.isReady()).toBe(false);
  });
});
