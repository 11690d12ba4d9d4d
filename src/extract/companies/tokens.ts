/** Word tokens for name matching: "AT&T", "Amazon.com", "U.S." stay whole; hyphens and "&" stand alone. */
export interface Token {
  text: string;
  /** Lower case, possessive and final period removed: "Lumen’s" → "lumen", "Inc." → "inc". */
  norm: string;
  start: number;
  end: number;
}

const TOKEN = /[A-Za-z0-9À-ÿ]+(?:[&.'’!][A-Za-z0-9À-ÿ]+)*[.!]?|[&\-–—/]/g;

export function normToken(t: string): string {
  if (!/['’.!]/.test(t)) return t.toLowerCase();
  return t.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/[.!]$/, '');
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let t = m[0];
    // A sentence-final period is not part of the word, but "Inc." and "U.S." keep theirs.
    if (
      t.endsWith('.') &&
      !/^(inc|corp|co|ltd|u\.s|u\.k|jr|sr|bros|n\.v|s\.a|l\.p|p\.l\.c)\.$/i.test(t) &&
      !/\.[A-Za-z]\.$/.test(t) &&
      !/^[A-Z]\.$/.test(t)
    ) {
      t = t.slice(0, -1);
    }
    out.push({ text: t, norm: normToken(t), start: m.index + offset, end: m.index + offset + t.length });
  }
  return out;
}

/** Key of a name for lookups: "Lumen Technologies, Inc." → "lumen technologies inc". */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .filter((n) => n !== ',' && n !== '')
    .join(' ');
}

const LEGAL_SUFFIX =
  /\s*,?\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|p\.l\.c|llc|l\.p|lp|n\.v|b\.v|bv|s\.a|sa|ag|kgaa|se|as|asa|ab|oyj|spa|s\.p\.a|gmbh|nv|holdings?|group|sa\/nv|a\/s)\.?$/i;

/** "Lumen Technologies Inc." → "Lumen Technologies"; repeated: "Foo Holdings Inc." → "Foo". */
export function stripLegalSuffix(name: string): string {
  let prev = name.trim();
  for (;;) {
    // "KKR & Co. Inc." → "KKR", not "KKR &".
    const next = prev
      .replace(LEGAL_SUFFIX, '')
      .trim()
      .replace(/\s+(?:&|and)$/, '');
    if (next === prev || !next) return prev;
    prev = next;
  }
}
