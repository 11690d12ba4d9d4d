/**
 * The facts Dealdesk extracts from one article. This is the public `dealdesk extract --format json`
 * shape: field names are an interface that scripts rely on, so change them only with a migration note.
 */
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** The sentence a fact came from, with offsets into the article's cleaned text. */
export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DEAL_TYPES = [
  'acquisition',
  'merger',
  'divestiture',
  'partnership',
  'investment',
  'contract',
  'other',
] as const;
export const DEAL_STATUSES = ['announced', 'completed', 'pending', 'terminated', 'rumored'] as const;
export const PARTY_ROLES = [
  'buyer',
  'seller',
  'target',
  'partner',
  'investor',
  'investee',
  'customer',
  'supplier',
] as const;
export const MOVE_WINDOWS = [
  'day',
  'intraday',
  'premarket',
  'afterhours',
  'week',
  'month',
  'ytd',
  'year',
  'since_event',
  'other',
] as const;
export const ANALYST_ACTIONS = [
  'upgrade',
  'downgrade',
  'initiate',
  'reiterate',
  'target_raise',
  'target_cut',
  'other',
] as const;
export const EVENT_TYPES = [
  'earnings',
  'earnings_call',
  'deal_closing',
  'shareholder_vote',
  'other',
] as const;

export const DealTypeSchema = z.enum(DEAL_TYPES);
export const DealStatusSchema = z.enum(DEAL_STATUSES);
export type DealType = z.infer<typeof DealTypeSchema>;
export type DealStatus = z.infer<typeof DealStatusSchema>;

export const CompanySchema = z.object({
  name: z.string().min(1),
  ticker: z.string().nullable(),
  exchange: z.string().nullable(),
});
export type Company = z.infer<typeof CompanySchema>;

export const PartySchema = z.object({
  name: z.string().min(1),
  ticker: z.string().nullable(),
  role: z.enum(PARTY_ROLES).nullable(),
});
export type Party = z.infer<typeof PartySchema>;

export const MoneySchema = z.object({
  amount: z.number(),
  currency: z.string().min(3).max(3), // ISO 4217: USD, EUR, GBP, JPY, ...
  qualifier: z.enum(['over', 'about', 'up to']).nullable(),
  text: z.string(),
});
export type Money = z.infer<typeof MoneySchema>;

export const DealFactSchema = z.object({
  type: DealTypeSchema,
  parties: z.array(PartySchema),
  asset: z.string().nullable(),
  value: MoneySchema.nullable(),
  status: DealStatusSchema,
  date: IsoDate.nullable(),
  confidence: z.number().min(0).max(1),
  evidence: EvidenceSchema,
});
export type DealFact = z.infer<typeof DealFactSchema>;

export const StockMoveFactSchema = z.object({
  ticker: z.string().nullable(),
  company: z.string(),
  changePct: z.number(),
  /** The share price told with the move, in US dollars; null when none is told or it is in another currency. */
  price: z.number().nullable(),
  window: z.enum(MOVE_WINDOWS),
  date: IsoDate.nullable(),
  evidence: EvidenceSchema,
});
export type StockMoveFact = z.infer<typeof StockMoveFactSchema>;

export const AnalystActionFactSchema = z.object({
  firm: z.string(),
  analyst: z.string().nullable(),
  ticker: z.string().nullable(),
  company: z.string(),
  action: z.enum(ANALYST_ACTIONS),
  rating: z.string().nullable(),
  priorRating: z.string().nullable(),
  priceTarget: z.number().nullable(),
  priorPriceTarget: z.number().nullable(),
  evidence: EvidenceSchema,
});
export type AnalystActionFact = z.infer<typeof AnalystActionFactSchema>;

export const EventFactSchema = z.object({
  ticker: z.string().nullable(),
  company: z.string(),
  type: z.enum(EVENT_TYPES),
  date: IsoDate.nullable(),
  period: z.string().nullable(),
  consensusEps: z.number().nullable(),
  consensusRevenue: z.number().nullable(),
  evidence: EvidenceSchema,
});
export type EventFact = z.infer<typeof EventFactSchema>;

export const QuoteFactSchema = z.object({
  speaker: z.string(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  text: z.string(),
  evidence: EvidenceSchema,
});
export type QuoteFact = z.infer<typeof QuoteFactSchema>;

export const RiskFactSchema = z.object({ text: z.string(), evidence: EvidenceSchema });
export type RiskFact = z.infer<typeof RiskFactSchema>;

export const ArticleMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  tickers: z.array(z.string()),
  impactScore: z.number().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ExtractionSchema = z.object({
  article: ArticleMetaSchema,
  companies: z.array(CompanySchema),
  deals: z.array(DealFactSchema),
  stockMoves: z.array(StockMoveFactSchema),
  analystActions: z.array(AnalystActionFactSchema),
  events: z.array(EventFactSchema),
  quotes: z.array(QuoteFactSchema),
  risks: z.array(RiskFactSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
