/** Word tokens for name matching: "AT&T", "Amazon.com", "U.S." stay whole; hyphens and "&" stand alone. */
export interface Token {
  text: string;
  /** Lower case, possessive and final period removed: "Lumen’s" → "lumen", "Inc." → "inc". */
  norm: string;
  start: number;
  end: number;
}

// What /[A-Za-z0-9À-ɏ]+(?:[&.'’!][A-Za-z0-9À-ɏ]+)*[.!]?|[&\-–—/]/g matches, read with a character loop:
// the tokenizer runs over every article's whole text, and the regex's match arrays cost more than the scan.
// Latin letters beyond Latin-1 ("Żabka", "Gıda", "Değerler") are word characters too.
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
/**
 * A capital letter that may open a name, as a regex class: ASCII, Latin-1 and Latin Extended-A ("Żabka",
 * "Ülker", "Şişecam"). Extended-A alternates upper and lower case; its lower-case letters never open an
 * English word, so the whole block is taken.
 */
export const CAPITAL = String.raw`[A-Z\u00C0-\u00DE\u0100-\u017F]`;
/** & . ' ’ ! join two runs of word characters into one token. */
const isJoinCode = (c: number): boolean => c === 38 || c === 46 || c === 39 || c === 0x2019 || c === 33;
/** & - – — / are tokens on their own. */
const isLoneCode = (c: number): boolean => c === 38 || c === 45 || c === 0x2013 || c === 0x2014 || c === 47;

export function normToken(t: string): string {
  let norm = t.toLowerCase();
  if (!hasNormMark(norm)) return norm;
  // As .replace(/’/g, "'").replace(/'s$/, '').replace(/[.!]$/, ''), without three regex passes per token.
  if (norm.includes('’')) norm = norm.replaceAll('’', "'");
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  if (norm.endsWith('.') || norm.endsWith('!')) norm = norm.slice(0, -1);
  return norm;
}

/** Whether the token holds one of ' ’ . ! (what /['’.!]/ finds). */
function hasNormMark(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 46 || c === 33) return true;
  }
  return false;
}

/** End of the token that starts with a word character at `i`. */
function wordTokenEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isWordCode(text.charCodeAt(i))) i++;
  while (i + 1 < n && isJoinCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
  }
  if (i < n && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 33)) i++;
  return i;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    const end = isWordCode(c) ? wordTokenEnd(text, i) : isLoneCode(c) ? i + 1 : -1;
    if (end < 0) {
      i++;
      continue;
    }
    let t = text.slice(i, end);
    // A sentence-final period is not part of the word, but "Inc." and "U.S." keep theirs.
    if (
      t.endsWith('.') &&
      !/^(inc|corp|co|ltd|u\.s|u\.k|jr|sr|bros|n\.v|s\.a|l\.p|p\.l\.c)\.$/i.test(t) &&
      !/\.[A-Za-z]\.$/.test(t) &&
      !/^[A-Z]\.$/.test(t)
    ) {
      t = t.slice(0, -1);
    }
    out.push({ text: t, norm: normToken(t), start: i + offset, end: i + offset + t.length });
    i = end;
  }
  return out;
}

/** Key of a name for lookups: "Lumen Technologies, Inc." → "lumen technologies inc". */
export function nameKey(name: string): string {
  return remembered(KEYS, name, keyOf);
}
function keyOf(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .filter((n) => n !== ',' && n !== '')
    .join(' ');
}

// Lookups ask for the same names over and over (every alias lookup keys its name). Both caches are
// dropped whole when full and kept small: a name sliced from an article's text keeps that text alive
// while it is a key here.
const CACHE_SIZE = 2_000;
const KEYS = new Map<string, string>();
const STRIPPED = new Map<string, string>();
function remembered(cache: Map<string, string>, name: string, compute: (name: string) => string): string {
  let value = cache.get(name);
  if (value === undefined) {
    value = compute(name);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(name, value);
  }
  return value;
}

const LEGAL_SUFFIX =
  /\s*,?\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|p\.l\.c|llc|llp|l\.l\.p|pllc|l\.p|lp|n\.v|b\.v|bv|s\.a|sa|ag|kgaa|se|as|asa|ab|oyj|spa|s\.p\.a|gmbh|nv|holdings?|group|sa\/nv|a\/s)\.?$/i;

/** "Lumen Technologies Inc." → "Lumen Technologies"; repeated: "Foo Holdings Inc." → "Foo". */
export function stripLegalSuffix(name: string): string {
  return remembered(STRIPPED, name, stripSuffixes);
}
function stripSuffixes(name: string): string {
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
