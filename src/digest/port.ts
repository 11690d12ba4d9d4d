/**
 * The digest engine behind `/digest preview` and `/digest status` (the `DigestPort` seam in
 * src/bot/digest-port.ts): previews build what the next digest would say now without posting or
 * remembering anything; status reads the last run, the next run, items left out and the last error.
 */
import type { DigestPort, DigestStatus } from '../bot/digest-port.js';
import type { Card } from '../bot/types.js';
import type { SubscriptionRecord } from '../domain/records.js';
import { createLogger } from '../log.js';
import { nextRun } from '../scheduler/schedule.js';
import { buildForSubscription, type DigestDeps } from './deliver.js';
import { renderEmptyDigest } from './render.js';
import { forgetSubscription, loadStatus } from './state.js';

export async function previewCard(deps: DigestDeps, sub: SubscriptionRecord, now: Date): Promise<Card> {
  const built = await buildForSubscription(deps, sub, now);
  if (built.outcome)
    return {
      ...built.outcome.card,
      footer: joinFooter(built.outcome.card.footer, 'Preview: nothing was posted.'),
    };
  // Quiet when empty: say what would happen rather than showing nothing.
  const card = renderEmptyDigest(sub, built.windowStart).card;
  return { ...card, footer: 'Preview: this subscription is quiet when empty, so nothing would be posted.' };
}

const joinFooter = (a: string | undefined, b: string) => (a ? `${a} · ${b}` : b);

export async function digestStatus(
  deps: Pick<DigestDeps, 'store'>,
  sub: SubscriptionRecord,
  now: Date,
): Promise<DigestStatus & { paused: string | null; skipped: string | null; leftOutSample: string[] }> {
  const status = await loadStatus(deps.store, sub.id);
  const counts = status.lastRun?.leftOut.counts;
  const leftOut = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  return {
    lastRunAt: status.lastRun?.sentAt ?? null,
    nextRunAt: sub.paused ? null : nextRun(sub, now).at.toISOString(),
    leftOut,
    lastError: status.lastError?.message ?? sub.paused?.reason ?? null,
    paused: sub.paused ? sub.paused.reason : null,
    skipped: status.lastSkipped?.note ?? null,
    leftOutSample: (status.lastRun?.leftOut.items ?? []).map(
      (i) => `${i.label} (${i.reason.replace(/-/g, ' ')})`,
    ),
  };
}

export function createDigestPort(deps: DigestDeps): DigestPort {
  const log = deps.log ?? createLogger('digest');
  return {
    available: true,
    preview: (sub, now) => previewCard(deps, sub, now),
    status: (sub, now) => digestStatus(deps, sub, now),
    // The scheduler reads subscriptions on every tick, so a change takes effect at the next minute;
    // a removed subscription's digest state is cleaned up here.
    async subscriptionChanged(sub, change) {
      log.debug(`subscription ${sub.id} ${change}`);
      if (change !== 'deleted') return;
      try {
        await forgetSubscription(deps.store, sub);
      } catch (err) {
        // the subscription is gone either way: leftover state only costs space
        log.warn(`could not clean up the digest state of ${sub.id}:`, (err as Error).message);
      }
    },
  };
}
