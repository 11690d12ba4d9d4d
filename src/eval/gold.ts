/**
 * Gold files (format: ../shared/corpus/GOLD.md): facts only, one JSON file beside each article.
 * Parsed leniently (unknown fields ignored, missing lists empty) so a hand-written file with a small
 * slip still scores; facts marked "sidebar": true are not expected from the main story.
 */
import { z } from 'zod';

const nullableStr = z.string().nullable().optional().default(null);
const nullableNum = z.number().nullable().optional().default(null);
const sidebar = z.boolean().optional().default(false);

export const GoldSchema = z.object({
  file: z.string(),
  published: z.string().nullable().optional().default(null),
  impact_score: nullableNum,
  tickers_header: z.array(z.string()).optional(),
  companies: z.array(z.object({ name: z.string(), ticker: nullableStr, sidebar })).default([]),
  deals: z
    .array(
      z.object({
        type: z.string(),
        buyer: nullableStr,
        seller: nullableStr,
        target: nullableStr,
        parties: z.array(z.string()).default([]),
        value_usd: nullableNum,
        value_text: nullableStr,
        status: nullableStr,
        sidebar,
      }),
    )
    .default([]),
  stock_moves: z
    .array(
      z.object({
        ticker: nullableStr,
        company: nullableStr,
        change_pct: z.number(),
        direction: z.enum(['up', 'down']).optional(),
        price: nullableNum,
        window: nullableStr,
        sidebar,
      }),
    )
    .default([]),
  analyst_actions: z
    .array(
      z.object({
        firm: z.string(),
        ticker: nullableStr,
        company: nullableStr,
        action: z.string(),
        rating: nullableStr,
        prior_rating: nullableStr,
        price_target: nullableNum,
        prior_price_target: nullableNum,
        sidebar,
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        ticker: nullableStr,
        company: nullableStr,
        type: z.string(),
        date: nullableStr,
        period: nullableStr,
        consensus_eps: nullableNum,
        consensus_revenue_usd: nullableNum,
        sidebar,
      }),
    )
    .default([]),
  quotes: z
    .array(z.object({ speaker: z.string(), role: nullableStr, organization: nullableStr, sidebar }))
    .default([]),
});
export type Gold = z.infer<typeof GoldSchema>;

/** Reads a gold file's JSON; null when the JSON is not a gold file (e.g. a JSON article). */
export function parseGold(json: unknown): Gold | null {
  const r = GoldSchema.safeParse(json);
  if (!r.success) return null;
  const g = r.data;
  return {
    ...g,
    companies: g.companies.filter((x) => !x.sidebar),
    deals: g.deals.filter((x) => !x.sidebar),
    stock_moves: g.stock_moves.filter((x) => !x.sidebar),
    analyst_actions: g.analyst_actions.filter((x) => !x.sidebar),
    events: g.events.filter((x) => !x.sidebar),
    quotes: g.quotes.filter((x) => !x.sidebar),
  };
}
