/**
 * Wiring: config → store → core. Used by `dealdesk chat` and `dealdesk start`, and by tests and
 * benchmarks that want the real assembly. Also seeds an empty store with the example articles.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from './bot/core.js';
import type { DigestPort } from './bot/digest-port.js';
import type { Answerer } from './bot/answerer.js';
import type { BotCore } from './bot/types.js';
import type { Config } from './config/env.js';
import { createLogger } from './log.js';
import { posters } from './delivery/poster.js';
import { createDigestPort } from './digest/port.js';
import { createDefaultAnswerer } from './qa/index.js';
import { openStore } from './store/index.js';
import type { Store } from './store/types.js';
import { defaultEngine } from './ingest/engine.js';
import { ingestInputs } from './ingest/pipeline.js';

const log = createLogger('app');

export interface App {
  config: Config;
  store: Store;
  core: BotCore;
  /** Closes the store; safe to call twice. */
  close(): Promise<void>;
}

export interface AppOptions {
  store?: Store;
  answerer?: Answerer;
  digest?: DigestPort;
  now?: () => Date;
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const store = opts.store ?? (await openStore(config.DEALDESK_STORE_URL));
  const core = createCore({
    store,
    defaultTimeZone: config.DEALDESK_TIMEZONE,
    // The Q&A engine (rules and retrieval, plus the LLM provider when configured).
    answerer: opts.answerer ?? createDefaultAnswerer(config),
    // Previews and status work everywhere; posting goes through the adapters' registered posters.
    digest:
      opts.digest ??
      createDigestPort({
        store,
        posters,
        catchupHours: config.DEALDESK_CATCHUP_HOURS,
        movePct: config.DEALDESK_ALERT_MOVE_PCT,
      }),
    ...(opts.now ? { now: opts.now } : {}),
  });
  let closed = false;
  return {
    config,
    store,
    core,
    async close() {
      if (closed) return;
      closed = true;
      await store.close().catch((err) => log.warn('closing the store failed:', (err as Error).message));
    },
  };
}

/** The project's example articles (written by us), shipped in examples/articles/. */
export const EXAMPLES_DIR = resolve(fileURLToPath(new URL('../examples/articles', import.meta.url)));

export interface SeedResult {
  /** Why nothing was ingested, or how many articles were. */
  status: 'disabled' | 'not-empty' | 'missing' | 'ingested';
  articles: number;
  failed: number;
  message: string;
}

/**
 * On first start with an empty store, ingests examples/articles/ through the real ingest pipeline so
 * the bot has something to answer from. DEALDESK_EXAMPLES=false turns this off.
 */
export async function seedExamplesIfEmpty(app: App, dir = EXAMPLES_DIR): Promise<SeedResult> {
  if (!app.config.DEALDESK_EXAMPLES)
    return {
      status: 'disabled',
      articles: 0,
      failed: 0,
      message: 'Example articles are off (DEALDESK_EXAMPLES=false).',
    };
  if ((await app.store.articles.count()) > 0)
    return { status: 'not-empty', articles: 0, failed: 0, message: '' };
  if (!existsSync(dir))
    return { status: 'missing', articles: 0, failed: 0, message: `No example articles found in ${dir}.` };
  const summary = await ingestInputs([dir], {
    store: app.store,
    engine: await defaultEngine(),
    allowPrivate: app.config.DEALDESK_ALLOW_PRIVATE_FETCH,
  });
  const n = summary.new + summary.updated;
  return {
    status: 'ingested',
    articles: n,
    failed: summary.failed.length,
    message: `The store was empty, so I ingested ${n} example article${n === 1 ? '' : 's'} from examples/articles/${summary.failed.length ? ` (${summary.failed.length} failed)` : ''}. Set DEALDESK_EXAMPLES=false to skip this.`,
  };
}
