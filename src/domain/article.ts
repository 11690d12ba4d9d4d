/**
 * An article as it arrives from any input (file, page, feed item, JSON, stdin), before extraction.
 * Input readers produce this; the extractor and the store consume it.
 */
import { z } from 'zod';
import { IsoDate } from './facts.js';

export const RawArticleSchema = z.object({
  title: z.string(),
  /** Main text of the page or file; the extractor's cleaner removes what boilerplate is left. */
  text: z.string(),
  url: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
  publishedAt: IsoDate.nullable().default(null),
  /** Feed item guid, when the article came from a feed. */
  guid: z.string().nullable().default(null),
  /** Where it was read from, for messages: a path, URL or "stdin". */
  origin: z.string(),
});
export type RawArticle = z.infer<typeof RawArticleSchema>;
