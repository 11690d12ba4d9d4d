/**
 * Schema 2: an article's text moves out of its record into a key of its own, and the record (now a
 * head) gains a one-line summary. Listings and citations then read a few hundred bytes per article
 * instead of the whole text. Runs once at open, in batches; safe to re-run after an interruption.
 */
import { summarise } from '../domain/summary.js';
import { createLogger } from '../log.js';
import type { Kv } from './kv.js';
import type { Migration } from './migrations.js';
import { KeyedMutex } from './mutex.js';
import { Indexes } from './postings.js';
import {
  articleIndex,
  articleKey,
  articleManifestKey,
  articleTextKey,
  type ArticleManifest,
} from './repos/article-plan.js';

const log = createLogger('store');
const BATCH = 500;

type OldRecord = Record<string, unknown> & { title: string; text: string };
const isOld = (v: unknown): v is OldRecord =>
  typeof v === 'object' && v !== null && typeof (v as OldRecord).text === 'string';

export const splitArticleText: Migration = {
  to: 2,
  description: 'article text stored apart from the article record, with a one-line summary',
  async run(kv: Kv) {
    const ids = await new Indexes(kv, new KeyedMutex()).newest(
      [articleIndex.all],
      {},
      Number.MAX_SAFE_INTEGER,
    );
    if (ids.length > 5000) log.info(`upgrading the store: ${ids.length} articles to rewrite…`);
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      const [records, manifests] = await Promise.all([
        kv.getMany(chunk.map(articleKey)),
        kv.getMany<ArticleManifest>(chunk.map(articleManifestKey)),
      ]);
      const writes: Array<[string, unknown]> = [];
      chunk.forEach((id, j) => {
        const record = records[j];
        if (!isOld(record)) return; // already split (an interrupted run) or missing
        const { text, ...head } = record;
        writes.push([articleKey(id), { ...head, summary: summarise(record.title, text) }]);
        writes.push([articleTextKey(id), text]);
        const manifest = manifests[j];
        if (manifest && !manifest.keys.includes(articleTextKey(id)))
          writes.push([
            articleManifestKey(id),
            { ...manifest, keys: [...manifest.keys, articleTextKey(id)] },
          ]);
      });
      await kv.setMany(writes);
      if (ids.length > 5000 && (i / BATCH) % 40 === 39) log.info(`  ${i + chunk.length}/${ids.length}`);
    }
  },
};
