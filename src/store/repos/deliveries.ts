/** Delivery records (claimed atomically before a post) and thread contexts. */
import { DeliveryRecordSchema, ThreadContextSchema } from '../../domain/records.js';
import type { StoreContext } from '../context.js';
import type { DeliveryRepository, ThreadRepository } from '../types.js';
import { checkRead, checkWrite } from '../validate.js';

const deliveryKey = (key: string) => `dl:${key}`;
const threadKey = (id: string) => `th:${id}`;

export function deliveryRepository(ctx: StoreContext): DeliveryRepository {
  return {
    async claim(input, ttlMs) {
      const record = checkWrite(DeliveryRecordSchema, 'delivery', input);
      return ctx.kv.claim(deliveryKey(record.key), record, ttlMs);
    },
    async get(key) {
      return checkRead(
        DeliveryRecordSchema,
        'delivery',
        deliveryKey(key),
        await ctx.kv.get(deliveryKey(key)),
      );
    },
    async update(input) {
      const record = checkWrite(DeliveryRecordSchema, 'delivery', input);
      // Keep the claim's expiry, so finished records age out the same way.
      const envelope = await ctx.kv.getEnvelope(deliveryKey(record.key));
      const remaining = typeof envelope?.expires === 'number' ? envelope.expires - Date.now() : undefined;
      await ctx.kv.set(
        deliveryKey(record.key),
        record,
        remaining !== undefined ? Math.max(1, remaining) : undefined,
      );
    },
    async release(key) {
      await ctx.kv.delete(deliveryKey(key));
    },
  };
}

export function threadRepository(ctx: StoreContext): ThreadRepository {
  return {
    async get(threadId) {
      return checkRead(
        ThreadContextSchema,
        'thread context',
        threadKey(threadId),
        await ctx.kv.get(threadKey(threadId)),
      );
    },
    async put(input) {
      const ctxRecord = checkWrite(ThreadContextSchema, 'thread context', input);
      await ctx.kv.set(threadKey(ctxRecord.threadId), ctxRecord);
    },
  };
}
