/**
 * Text helpers for question answering: sentence splitting with offsets, a small stemmer shared by the
 * index and the question parser, and recognisers for the kinds of answer a sentence can hold.
 */
import { datelineDate } from '../extract/dates.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that end with a period but do not end a sentence ("Oct. 30", "Inc.", "U.S.").
const ABBREV =
  /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|No|vs|approx|est|Jr|Sr|Bros|Cos|Plc)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z]|\be\.g|\bi\.e)\.$/;

/** Splits cleaned article text into sentences, keeping offsets into the text. Paragraphs never merge. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const para = /[^\n]+/g;
  for (let pm = para.exec(text); pm; pm = para.exec(text)) {
    const line = pm[0];
    const base = pm.index;
    let from = 0;
    const boundary = /[.!?]["”’)\]]*(?=\s+["“‘(]?[A-Z0-9$€£¥])/g;
    for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
      const upto = m.index + m[0].length;
      if (ABBREV.test(line.slice(Math.max(from, upto - 12), m.index + 1))) continue;
      push(line.slice(from, upto), base + from);
      from = upto;
    }
    push(line.slice(from), base + from);
  }
  function push(raw: string, at: number): void {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    // Bullets and list markers carry no meaning for answers.
    const bullet = /^(?:[•*\-–—·]+|\d+[.)])\s+/.exec(t);
    const clean = bullet ? t.slice(bullet[0].length) : t;
    if (clean.length < 3 || !/[a-z]/i.test(clean)) return;
    const start = at + lead + (bullet ? bullet[0].length : 0);
    out.push({ text: clean, start, end: start + clean.length });
  }
  return out;
}

const STEM_EXCEPTIONS = new Set(['news', 'us', 'its', 'this', 'has', 'was', 'is', 'does', 'less', 'plus']);

/** A deliberately small stemmer: plurals, -ing, -ed, possessives. Same on both sides of the index. */
// Indexing a new subject stems every word of its articles, mostly the same few thousand words.
const stemmed = new Map<string, string>();

export function stem(word: string): string {
  let s = stemmed.get(word);
  if (s === undefined) {
    s = stemUncached(word);
    if (stemmed.size > 50_000) stemmed.clear();
    stemmed.set(word, s);
  }
  return s;
}

