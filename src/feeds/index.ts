/** Feed registry and poller; `feedIngester` wires the poller to the ingest pipeline. */
import { ingestInputs, type IngestDeps } from '../ingest/pipeline.js';

export * from './registry.js';
export * from './poller.js';

/** Ingests one feed URL through the pipeline (conditional request, dedupe, extraction, store). */
export const feedIngester =
  (deps: IngestDeps) =>
  (url: string): ReturnType<typeof ingestInputs> =>
    ingestInputs([url], deps);
