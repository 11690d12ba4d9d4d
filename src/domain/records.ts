/**
 * What the store keeps. Every record is validated with these schemas on write and on read.
 * Facts carry the id of the article they came from, so re-ingesting an updated article can
 * replace exactly its facts.
 */
import { z } from 'zod';
import {
  AnalystActionFactSchema,
  ArticleMetaSchema,
  DealStatusSchema,
  DealTypeSchema,
  EventFactSchema,
  EvidenceSchema,
  IsoDate,
  MoneySchema,
  PartySchema,
  QuoteFactSchema,
  RiskFactSchema,
  StockMoveFactSchema,
} from './facts.js';

const IsoDateTime = z.string().datetime({ offset: true });

export const ArticleRecordSchema = ArticleMetaSchema.extend({
  canonicalUrl: z.string().nullable(),
  guid: z.string().nullable(),
  contentHash: z.string(),
  /** The cleaned text that evidence offsets point into. */
  text: z.string(),
  origin: z.string(),
  ingestedAt: IsoDateTime,
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/**
 * An article without its text, plus a one-line summary made when it is saved: what listings,
 * citations and digests need. The text is stored apart, so they never read (or parse) it.
 */
export const ArticleHeadSchema = ArticleRecordSchema.omit({ text: true }).extend({ summary: z.string() });
export type ArticleHead = z.infer<typeof ArticleHeadSchema>;

/** Common to every fact kept per article. `sortDate` orders "newest first": published date, else ingest date. */
const FactBase = z.object({ id: z.string(), articleId: z.string(), sortDate: IsoDate });

export const StockMoveRecordSchema = StockMoveFactSchema.extend(FactBase.shape);
export const AnalystActionRecordSchema = AnalystActionFactSchema.extend(FactBase.shape);
export const EventRecordSchema = EventFactSchema.extend(FactBase.shape);
export const QuoteRecordSchema = QuoteFactSchema.extend(FactBase.shape);
export const RiskRecordSchema = RiskFactSchema.extend(FactBase.shape).extend({
  tickers: z.array(z.string()),
});
export type StockMoveRecord = z.infer<typeof StockMoveRecordSchema>;
export type AnalystActionRecord = z.infer<typeof AnalystActionRecordSchema>;
export type EventRecord = z.infer<typeof EventRecordSchema>;
export type QuoteRecord = z.infer<typeof QuoteRecordSchema>;
export type RiskRecord = z.infer<typeof RiskRecordSchema>;

/** One article's report of a deal. */
export const DealSourceSchema = z.object({
  articleId: z.string(),
  status: DealStatusSchema,
  value: MoneySchema.nullable(),
  confidence: z.number().min(0).max(1),
  evidence: EvidenceSchema,
  sortDate: IsoDate,
  /**
   * What this report names as the asset, and the date its sentence gives the deal ("closed on Oct. 3"):
   * withdrawing the report takes them along, and a status is dated by them. Absent on older records.
   */
  asset: z.string().nullable().optional(),
  date: IsoDate.nullable().optional(),
  /** The parties this report names (ticker, else name): withdrawing it drops those no other report names. */
  partyKeys: z.array(z.string()).optional(),
});
export type DealSource = z.infer<typeof DealSourceSchema>;

/** A deal merged across every article that reports it. */
export const DealRecordSchema = z.object({
  id: z.string(),
  type: DealTypeSchema,
  parties: z.array(PartySchema),
  asset: z.string().nullable(),
  value: MoneySchema.nullable(),
  /** Values reported by some sources that disagree with `value`: shown to users, never silently dropped. */
  conflictingValues: z.array(MoneySchema),
  status: DealStatusSchema,
  date: IsoDate.nullable(),
  confidence: z.number().min(0).max(1),
  sources: z.array(DealSourceSchema).min(1),
  /** Newest source date: orders deals newest first. */
  sortDate: IsoDate,
  firstSeenAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DealRecord = z.infer<typeof DealRecordSchema>;

export const CompanyRecordSchema = z.object({
  ticker: z.string().min(1),
  name: z.string().min(1),
  exchange: z.string().nullable(),
  aliases: z.array(z.string()),
  cik: z.number().int().nullable().default(null),
  origin: z.enum(['builtin', 'import', 'article']),
});
export type CompanyRecord = z.infer<typeof CompanyRecordSchema>;

/** A chat location as an opaque string id: `slack:T1:C1`, `discord:G1:C1`, `shell:local:main`. */
export const ChannelId = z.string().regex(/^[a-z]+:[^:]+:[^:]+$/, 'expected platform:workspace:channel');

export const DigestScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('tickers'), tickers: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('watchlist') }),
]);

export const SubscriptionRecordSchema = z.object({
  id: z.string(),
  channelId: ChannelId,
  cadence: z.enum(['daily', 'weekdays', 'weekly']),
  /** 0 = Sunday … 6 = Saturday; used when cadence is weekly. */
  weekday: z.number().int().min(0).max(6).nullable(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
  timeZone: z.string(),
  scope: DigestScopeSchema,
  maxItems: z.number().int().min(1).max(50),
  quietWhenEmpty: z.boolean(),
  /** Content older than this is never included: a new subscription starts from "now". */
  since: IsoDateTime,
  createdBy: z.string(),
  createdAt: IsoDateTime,
  paused: z.object({ reason: z.string(), at: IsoDateTime }).nullable(),
});
export type SubscriptionRecord = z.infer<typeof SubscriptionRecordSchema>;

export const WatchlistRecordSchema = z.object({
  channelId: ChannelId,
  tickers: z.array(z.string()),
  updatedAt: IsoDateTime,
});
export type WatchlistRecord = z.infer<typeof WatchlistRecordSchema>;

/** Written (set-if-absent) before a post, finished after: decides dedupe across restarts and instances. */
export const DeliveryRecordSchema = z.object({
  key: z.string(),
  channelId: ChannelId,
  kind: z.enum(['digest', 'alert', 'reply']),
  state: z.enum(['claimed', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  itemIds: z.array(z.string()),
  messageRef: z.string().nullable(),
  error: z.string().nullable(),
  claimedAt: IsoDateTime,
  finishedAt: IsoDateTime.nullable(),
});
export type DeliveryRecord = z.infer<typeof DeliveryRecordSchema>;

/** The question last answered in a thread, so "more" continues it (after a restart too). */
export const ThreadQuestionSchema = z.object({
  asked: z.string(),
  /** The earlier question a bare switch ("what about AT&T?") repeated; null when it stands alone. */
  like: z.string().nullable(),
  /** Sentences already quoted for it ("articleId#index"). */
  shown: z.array(z.string()),
});
export type ThreadQuestion = z.infer<typeof ThreadQuestionSchema>;

/** What a thread is about, so follow-ups there are answered in context. */
export const ThreadContextSchema = z.object({
  threadId: z.string(),
  command: z.string(),
  tickers: z.array(z.string()),
  dealIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  lastAnswer: z.string().nullable(),
  /** Absent in contexts stored before it existed, and after a command starts the thread. */
  lastQuestion: ThreadQuestionSchema.nullable().optional(),
  updatedAt: IsoDateTime,
});
export type ThreadContext = z.infer<typeof ThreadContextSchema>;
