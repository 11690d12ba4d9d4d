/**
 * Which feeds Dealdesk polls: the ones added with `dealdesk feeds add` (kept in the store) plus
 * DEALDESK_FEEDS, each with its polling state (last result, failures, backoff, "failing").
 */
import { z } from 'zod';
import type { Store } from '../store/types.js';

export const FEEDS_KEY = 'feeds:list';
const stateKey = (url: string) => `feeds:state:${url}`;

export const FeedStateSchema = z.object({
  lastPolledAt: z.string().nullable(),
  lastOkAt: z.string().nullable(),
  lastResult: z.enum(['new-items', 'unchanged', 'not-modified', 'error']).nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  /** Backoff: not polled before this instant. */
  nextAttemptAt: z.string().nullable(),
  /** Kept failing: polled only by one probe per cool-down (24 h) until it works again or is re-added. */
  failing: z.boolean(),
  /** When it was marked failing (null while healthy). */
  failingSince: z.string().nullable().default(null),
  articles: z.object({ new: z.number(), updated: z.number() }),
});
export type FeedState = z.infer<typeof FeedStateSchema>;

export const initialFeedState = (): FeedState => ({
  lastPolledAt: null,
  lastOkAt: null,
  lastResult: null,
  lastError: null,
  consecutiveFailures: 0,
  nextAttemptAt: null,
  failing: false,
  failingSince: null,
  articles: { new: 0, updated: 0 },
});

export class FeedUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedUrlError';
  }
}

/** A feed URL as we keep it: absolute http(s), no fragment. Throws a friendly FeedUrlError otherwise. */
export function normaliseFeedUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FeedUrlError(
      `"${input}" is not a URL: give the full feed address, e.g. https://example.com/rss`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FeedUrlError(`"${input}" is not an http(s) URL`);
  url.hash = '';
  return url.toString();
}

export async function storedFeeds(store: Store): Promise<string[]> {
  const list = await store.getValue<unknown>(FEEDS_KEY);
  return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : [];
}

export interface FeedEntry {
  url: string;
  origin: 'store' | 'env';
  state: FeedState;
}

/** Every feed to poll (stored first, then env), without duplicates, with its state. */
export async function listFeeds(store: Store, envFeeds: string[] = []): Promise<FeedEntry[]> {
  const seen = new Set<string>();
  const out: FeedEntry[] = [];
  const add = async (raw: string, origin: FeedEntry['origin']) => {
    let url: string;
    try {
      url = normaliseFeedUrl(raw);
    } catch {
      return; // a bad DEALDESK_FEEDS entry is reported by `feeds list` via envProblems
    }
    if (seen.has(url)) return;
    seen.add(url);
    out.push({ url, origin, state: await loadFeedState(store, url) });
  };
  for (const u of await storedFeeds(store)) await add(u, 'store');
  for (const u of envFeeds) await add(u, 'env');
  return out;
}

/** DEALDESK_FEEDS entries that are not usable URLs, with why. */
export function envProblems(envFeeds: string[]): string[] {
  return envFeeds.flatMap((u) => {
    try {
      normaliseFeedUrl(u);
      return [];
    } catch (err) {
      return [`DEALDESK_FEEDS: ${(err as Error).message}`];
    }
  });
}

/** Adds a feed (or re-enables one that was marked failing). Returns false if it was already there and healthy. */
export async function addFeed(
  store: Store,
  input: string,
): Promise<{ url: string; added: boolean; revived: boolean }> {
  const url = normaliseFeedUrl(input);
  const list = await storedFeeds(store);
  const state = await loadFeedState(store, url);
  const revived = state.failing || state.consecutiveFailures > 0;
  if (revived)
    await saveFeedState(store, url, {
      ...state,
      failing: false,
      failingSince: null,
      consecutiveFailures: 0,
      nextAttemptAt: null,
    });
  if (list.includes(url)) return { url, added: false, revived };
  await store.setValue(FEEDS_KEY, [...list, url]);
  return { url, added: true, revived };
}

export async function removeFeed(store: Store, input: string): Promise<{ url: string; removed: boolean }> {
  const url = normaliseFeedUrl(input);
  const list = await storedFeeds(store);
  if (!list.includes(url)) return { url, removed: false };
  await store.setValue(
    FEEDS_KEY,
    list.filter((u) => u !== url),
  );
  return { url, removed: true };
}

export async function loadFeedState(store: Store, url: string): Promise<FeedState> {
  const parsed = FeedStateSchema.safeParse(await store.getValue(stateKey(url)));
  return parsed.success ? parsed.data : initialFeedState();
}

export async function saveFeedState(store: Store, url: string, state: FeedState): Promise<void> {
  await store.setValue(stateKey(url), state);
}
