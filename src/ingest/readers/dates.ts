/** Publish dates arrive as ISO strings, RFC 822 (feeds), or free text; we keep YYYY-MM-DD or null. */
import { isoDateOf } from '../../extract/dates.js';

export { datelineDate } from '../../extract/dates.js';

/**
 * The calendar date the publisher wrote. An ISO timestamp keeps its own date (no shift to UTC, so
 * "2025-10-30T21:00:00-04:00" stays the 30th); other formats go through Date.parse and UTC.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return isoDateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // "20260804", as some pages write their pubdate meta.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return isoDateOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return isoDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
