/** Fills a memory store by ingesting real article files through the real pipeline (no hand-made records). */
import { join } from 'node:path';
import { defaultEngine, type ExtractEngine } from '../../src/ingest/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples', 'articles');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'articles');

/** The real extraction engine (src/extract through src/ingest/engine.ts). */
export const loadEngine = (): Promise<ExtractEngine> => defaultEngine();

export async function storeWith(inputs: string[], engine: ExtractEngine): Promise<Store> {
  const store = await openStore('memory://');
  const summary = await ingestInputs(inputs, { store, engine, allowPrivate: false });
  if (summary.new === 0)
    throw new Error(`nothing ingested from ${inputs.join(', ')}: ${JSON.stringify(summary.failed)}`);
  return store;
}
