/**
 * What a bare capitalised abbreviation in the text stands for: tickers that are also everyday words and
 * need an anchor (COMMON_CAPS), abbreviations the text defines from plain words ("remaining performance
 * obligations (RPO)"), and the initials of a company named in full ("Community Health Systems" → "CHS").
 */
import type { CompanyDirectory } from './directory.js';

/** Tickers that are also everyday capitalised words or acronyms: bare, they need an anchor. */
export const COMMON_CAPS = new Set([
  'AI',
  'ON',
  'NOW',
  'ALL',
  'ARE',
  'BE',
  'SO',
  'GO',
  'CAN',
  'BIG',
  'EV',
  'IT',
  'UK',
  'US',
  'BP',
  'TD',
  'MA',
  'MS',
  'GE',
  'GM',
  'DE',
  'PM',
  'EL',
  'CL',
  'CI',
  'HD',
  'DD',
  'SF',
  'DB',
  'SO',
  'AA',
  'PATH',
  'TEAM',
  'NET',
  'SNAP',
  'SHOP',
  'COST',
  'LOW',
  'DASH',
  'HAS',
  'MAT',
  'CAT',
  'ICE',
  'EA',
  'APP',
  'LIN',
  'MO',
  'KR',
  'AMT',
  'ARM',
  'TM',
  'FT',
  'CEO',
  'CFO',
  'EPS',
  'IPO',
  'ETF',
  'YTD',
  'SEC',
  'USD',
  'DOW',
]);

/**
 * Abbreviations the text defines from plain words: "uninterruptible power supply (UPS)", "remaining
 * performance obligations (RPO)". Such a word is a term here, not a ticker, however the directory knows it.
 */
export function definedTerms(text: string): Set<string> {
  const out = new Set<string>();
  if (!/[a-z]\s+\([A-Z]{2,5}\)/.test(text)) return out;
  for (const m of text.matchAll(/((?:\b[a-z][\w-]*\s+){2,5})\(([A-Z]{2,5})\)/g)) {
    const acronym = m[2]!;
    const words = m[1]!.trim().split(/[\s-]+/);
    const initials = words
      .slice(-acronym.length)
      .map((w) => w[0]!.toUpperCase())
      .join('');
    if (initials === acronym) out.add(acronym);
  }
  return out;
}

/**
 * Each company's initials ("Community Health Systems" → "CHS") that the text uses at least twice, with
 * where the full name first appears. Left out: two-letter initials ("PE", "HR" are plain abbreviations),
 * initials two companies share, a ticker or a common abbreviation the directory knows.
 */
export function acronymsOf<E extends { name: string }>(
  entities: Iterable<E>,
  text: string,
  directory: CompanyDirectory,
): Map<string, { entity: E; firstAt: number }> {
  const out = new Map<string, { entity: E; firstAt: number } | null>();
  for (const e of entities) {
    const words = e.name
      .split(/[\s-]+/)
      .filter((w) => /^[A-Z]/.test(w) && !/^(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SE|SA|NV|GmbH)\.?$/.test(w));
    if (words.length < 3 || words.length > 5) continue;
    const initials = words.map((w) => w[0]).join('');
    if (COMMON_CAPS.has(initials) || directory.byTicker(initials)) continue;
    const firstAt = text.indexOf(e.name);
    const uses = text.match(new RegExp(`\\b${initials}\\b`, 'g'))?.length ?? 0;
    if (firstAt < 0 || uses < 2) continue;
    out.set(initials, out.has(initials) && out.get(initials)?.entity !== e ? null : { entity: e, firstAt });
  }
  return new Map([...out].filter((kv): kv is [string, { entity: E; firstAt: number }] => !!kv[1]));
}
