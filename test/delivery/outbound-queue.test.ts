import { describe, expect, it } from 'vitest';
import {
  PermanentSendError,
  RateLimitedError,
  createOutboundQueue,
  type DeliveryFailure,
} from '../../src/delivery/outbound-queue.js';
import { createVirtualClock } from './virtual-clock.js';

interface Sent {
  channel: string;
  message: string;
  at: number;
}

function setup(
  failures: Record<string, Array<Error>> = {},
  opts: { burst?: number; intervalMs?: number; maxRetries?: number } = {},
) {
  const clock = createVirtualClock(0);
  const sent: Sent[] = [];
  const reported: DeliveryFailure<string>[] = [];
  const attemptsByMessage: Record<string, number> = {};
  const queue = createOutboundQueue<string, string>({
    clock,
    burst: opts.burst ?? 3,
    intervalMs: opts.intervalMs ?? 1000,
    maxRetries: opts.maxRetries ?? 2,
    backoffMs: () => 100,
    onFailure: (f) => reported.push(f),
    async send(channel, message) {
      attemptsByMessage[message] = (attemptsByMessage[message] ?? 0) + 1;
      const next = failures[message]?.shift();
      if (next) throw next;
      sent.push({ channel, message, at: clock.now() });
      return `ts-${message}`;
    },
  });
  return { clock, sent, reported, queue, attemptsByMessage };
}

