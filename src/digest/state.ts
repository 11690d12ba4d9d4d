/**
 * What digests remember between runs, kept as small store values (validated on read):
 * - per channel: which deals (with the status announced) and which facts it has already been shown,
 *   so nothing repeats and a status change is announced once;
 * - per subscription: its last run (for the next window, and for /digest status) and last error.
 */
import { z } from 'zod';
import { rawKv } from '../store/index.js';
import type { Store } from '../store/types.js';

const IsoDateTime = z.string();

export const LeftOutReasonSchema = z.enum(['already-delivered', 'max-items', 'outside-scope']);
export type LeftOutReason = z.infer<typeof LeftOutReasonSchema>;

export const LeftOutItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['deal', 'move', 'analyst', 'event']),
  label: z.string(),
  reason: LeftOutReasonSchema,
});
export type LeftOutItem = z.infer<typeof LeftOutItemSchema>;

export const LeftOutSchema = z.object({
  /** A sample of what was left out (capped), with why. */
  items: z.array(LeftOutItemSchema),
  counts: z.record(z.string(), z.number()),
});
export type LeftOut = z.infer<typeof LeftOutSchema>;

export const ChannelMemorySchema = z.object({
  /** dealId → status last announced in this channel, with when. */
  deals: z.record(z.string(), z.object({ status: z.string(), at: IsoDateTime })),
  /** fact id (move, analyst action, event) → when it was shown. */
  facts: z.record(z.string(), IsoDateTime),
});
export type ChannelMemory = z.infer<typeof ChannelMemorySchema>;

export const SubscriptionStatusSchema = z.object({
  lastRun: z
    .object({
      periodKey: z.string(),
      /** When the run was due. */
      dueAt: IsoDateTime,
      sentAt: IsoDateTime,
      /** Content up to this instant was considered: the next window starts here. */
      cutoff: IsoDateTime,
      itemIds: z.array(z.string()),
      leftOut: LeftOutSchema,
      /** null when the digest was empty and quiet. */
      messageRef: z.string().nullable(),
    })
    .nullable(),
  lastError: z.object({ at: IsoDateTime, periodKey: z.string(), message: z.string() }).nullable(),
  /** A run skipped because it was older than the catch-up window when the bot came back. */
  lastSkipped: z
    .object({ periodKey: z.string(), dueAt: IsoDateTime, note: z.string() })
    .nullable()
    .default(null),
});
export type SubscriptionStatus = z.infer<typeof SubscriptionStatusSchema>;

const channelKey = (channelId: string) => `digest:channel:${channelId}`;
const statusKey = (subId: string) => `digest:sub:${subId}`;

export const emptyMemory = (): ChannelMemory => ({ deals: {}, facts: {} });
export const emptyStatus = (): SubscriptionStatus => ({ lastRun: null, lastError: null, lastSkipped: null });

export async function loadChannelMemory(store: Store, channelId: string): Promise<ChannelMemory> {
  const parsed = ChannelMemorySchema.safeParse(await store.getValue(channelKey(channelId)));
  return parsed.success ? parsed.data : emptyMemory();
}

/** Keeps memory bounded: entries older than this are forgotten (their content is out of every window). */
const MEMORY_DAYS = 45;

export async function saveChannelMemory(store: Store, channelId: string, memory: ChannelMemory, now: Date) {
  const horizon = new Date(now.getTime() - MEMORY_DAYS * 86_400_000).toISOString();
  const deals = Object.fromEntries(Object.entries(memory.deals).filter(([, v]) => v.at >= horizon));
  const facts = Object.fromEntries(Object.entries(memory.facts).filter(([, at]) => at >= horizon));
  await store.setValue(channelKey(channelId), { deals, facts } satisfies ChannelMemory);
}

export async function loadStatus(store: Store, subId: string): Promise<SubscriptionStatus> {
  const parsed = SubscriptionStatusSchema.safeParse(await store.getValue(statusKey(subId)));
  return parsed.success ? parsed.data : emptyStatus();
}

export async function saveStatus(store: Store, subId: string, status: SubscriptionStatus): Promise<void> {
  await store.setValue(statusKey(subId), status);
}

/**
 * Removes a small value. The Store contract has no delete for generic values, so on a store made by
 * openStore this deletes the key underneath (`v:` is the prefix its getValue/setValue use); any other
 * Store gets a null, which every reader here treats as absent.
 */
async function deleteValue(store: Store, key: string): Promise<void> {
  let kv: ReturnType<typeof rawKv> | undefined;
  try {
    kv = rawKv(store);
  } catch {
    kv = undefined;
  }
  if (kv) await kv.delete(`v:${key}`);
  else await store.setValue(key, null);
}

/**
 * Forgets what a removed subscription left behind: its status (last run, errors), and the channel's
 * memory of delivered items once no subscription in that channel remains. Delivery records expire by
 * themselves (their TTL), and they are keyed by subscription id, so a new subscription never sees them.
 */
export async function forgetSubscription(
  store: Store,
  sub: { id: string; channelId: string },
): Promise<{ memoryCleared: boolean }> {
  await deleteValue(store, statusKey(sub.id));
  const remaining = (await store.subscriptions.byChannel(sub.channelId)).filter((s) => s.id !== sub.id);
  if (remaining.length) return { memoryCleared: false };
  await deleteValue(store, channelKey(sub.channelId));
  return { memoryCleared: true };
}
