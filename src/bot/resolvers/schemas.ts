/** zod schemas for resolved option values: commands validate what resolvers hand them. */
import { z } from 'zod';
import { DealTypeSchema, IsoDate } from '../../domain/facts.js';
import { TICKER_SHAPE } from '../../domain/ticker.js';

/** A resolved ticker: the shape of domain/ticker.ts, upper case. */
export const TickerSchema = z
  .string()
  .regex(new RegExp(`^${TICKER_SHAPE}$`))
  .refine((t) => t === t.toUpperCase(), 'tickers are upper case');
export const ResolvedCompanySchema = z.object({
  ticker: TickerSchema,
  name: z.string(),
  aliases: z.array(z.string()),
});
export const SinceSchema = IsoDate;
export const DaysSchema = z.number().int().min(1).max(365);
export const ScheduleSchema = z.object({
  cadence: z.enum(['daily', 'weekdays', 'weekly']),
  weekday: z.number().int().min(0).max(6).nullable(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  timeOnly: z.literal(true).optional(),
});
export const TimeZoneSchema = z.string().min(1);
export const DealTypeOptionSchema = DealTypeSchema;
export const MaxItemsSchema = z.number().int().min(1).max(50);
