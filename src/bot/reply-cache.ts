/**
 * Replies of read-only commands (`cacheable` declarations), kept while the store's content is
 * unchanged. "/deal LUMN" asked again by a colleague, from another channel or another platform, is
 * then answered without re-reading and re-ranking the store: the check costs one small read (the
 * store's content version), and any ingest, in any instance sharing the store, changes that version.
 * Keys carry the day, so replies that depend on "today" (upcoming events, "since") turn over daily.
 */
import type { Outcome } from './types.js';

interface Entry {
  version: string;
  outcome: Outcome;
}

export class ReplyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 500) {}

  /** The kept reply for `key` if it was made at `version`. */
  get(key: string, version: string): Outcome | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last: the oldest entry is the first evicted.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.outcome;
  }

  set(key: string, version: string, outcome: Outcome): void {
    this.entries.delete(key);
    this.entries.set(key, { version, outcome });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** What a cacheable command's reply depends on: its name, its arguments as given, and the day. */
export function replyKey(
  command: string,
  text: string,
  typed: Record<string, unknown> | undefined,
  day: string,
): string {
  const args = typed && Object.keys(typed).length ? JSON.stringify(sortedEntries(typed)) : text;
  return `${command}\u0000${args.trim().replace(/\s+/g, ' ')}\u0000${day}`;
}

const sortedEntries = (o: Record<string, unknown>) =>
  Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