function stemUncached(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
  if (w.length <= 3 || STEM_EXCEPTIONS.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  // "closing"/"closed"/"close" → "clos"; "raised"/"raise" → "rais".
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Words of a text, lower-cased; hyphenated words give their parts too ("year-to-date"). */
// A character loop, not a regex: tokenising every sentence of a subject's articles is most of the
// cost of a first question about it. Same tokens as /[A-Za-z][A-Za-z0-9&'’]*(?:-[A-Za-z0-9]+)*/g
// with a trailing possessive dropped.
export function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    let quote = false;
    let hyphen = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === APOSTROPHE || c === RIGHT_QUOTE) quote = true;
      else if (!isAlnum(c) && c !== AMPERSAND) break;
    }
    while (i + 1 < n && text.charCodeAt(i) === HYPHEN && isAlnum(text.charCodeAt(i + 1))) {
      hyphen = true;
      for (i += 2; i < n && isAlnum(text.charCodeAt(i)); i++);
    }
    const raw = text.slice(start, i);
    const w = (quote ? raw.replace(/[’']s$/i, '') : raw).toLowerCase();
    out.push(w);
    if (hyphen) for (const part of w.split('-')) out.push(part);
  }
  return out;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 38;
const HYPHEN = 45;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

export const stems = (text: string): string[] => words(text).map(stem);

const stemSets = new Map<string, Set<string>>();
/** The stems of a sentence plus its money/percent signs, cached (sentences repeat across questions). */
export function stemSet(text: string): Set<string> {
  let set = stemSets.get(text);
  if (!set) {
    set = new Set([...stems(text), ...(text.match(/[$€£¥%×]/g) ?? [])]);
    if (stemSets.size > 50_000) stemSets.clear();
    stemSets.set(text, set);
  }
  return set;
}

// ---- Answer kinds ---------------------------------------------------------------------------------

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DATE_RE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}\\b`,
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of)? \\d{4}\\b`,
    `\\bQ[1-4] \\d{4}\\b`,
    `\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b`,
    `\\b(?:early|mid|late|end of)[- ]\\d{4}\\b`,
    `\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
    `\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)\\b`,
    `\\b${MONTH}\\s+\\d{4}\\b`,
    `\\b(?:this|next) (?:week|month|quarter|year)\\b`,
  ].join('|'),
  'gi',
);
const MONEY_RE =
  /(?:[A-Z]{0,2}[$€£¥]\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|bn|mn|[BMK])\b)?)|(?:\b\d[\d,.]*\s?(?:billion|million|trillion)\b(?:\s(?:dollars|euros|pounds|yen))?)|(?:\b(?:USD|EUR|GBP|JPY|CAD)\s?\d[\d,.]*)|(?:\b\d+ cents\b)/g;
const PERCENT_RE = /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)/g;
const NUMBER_RE = /\b\d[\d,]*(?:\.\d+)?\b/g;
const QUOTE_RE = /["“”]|(?:\b(?:said|says|told|wrote|added|noted)\b)/i;

export type AnswerKind =
  'money' | 'date' | 'time' | 'percent' | 'number' | 'quote' | 'person' | 'rating' | 'any';

const RATING_RE =
  /\b(?:Buy|Sell|Hold|Overweight|Underweight|Equal[- ]weight|Outperform|Underperform|Neutral|Market Perform|Sector Perform|Peer Perform|Add|Reduce|Accumulate|Strong Buy|upgrad\w*|downgrad\w*|initiat\w*|reiterat\w*|price target|target)\b/;

/** Date expressions in a text, except those the question itself used ("third-quarter"). */
export function datesIn(text: string, ignore: string[] = []): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/-/g, ' ');
  return [...text.matchAll(DATE_RE)].map((m) => m[0]).filter((d) => !ignore.some((i) => norm(i) === norm(d)));
}

export function hasKind(text: string, kind: AnswerKind, ignoreDates: string[] = []): boolean {
  switch (kind) {
    case 'money':
      return new RegExp(MONEY_RE.source).test(text);
    case 'date':
      return datesIn(text, ignoreDates).length > 0;
    case 'time':
      return /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b/i.test(text);
    case 'percent':
      // A move is a percentage, or a price the shares moved to.
      return new RegExp(PERCENT_RE.source).test(text) || /\b(?:to|at|near)\s+~?[$€£¥]\s?\d/.test(text);
    case 'number':
      return new RegExp(NUMBER_RE.source).test(text.replace(DATE_RE, ''));
    case 'quote':
      return QUOTE_RE.test(text);
    case 'person':
      // "Who?" is answered by a person's name or by organisations named together ("X and Y").
      return /\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+\b|\b[A-Z]\w+,? (?:and|or) [A-Z]\w+/.test(text);
    case 'rating':
      return RATING_RE.test(text) || new RegExp(MONEY_RE.source).test(text);
    case 'any':
      return true;
  }
}

/** Every number in a text, normalised ("5.75", "200", "-0.2"), for checking answers against evidence. */
export function numbersIn(text: string): string[] {
  const cleaned = text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => d.replace(/-/g, ' '));
  return [...cleaned.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => normaliseNumber(m[0]));
}

export function normaliseNumber(raw: string): string {
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) ? String(n) : raw;
}

/** A sentence that says something was not disclosed or not yet set. */
export const NOT_TOLD_IN_TEXT =
  /\b(?:undisclosed|not (?:been )?(?:yet )?(?:disclosed|announced|released|given|set|provided|specified|revealed)|(?:did|does|do|would|will) not (?:disclose|say|give|specify|reveal|comment)|declined to (?:comment|disclose|say|give)|has(?:n't| not) (?:yet )?(?:announced|said|set|disclosed)|no financial terms|terms were(?:n't| not)|without disclosing)\b/i;

/** How our answers say the sources do not tell (also what `eval-qa` looks for). */
export const NOT_IN_SOURCES_PHRASE = "the sources I have don't say";
export const SAYS_NOT_TOLD =
  /sources (?:I have )?(?:do(?:es)?n[’']t|do(?:es)? not) (?:say|tell|give|mention)|not in (?:the|my) sources|sources don[’']t tell/i;

const SCALE: Record<string, number> = {
  trillion: 1e12,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
};
/** Deal-sized money in a text as plain amounts ("$2.4 billion", "$900 mln" → 2.4e9, 9e8). */
export function amountsIn(text: string): number[] {
  return [
    ...text.matchAll(
      /(?:[$€£¥]\s?|\b(?:USD|EUR|GBP|JPY|CAD)\s?)?(\d[\d,]*(?:\.\d+)?)\s?(trillion|billion|million|bln|mln|bn|mn|[BM])\b/gi,
    ),
  ]
    .map((m) => Number(m[1]!.replace(/,/g, '')) * SCALE[m[2]!.toLowerCase()]!)
    .filter((n) => Number.isFinite(n) && n > 0);
}

/** Two amounts that are the same figure as reported ("about $900 million", "$0.9 billion"). */
export const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) / Math.max(a, b) < 0.03;

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/**
 * The calendar date a bare weekday in a sentence stands for ("reports after the bell Thursday" in an
 * article of Tuesday, Aug. 4 → 2026-08-06), read against the article's publication date: the next
 * such day for what is still to come, the last one for what already happened. Null when the sentence
 * gives the date itself ("Wednesday, Nov. 5"), names no weekday, or the article has no date.
 */
export function resolveWeekday(text: string, publishedAt: string | null): string | null {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}/.test(publishedAt)) return null;
  const m =
    /\b(last |next |this )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(,?\s+\S+\s+\d)?/i.exec(
      text,
    );
  if (!m || (m[3] && new RegExp(`^,?\\s+${MONTH}\\s+\\d`, 'i').test(m[3]))) return null;
  const [y, mo, d] = publishedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const pub = new Date(Date.UTC(y, mo - 1, d));
  const want = WEEKDAY_NAMES.indexOf(m[2]!.toLowerCase());
  const before = text.slice(0, m.index);
  const past =
    m[1]?.toLowerCase().trim() === 'last' ||
    (m[1] === undefined &&
      /\b(?:said|reported|rose|fell|jumped|slid|surged|dropped|gained|closed|announced|agreed|was|were|did|had)\b/i.test(
        before.slice(-80),
      ));
  let delta = (want - pub.getUTCDay() + 7) % 7;
  if (past) delta = delta === 0 ? 0 : delta - 7;
  else if (m[1]?.toLowerCase().trim() === 'next' && delta === 0) delta = 7;
  return new Date(pub.getTime() + delta * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The article's own date: its publication date, else the dateline its opening gives ("Published
 * Tuesday, November 4, 2025", "SAN FRANCISCO, Sept 16, 2025 (Wire)"). Relative days resolve against it.
 */
export function articleDay(a: { publishedAt: string | null; text: string; title?: string }): string | null {
  if (a.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(a.publishedAt)) return a.publishedAt.slice(0, 10);
  return datelineDate(a.text, a.title);
}
