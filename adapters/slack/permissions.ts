/**
 * Who may change a channel's digests and watchlists: workspace admins and owners (users.info), plus
 * an optional allow-list of Slack user ids. Answers are cached briefly so a burst of commands costs
 * one users.info call.
 */
import type { WebClient } from '@slack/web-api';
import { createLogger } from '../../src/log.js';

const log = createLogger('slack');

export interface ManagerCheckOptions {
  /** Slack user ids (U…) allowed to manage channels besides admins and owners. */
  allowList?: readonly string[];
  ttlMs?: number;
  now?: () => number;
}

export type ManagerCheck = (team: string, user: string) => Promise<boolean>;

export function createManagerCheck(client: WebClient, opts: ManagerCheckOptions = {}): ManagerCheck {
  const allow = new Set(opts.allowList ?? []);
  const ttl = opts.ttlMs ?? 10 * 60_000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { value: boolean; until: number }>();

  return async (team, user) => {
    if (allow.has(user)) return true;
    const key = `${team}:${user}`;
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.value;
    let value = false;
    try {
      const res = await client.users.info({ user });
      const u = res.user as
        { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } | undefined;
      value = !!(u?.is_admin || u?.is_owner || u?.is_primary_owner);
    } catch (err) {
      // without an answer, deny: the core tells the user who may do this
      log.warn('users.info failed; treating the user as not a channel manager:', (err as Error).message);
      return false;
    }
    if (cache.size > 5000) cache.clear();
    cache.set(key, { value, until: now() + ttl });
    return value;
  };
}
