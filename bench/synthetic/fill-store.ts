/** Fills a store with N synthetic articles (and their facts and deals) in batches: the benches' common setup. */
import { putDealBatch, saveArticleBatch } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { companyName, syntheticArticles, tickers, type SyntheticArticle } from './records.js';

const BATCH = 500;

export async function fillSyntheticStore(store: Store, count: number): Promise<void> {
  await store.companies.upsertMany(
    tickers().map((ticker) => ({
      ticker,
      name: companyName(ticker),
      exchange: 'NYSE',
      aliases: [],
      cik: null,
      origin: 'builtin' as const,
    })),
  );
  let batch: SyntheticArticle[] = [];
  let done = 0;
  const flush = async () => {
    await saveArticleBatch(store, batch);
    await putDealBatch(
      store,
      batch.flatMap((b) => b.deals),
    );
    done += batch.length;
    batch = [];
    if (count >= 10_000 && done % 10_000 === 0) process.stderr.write(`  loaded ${done}/${count} articles\n`);
  };
  for (const item of syntheticArticles({ count })) {
    batch.push(item);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
}
