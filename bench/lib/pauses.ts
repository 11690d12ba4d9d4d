/**
 * What stalls the event loop while a bench runs: its delay (perf_hooks histogram, 1 ms resolution)
 * and garbage-collection pauses. A p99 far above the p50 with neither large means the process was
 * waiting for a CPU (a busy machine), not running our code.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export interface Pauses {
  loopDelayP99: number;
  loopDelayMax: number;
  gcCount: number;
  gcTotal: number;
  gcMax: number;
}

/** Starts watching; the returned function stops and reports (all figures in milliseconds). */
export function watchPauses(): () => Pauses {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const gc: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gc.push(e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  delay.enable();
  return () => {
    delay.disable();
    for (const e of observer.takeRecords()) gc.push(e.duration);
    observer.disconnect();
    return {
      // The histogram counts the 1 ms timer itself: subtract it so an idle loop reads ~0.
      loopDelayP99: Math.max(0, delay.percentile(99) / 1e6 - 1),
      loopDelayMax: Math.max(0, delay.max / 1e6 - 1),
      gcCount: gc.length,
      gcTotal: gc.reduce((s, x) => s + x, 0),
      gcMax: gc.length ? Math.max(...gc) : 0,
    };
  };
}

export const describePauses = (p: Pauses): string =>
  `loop delay p99 ${p.loopDelayP99.toFixed(1)} ms, max ${p.loopDelayMax.toFixed(1)} ms; ` +
  `GC ${p.gcCount} pauses, ${p.gcTotal.toFixed(1)} ms in all, longest ${p.gcMax.toFixed(1)} ms`;
