/**
 * Small stand-ins for the core and the store, for the adapter tests that must not depend on the
 * answers' content. The end-to-end tests (e2e.test.ts) use the real core and a memory store.
 */
import type {
  BotCore,
  Card,
  FollowUpSubject,
  InboundCommand,
  InboundMessage,
  Outcome,
} from '../../src/bot/types.js';
import type {
  DeliveryRecord,
  SubscriptionRecord,
  ThreadContext,
  WatchlistRecord,
} from '../../src/domain/records.js';
import type { Store } from '../../src/store/types.js';

const outcome = (card: Card, visibility: Outcome['visibility'], followUp?: FollowUpSubject): Outcome => ({
  card,
  visibility,
  ...(followUp ? { followUp } : {}),
  fallbackText: [
    card.title,
    ...card.sections.flatMap((s) => s.lines.map((l) => l.map(String).join(''))),
  ].join('\n'),
});

export interface CoreDouble extends BotCore {
  commands: InboundCommand[];
  messages: InboundMessage[];
  threads: Map<string, FollowUpSubject>;
  /** Replaces the answer to one command. */
  answers: Map<string, (cmd: InboundCommand) => Promise<Outcome> | Outcome>;
}

/**
 * deal → public card with a thread; help → ephemeral; anything else → ephemeral "unknown".
 * Like the real core, it keeps thread context in the store (when given one).
 */
export function coreDouble(store?: Store): CoreDouble {
  const double: CoreDouble = {
    commands: [],
    messages: [],
    threads: new Map(),
    answers: new Map(),
    async handleCommand(cmd) {
      double.commands.push(cmd);
      const custom = double.answers.get(cmd.command);
      if (custom) return custom(cmd);
      if (cmd.command === 'help')
        return outcome({ title: 'Dealdesk help', sections: [{ lines: [['/deal <ticker>']] }] }, 'ephemeral');
      if (cmd.command === 'deal') {
        const ticker = cmd.text.trim().toUpperCase() || 'NONE';
        return outcome(
          {
            title: `Deals: ${ticker}`,
            fields: [{ label: 'Ticker', value: [{ code: ticker }] }],
            sections: [{ heading: 'Latest', lines: [[`${ticker} agreed to sell a unit for $1.2 billion`]] }],
            threadPrompt: 'Reply in this thread to ask a follow-up.',
          },
          'public',
          { command: 'deal', tickers: [ticker], dealIds: [], articleIds: [], lastAnswer: null },
        );
      }
      return outcome({ title: `Unknown command ${cmd.command}`, sections: [] }, 'ephemeral');
    },
    async handleMessage(msg) {
      double.messages.push(msg);
      const subject = double.threads.get(msg.threadId);
      if (!subject && !msg.mentioned) return null;
      return outcome(
        {
          title: 'Follow-up',
          sections: [{ lines: [[`About ${subject?.tickers.join(', ') ?? 'nothing yet'}: ${msg.text}`]] }],
        },
        'public',
        subject ?? { command: 'ask', tickers: [], dealIds: [], articleIds: [], lastAnswer: null },
      );
    },
    async autocomplete() {
      return [];
    },
    async rememberThread(threadId, subject) {
      double.threads.set(threadId, subject);
      await store?.threads.put({ threadId, ...subject, updatedAt: new Date().toISOString() });
    },
    async recallThread(threadId) {
      return double.threads.get(threadId) ?? null;
    },
  };
  return double;
}

/** Just what the adapter reads and writes: deliveries (dedupe), subscriptions and watchlists (App Home). */
export function storeDouble(
  init: { subscriptions?: SubscriptionRecord[]; watchlists?: WatchlistRecord[] } = {},
): Store & { claims: string[] } {
  const deliveries = new Map<string, DeliveryRecord>();
  const threads = new Map<string, ThreadContext>();
  const claims: string[] = [];
  const store = {
    backend: 'memory',
    claims,
    deliveries: {
      async claim(record: DeliveryRecord) {
        claims.push(record.key);
        if (deliveries.has(record.key)) return false;
        deliveries.set(record.key, record);
        return true;
      },
      async get(key: string) {
        return deliveries.get(key);
      },
      async update(record: DeliveryRecord) {
        deliveries.set(record.key, record);
      },
      async release(key: string) {
        deliveries.delete(key);
      },
    },
    threads: {
      async get(id: string) {
        return threads.get(id);
      },
      async put(ctx: ThreadContext) {
        threads.set(ctx.threadId, ctx);
      },
    },
    subscriptions: {
      async all() {
        return init.subscriptions ?? [];
      },
    },
    watchlists: {
      async all() {
        return init.watchlists ?? [];
      },
    },
  };
  return store as unknown as Store & { claims: string[] };
}
