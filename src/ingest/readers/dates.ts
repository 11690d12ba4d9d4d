/** Publish dates arrive as ISO strings, RFC 822 (feeds), or free text; we keep YYYY-MM-DD or null. */
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
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // "20260804", as some pages write their pubdate meta.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