describe('outbound queue', () => {
  it('keeps FIFO order per channel and paces after the burst', async () => {
    const { queue, sent } = setup();
    const results = await Promise.all(['m1', 'm2', 'm3', 'm4', 'm5'].map((m) => queue.enqueue('C1', m)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sent.map((s) => s.message)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(sent.map((s) => s.at)).toEqual([0, 0, 0, 1000, 2000]);
  });

  it('returns what send returned', async () => {
    const { queue } = setup();
    expect(await queue.enqueue('C1', 'x')).toMatchObject({ ok: true, value: 'ts-x', attempts: 1 });
  });

  it('paces channels independently', async () => {
    const { queue, sent } = setup({}, { burst: 1 });
    await Promise.all([
      queue.enqueue('A', 'a1'),
      queue.enqueue('A', 'a2'),
      queue.enqueue('A', 'a3'),
      queue.enqueue('B', 'b1'),
    ]);
    const b1 = sent.find((s) => s.message === 'b1');
    expect(b1?.at).toBe(0);
    expect(sent.filter((s) => s.channel === 'A').map((s) => s.at)).toEqual([0, 1000, 2000]);
  });

  it('waits Retry-After on a rate limit, retries the same message and keeps order', async () => {
    const { queue, sent, reported, attemptsByMessage } = setup({ m2: [new RateLimitedError(5000)] });
    const results = await Promise.all(['m1', 'm2', 'm3'].map((m) => queue.enqueue('C1', m)));
    expect(sent.map((s) => s.message)).toEqual(['m1', 'm2', 'm3']);
    expect(sent[1]!.at).toBeGreaterThanOrEqual(5000);
    expect(sent[2]!.at).toBeGreaterThanOrEqual(sent[1]!.at);
    expect(attemptsByMessage.m2).toBe(2);
    expect(results[1]).toMatchObject({ ok: true, attempts: 2 });
    expect(reported).toEqual([]);
  });

  it('never drops a message however many rate limits come in a row', async () => {
    const limits = Array.from({ length: 20 }, () => new RateLimitedError(1000));
    const { queue, sent } = setup({ m1: limits }, { maxRetries: 1 });
    const r = await queue.enqueue('C1', 'm1');
    expect(r.ok).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('a global rate limit pauses the other channels too', async () => {
    const { queue, sent } = setup({ a1: [new RateLimitedError(3000, 'global')] });
    const first = queue.enqueue('A', 'a1');
    await new Promise((r) => setImmediate(r));
    await Promise.all([first, queue.enqueue('B', 'b1')]);
    expect(sent.find((s) => s.message === 'b1')!.at).toBeGreaterThanOrEqual(3000);
  });

  it('retries transient errors a bounded number of times, then reports and moves on', async () => {
    const boom = () => new Error('socket hang up');
    const { queue, sent, reported, attemptsByMessage } = setup({
      m1: [boom(), boom(), boom(), boom()],
      m2: [boom()],
    });
    const [r1, r2] = await Promise.all([queue.enqueue('C1', 'm1'), queue.enqueue('C1', 'm2')]);
    expect(r1).toMatchObject({ ok: false, reason: 'exhausted', attempts: 3 });
    expect(attemptsByMessage.m1).toBe(3);
    expect(r2).toMatchObject({ ok: true, attempts: 2 });
    expect(sent.map((s) => s.message)).toEqual(['m2']);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ channel: 'C1', message: 'm1', reason: 'exhausted' });
  });

  it('reports permanent errors at once without retrying', async () => {
    const { queue, reported, attemptsByMessage } = setup({ m1: [new PermanentSendError('not_in_channel')] });
    const r = await queue.enqueue('C9', 'm1');
    expect(r).toMatchObject({ ok: false, reason: 'permanent', code: 'not_in_channel', attempts: 1 });
    expect(attemptsByMessage.m1).toBe(1);
    expect(reported).toEqual([
      expect.objectContaining({ channel: 'C9', message: 'm1', code: 'not_in_channel' }),
    ]);
  });

  it('uses a custom classifier for platform errors', async () => {
    const clock = createVirtualClock();
    let calls = 0;
    const queue = createOutboundQueue<string, number>({
      clock,
      classify: (err) => {
        const code = (err as { data?: { error?: string } }).data?.error;
        if (code === 'ratelimited') return { kind: 'rate-limited', retryAfterMs: 1500 };
        if (code === 'channel_not_found') return { kind: 'permanent', code };
        return { kind: 'transient' };
      },
      async send() {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('x'), { data: { error: 'ratelimited' } });
        if (calls === 3) throw Object.assign(new Error('y'), { data: { error: 'channel_not_found' } });
        return calls;
      },
    });
    const a = await queue.enqueue('C', 'a');
    expect(a).toMatchObject({ ok: true, value: 2 });
    expect(clock.now()).toBeGreaterThanOrEqual(1500);
    const b = await queue.enqueue('C', 'b');
    expect(b).toMatchObject({ ok: false, reason: 'permanent', code: 'channel_not_found' });
  });

  it('drain waits for everything and pending counts what is left', async () => {
    const { queue, sent } = setup({}, { burst: 1 });
    for (const m of ['a', 'b', 'c']) void queue.enqueue('C1', m);
    void queue.enqueue('C2', 'd');
    expect(queue.pending()).toBe(4);
    expect(queue.pending('C1')).toBe(3);
    await queue.drain();
    expect(queue.pending()).toBe(0);
    expect(sent).toHaveLength(4);
  });

  it('close drains, then refuses new messages and reports them', async () => {
    const { queue, sent, reported } = setup();
    void queue.enqueue('C1', 'a');
    void queue.enqueue('C1', 'b');
    await queue.close();
    expect(sent.map((s) => s.message)).toEqual(['a', 'b']);
    const late = await queue.enqueue('C1', 'c');
    expect(late).toMatchObject({ ok: false, reason: 'closed' });
    expect(reported.map((f) => f.message)).toEqual(['c']);
  });

  it('close with a deadline fails what has not started, and says so', async () => {
    const { queue, sent, reported } = setup({}, { burst: 1, intervalMs: 10_000 });
    const results = ['a', 'b', 'c'].map((m) => queue.enqueue('C1', m));
    await queue.close(15_000);
    const settled = await Promise.all(results);
    expect(sent.map((s) => s.message)).toEqual(['a', 'b']);
    expect(settled[2]).toMatchObject({ ok: false, reason: 'closed' });
    expect(reported.map((f) => f.message)).toEqual(['c']);
  });
});
