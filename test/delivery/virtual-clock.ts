/**
 * Virtual time for queue tests: `sleep` never waits for real; whenever the process is otherwise idle
 * (nothing left in the microtask queue), the earliest sleeper wakes and `now()` jumps to its time.
 * Reusable by any test of code that takes a `Clock`.
 */
import type { Clock } from '../../src/delivery/outbound-queue.js';

export interface VirtualClock extends Clock {
  /** Every sleep requested, in ms, in call order. */
  sleeps: number[];
}

export function createVirtualClock(start = 0): VirtualClock {
  let now = start;
  let seq = 0;
  const timers: Array<{ at: number; seq: number; wake: () => void }> = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift();
      if (!next) return;
      now = Math.max(now, next.at);
      next.wake();
      if (timers.length) schedule();
    });
  };

  const clock: VirtualClock = {
    sleeps: [],
    now: () => now,
    sleep(ms) {
      clock.sleeps.push(ms);
      return new Promise<void>((resolve) => {
        timers.push({ at: now + Math.max(0, ms), seq: seq++, wake: resolve });
        schedule();
      });
    },
  };
  return clock;
}
