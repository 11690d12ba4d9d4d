/**
 * Saving and deleting articles with their facts, in batches: one read of the previous manifests,
 * one bulk write of records, one index update, so bulk ingest costs a few round trips per batch.
 */
import type { ArticleRecord } from '../../domain/records.js';
import type { StoreContext } from '../context.js';
import { diffPostings, type Posting } from '../postings.js';
import type { ArticleFacts } from '../types.js';
import {
  articleKey,
  articleManifestKey,
  articleTextKey,
  planArticle,
  type ArticleManifest,
} from './article-plan.js';

export const ARTICLE_COUNT_KEY = 'stat:articles';

export async function saveArticles(
  ctx: StoreContext,
  items: Array<{ article: ArticleRecord; facts: ArticleFacts }>,
): Promise<void> {
  // Plan (and validate) everything before touching the store; the last copy of an id wins.
  const plans = new Map(items.map(({ article, facts }) => [article.id, planArticle(article, facts)]));
  if (plans.size === 0) return;
  const ids = [...plans.keys()];
  const manifestKeys = ids.map(articleManifestKey);
  const added = await ctx.locks.run(manifestKeys, async () => {
    const previous = await ctx.kv.getMany<ArticleManifest>(manifestKeys);
    const writes: Array<[string, unknown]> = [];
    const add: Posting[] = [];
    const remove: Posting[] = [];
    const stale: string[] = [];
    const staleLookups: Array<[string, string]> = [];
    let created = 0;
    ids.forEach((id, i) => {
      const plan = plans.get(id)!;
      const before = previous[i];
      if (before?.fp === plan.manifest.fp) return; // same content: nothing to do
      if (!before) created++;
      writes.push(...plan.records, [articleManifestKey(id), plan.manifest]);
      const diff = diffPostings(before?.postings ?? [], plan.manifest.postings);
      add.push(...diff.add);
      remove.push(...diff.remove);
      const keep = new Set(plan.manifest.keys);
      for (const k of before?.keys ?? []) if (!keep.has(k)) stale.push(k);
      for (const k of before?.lookups ?? []) if (!keep.has(k)) staleLookups.push([k, id]);
    });
    if (writes.length === 0) return 0;
    await ctx.kv.setMany(writes);
    await ctx.indexes.apply(add, remove);
    await deleteLookupsOwnedBy(ctx, staleLookups);
    await ctx.kv.deleteMany(stale.filter((k) => !k.startsWith('lk:')));
    return created;
  });
  if (added) await bumpCount(ctx, added);
}

export async function deleteArticle(ctx: StoreContext, id: string): Promise<void> {
  const mKey = articleManifestKey(id);
  const removed = await ctx.locks.run([mKey], async () => {
    const manifest = await ctx.kv.get<ArticleManifest>(mKey);
    if (!manifest) {
      // A record without manifest is a leftover: remove it too.
      await ctx.kv.deleteMany([articleKey(id), articleTextKey(id)]);
      return false;
    }
    await ctx.indexes.apply([], manifest.postings);
    await deleteLookupsOwnedBy(
      ctx,
      manifest.lookups.map((k) => [k, id]),
    );
    await ctx.kv.deleteMany([...manifest.keys.filter((k) => !k.startsWith('lk:')), mKey]);
    return true;
  });
  if (removed) await bumpCount(ctx, -1);
}

/** A lookup key (URL, guid, hash) is removed only if it still points at this article. */
async function deleteLookupsOwnedBy(ctx: StoreContext, lookups: Array<[string, string]>): Promise<void> {
  if (!lookups.length) return;
  const current = await ctx.kv.getMany<string>(lookups.map(([k]) => k));
  await ctx.kv.deleteMany(lookups.filter(([, id], i) => current[i] === id).map(([k]) => k));
}

/** The article count has its own lock, so saves of different articles do not wait on each other. */
async function bumpCount(ctx: StoreContext, delta: number): Promise<void> {
  await ctx.locks.run([ARTICLE_COUNT_KEY], () =>
    ctx.lease.run(async () => {
      const count = (await ctx.kv.get<number>(ARTICLE_COUNT_KEY)) ?? 0;
      await ctx.kv.set(ARTICLE_COUNT_KEY, Math.max(0, count + delta));
    }),
  );
}
