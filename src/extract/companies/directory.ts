/**
 * The company directory: synchronous lookups by ticker and by normalised alias, and a longest-match
 * name scanner over text. Built from the built-in list plus whatever records the store holds
 * (imported SEC/Nasdaq files, names learned from articles).
 */
import type { CompanyRecord } from '../../domain/records.js';
import { builtinCompanies, MEDIA_NAMES, PRIVATE_COMPANIES } from './builtin.js';
import { nameKey, stripLegalSuffix, tokenize, type Token } from './tokens.js';

export type EntryKind = 'listed' | 'private' | 'media';

export interface DirectoryEntry {
  name: string;
  ticker: string | null;
  exchange: string | null;
  kind: EntryKind;
}

export interface AliasHit {
  entry: DirectoryEntry;
  /** The alias as written in the list: "IBM" is all capitals, "Nasdaq" is not. */
  written?: string;
  /** Needs an anchor (or an unambiguous name of the same company) in the article to count. */
  ambiguous: boolean;
}

export interface NameMatch extends AliasHit {
  start: number;
  end: number;
  text: string;
}

export interface CompanyDirectory {
  byTicker(ticker: string): DirectoryEntry | undefined;
  byAlias(name: string): AliasHit | undefined;
  /** Longest directory names found in `tokens` (from tokenize), left to right, never overlapping. */
  matchNames(tokens: Token[]): NameMatch[];
  readonly size: number;
}

const MAX_WORDS = 6;

const LOWER_CASE_FIRST = /^(eBay|onsemi|xAI|iRobot)/;
/** A name starts with a capital or a digit, or is one of the few written in lower case first. */
function mayStartName(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  // "Ülker", "Żabka": a Latin capital beyond ASCII.
  if (c >= 0xc0 && c <= 0x24f) return word[0] !== word[0]!.toLowerCase();
  // Only e, o, x and i start one of those (most words are lower case: skip the regex for the rest).
  return (c === 101 || c === 111 || c === 120 || c === 105) && LOWER_CASE_FIRST.test(word);
}

/** /^[A-Za-z0-9&]/ as a character test: run for every candidate name's last word. */
function startsAlnumOrAmp(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38;
}

/**
 * Keys of the names of 1…`most` words that start at token `i`, shortest first: each is the one before
 * plus a word, so a text's long candidates cost one join each, not one per length tried. Stops where
 * the words part (a comma or line break between them ends the name) or where no alias starts with the key.
 */
function candidateKeys(tokens: Token[], i: number, most: number, prefixes: Set<string>): string[] {
  let key = tokens[i]!.norm;
  const keys = [key];
  for (let k = 1; k < most && prefixes.has(key); k++) {
    const t = tokens[i + k]!;
    if (t.start - tokens[i + k - 1]!.end > 1) break;
    key += ` ${t.norm}`;
    keys.push(key);
  }
  return keys;
}

export function createDirectory(
  records: CompanyRecord[] = [],
  opts: { builtin?: boolean } = {},
): CompanyDirectory {
  const byTicker = new Map<string, DirectoryEntry>();
  const byAlias = new Map<string, AliasHit>();
  // First word of every alias → the longest alias starting with it: most tokens are rejected by one lookup.
  const firstWords = new Map<string, number>();
  // The first words of every alias ("goldman" of "goldman sachs"): a name read longer than these is no alias.
  const prefixes = new Set<string>();
  const addAlias = (alias: string, hit: AliasHit): void => {
    const key = nameKey(alias);
    if (!key) return;
    hit = { ...hit, written: alias };
    const words = key.split(' ');
    firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
    let prefix = words[0]!;
    for (let n = 1; n < words.length; n++) {
      prefixes.add(prefix);
      prefix += ` ${words[n]}`;
    }
    const existing = byAlias.get(key);
    // First writer wins, except an unambiguous alias beats an ambiguous one.
    if (!existing || (existing.ambiguous && !hit.ambiguous)) byAlias.set(key, hit);
  };

  if (opts.builtin !== false) {
    for (const b of builtinCompanies()) {
      const entry: DirectoryEntry = { name: b.name, ticker: b.ticker, exchange: b.exchange, kind: 'listed' };
      byTicker.set(b.ticker, entry);
      addAlias(b.name, { entry, ambiguous: false });
      const stripped = stripLegalSuffix(b.name);
      // "Target Corporation" → "Target" would dodge the ambiguity list: one-word names come from aliases only.
      if (stripped.includes(' ')) addAlias(stripped, { entry, ambiguous: false });
      for (const a of b.aliases) addAlias(a, { entry, ambiguous: false });
      for (const a of b.ambiguous) addAlias(a, { entry, ambiguous: true });
    }
    for (const line of PRIVATE_COMPANIES) {
      // "Mars Inc.;Mars?": the firm's name, then other names of the same firm; "?" marks an ambiguous one.
      const names = line.split(';');
      const entry: DirectoryEntry = {
        name: names[0]!.replace(/\?$/, ''),
        ticker: null,
        exchange: null,
        kind: 'private',
      };
      for (const n of names) addAlias(n.replace(/\?$/, ''), { entry, ambiguous: n.endsWith('?') });
    }
    for (const name of MEDIA_NAMES) {
      addAlias(name, { entry: { name, ticker: null, exchange: null, kind: 'media' }, ambiguous: false });
    }
  }
  for (const r of records) {
    const ticker = r.ticker.toUpperCase();
    const entry: DirectoryEntry = byTicker.get(ticker) ?? {
      name: r.name,
      ticker,
      exchange: r.exchange,
      kind: 'listed',
    };
    if (!byTicker.has(ticker)) byTicker.set(ticker, entry);
    for (const alias of [r.name, stripLegalSuffix(r.name), ...r.aliases]) {
      // A one-word name from an imported list may be an ordinary word ("Target Hospitality" → "Target").
      const oneWord = nameKey(alias).split(' ').length === 1;
      addAlias(alias, { entry, ambiguous: oneWord && r.origin === 'import' });
    }
  }

  return {
    size: byTicker.size,
    byTicker: (t) => byTicker.get(t.toUpperCase()),
    byAlias: (name) => byAlias.get(nameKey(name)),
    matchNames(tokens) {
      const out: NameMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i]!;
        // The capital first (a character test), then the lookup: most words are lower case.
        if (!mayStartName(first.text)) continue;
        const longest = firstWords.get(first.norm);
        if (!longest) continue;
        const keys = candidateKeys(tokens, i, Math.min(MAX_WORDS, longest, tokens.length - i), prefixes);
        for (let n = keys.length; n >= 1; n--) {
          const last = tokens[i + n - 1]!;
          if (n > 1 && !startsAlnumOrAmp(last.text)) continue;
          const hit = byAlias.get(keys[n - 1]!);
          if (!hit) continue;
          // "NASDAQ" in capitals is an exchange label, not Nasdaq Inc.: capitals match only capitals.
          if (/^[A-Z]{2,}$/.test(first.text) && hit.written && !/^[A-Z0-9&.]{2,}(\s|$)/.test(hit.written))
            continue;
          out.push({ ...hit, start: first.start, end: last.end, text: '' });
          i += n - 1;
          break;
        }
      }
      return out;
    },
  };
}

let shared: CompanyDirectory | null = null;
/** The built-in directory alone, built once. */
export function builtinDirectory(): CompanyDirectory {
  return (shared ??= createDirectory([]));
}

export { tokenize };
