/** The Q&A engine's entry points: the default answerer (with the optional LLM when configured). */
import type { Answerer } from '../bot/answerer.js';
import type { Config } from '../config/env.js';
import { createQaAnswerer } from './answerer.js';
import { createLlmAnswerer } from './llm.js';

export { createQaAnswerer } from './answerer.js';
export { createLlmAnswerer } from './llm.js';

/** Rules and retrieval; wrapped by the LLM provider when DEALDESK_LLM_URL is set. */
export function createDefaultAnswerer(
  config: Pick<Config, 'DEALDESK_LLM_URL' | 'DEALDESK_LLM_MODEL' | 'DEALDESK_LLM_API_KEY'>,
): Answerer {
  const base = createQaAnswerer();
  if (!config.DEALDESK_LLM_URL || !config.DEALDESK_LLM_MODEL) return base;
  return createLlmAnswerer({
    base,
    url: config.DEALDESK_LLM_URL,
    model: config.DEALDESK_LLM_MODEL,
    apiKey: config.DEALDESK_LLM_API_KEY ?? null,
  });
}
