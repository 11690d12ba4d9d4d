/** What every resolver returns: a typed value, or an error phrased for the person who typed it. */
export type Resolution<T> = { ok: true; value: T } | { ok: false; error: string; suggestions?: string[] };

export const ok = <T>(value: T): Resolution<T> => ({ ok: true, value });
export const fail = <T = never>(error: string, suggestions?: string[]): Resolution<T> =>
  suggestions && suggestions.length ? { ok: false, error, suggestions } : { ok: false, error };

/** "A", "A or B", "A, B or C". */
export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
