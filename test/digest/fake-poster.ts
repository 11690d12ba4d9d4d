/** A fake platform for digest tests: records every post and admin notice. */
import type { Outcome } from '../../src/bot/types.js';
import { PosterRegistry, type Poster } from '../../src/delivery/poster.js';

export interface FakePoster extends Poster {
  posts: Array<{ channelId: string; outcome: Outcome }>;
  notices: Array<{ channelId: string; text: string }>;
  /** Makes the next posts throw these errors, in order. */
  failNext: unknown[];
}

export function createFakePoster(platform = 'fake'): FakePoster {
  const poster: FakePoster = {
    platform,
    posts: [],
    notices: [],
    failNext: [],
    async post(channelId, outcome) {
      const err = poster.failNext.shift();
      if (err) throw err;
      poster.posts.push({ channelId, outcome });
      const ref = `${channelId}:m${poster.posts.length}`;
      return { threadId: ref, messageRef: ref };
    },
    async notifyAdmins(channelId, text) {
      poster.notices.push({ channelId, text });
    },
  };
  return poster;
}

export const registryWith = (...posters: Poster[]) => {
  const r = new PosterRegistry();
  for (const p of posters) r.register(p);
  return r;
};
