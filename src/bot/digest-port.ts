/**
 * The seam between `/digest` and the digest engine (scheduling and delivery). The commands store
 * subscriptions themselves; previews, status and rescheduling go through this port, which the
 * digest engineer implements. Until then `digestNotAvailable` says so plainly.
 */
import type { SubscriptionRecord } from '../domain/records.js';
import type { Card } from './types.js';

export interface DigestStatus {
  lastRunAt: string | null;
  nextRunAt: string | null;
  /** Items left out of the last digest (dedupe or filter), when known. */
  leftOut: number | null;
  lastError: string | null;
}

export interface DigestPort {
  /** False until delivery exists: commands then tell users previews/status are not available yet. */
  readonly available: boolean;
  /** The card the next digest would post now. */
  preview(sub: SubscriptionRecord, now: Date): Promise<Card>;
  status(sub: SubscriptionRecord, now: Date): Promise<DigestStatus>;
  /** Called after a subscription is created, changed or removed, so the scheduler can adjust. */
  subscriptionChanged(sub: SubscriptionRecord, change: 'created' | 'updated' | 'deleted'): Promise<void>;
}

export const digestNotAvailable: DigestPort = {
  available: false,
  async preview() {
    throw new Error('digest delivery is not available yet');
  },
  async status() {
    return { lastRunAt: null, nextRunAt: null, leftOut: null, lastError: null };
  },
  async subscriptionChanged() {},
};
