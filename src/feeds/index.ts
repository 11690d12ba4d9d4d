/** Feed registry and poller; `feedIngester` wires the poller to the ingest pipeline. */
import { ingestInputs, type IngestDeps } from '../ingest/pipeline.js';
import { politeFetch } from './polite-fetch.js';

export * from './registry.js';
export * from './poller.js';
export * from './polite-fetch.js';

/**
 * Ingests one feed URL through the pipeline (conditional request, dedupe, extraction, store), every
 * request of it — the feed and any article pages — spaced per host (`hostGapMs`, default 2 s).
 */
export function feedIngester(
  deps: IngestDeps,
  opts: { hostGapMs?: number } = {},
): (url: string) => ReturnType<typeof ingestInputs> {
  const polite = { ...deps, fetch: politeFetch(deps.fetch, { gapMs: opts.hostGapMs }) };
  return (url) => ingestInputs([url], polite);
}
