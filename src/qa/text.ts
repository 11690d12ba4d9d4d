/**
 * Text helpers for question answering: sentence splitting with offsets, a small stemmer shared by the
 * index and the question parser, and recognisers for the kinds of answer a sentence can hold.
 */

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
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9&'’]*(?:-[A-Za-z0-9]+)*/g)) {
    const w = m[0].includes("'") || m[0].includes('’') ? m[0].replace(/[’']s$/i, '') : m[0];
    out.push(w.toLowerCase());
    if (w.includes('-')) out.push(...w.toLowerCase().split('-'));
  }
  return out;
}

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
      return /\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+\b/.test(text);
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
