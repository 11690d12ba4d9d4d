/** The Q&A tests' store: our own articles in test/qa/articles, ingested through the real pipeline. */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { createShellSession } from '../../adapters/shell/index.js';
import { createCore } from '../../src/bot/core.js';
import { defaultEngine } from '../../src/ingest/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { createQaAnswerer } from '../../src/qa/answerer.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

const DIR = fileURLToPath(new URL('./articles', import.meta.url));

export async function qaArticlesStore(): Promise<Store> {
  const store = await openStore('memory://');
  const s = await ingestInputs([DIR], { store, engine: await defaultEngine(), allowPrivate: false });
  if (s.failed.length) throw new Error(`test articles failed to ingest: ${JSON.stringify(s.failed)}`);
  return store;
}

/** Types each line into one shell session (commands and follow-ups alike); one reply text per line. */
export async function askInShell(store: Store, lines: string[]): Promise<string[]> {
  const core = createCore({ store, answerer: createQaAnswerer() });
  const replies: string[] = [];
  let out: string[] = [];
  const session = createShellSession(core, (t) => out.push(t));
  for (const l of lines) {
    out = [];
    await session.handleLine(l);
    replies.push(out.join(''));
  }
  return replies;
}

/** The articles store for one test file: opened before its tests, closed after them. */
export function useQaArticlesStore(): () => Store {
  let store: Store;
  beforeAll(async () => {
    store = await qaArticlesStore();
  });
  afterAll(() => store.close());
  return () => store;
}

/** A reply without its sources list: what the answer itself says. */
export const replyBody = (reply: string): string => reply.split(/^\s*Sources\s*$/m)[0]!;
