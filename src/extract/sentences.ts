/**
 * Sentence splitting with offsets. Works line by line first (headings, bullets and lines without final
 * punctuation are their own units), then splits paragraphs at sentence punctuation, refusing to split
 * after abbreviations ("Inc.", "U.S.", "Oct."), initials, decimals and ellipses that continue a sentence.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a period rarely ends a sentence. */
const NEVER_ENDS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'v',
  'e.g',
  'i.e',
  'approx',
  'est',
  'no',
  'nos',
  'fig',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'capt',
  'mt',
  'ave',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ca',
  'cf',
  'op',
  'vol',
  'pp',
  'p',
]);
/** Abbreviations that may also close a sentence: split only when a typical sentence opener follows. */
const MAY_END = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'etc',
  'bros',
  'a.m',
  'p.m',
  'n.v',
  's.a',
  'ag',
]);
const OPENERS = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'Shares',
  'He',
  'She',
  'They',
  'We',
  'In',
  'On',
  'At',
  'But',
  'And',
  'Analysts',
  'Investors',
  'A',
  'An',
  'As',
  'After',
  'For',
  'Both',
  'Meanwhile',
  'However',
  'Under',
  'If',
  'Last',
  'Earlier',
  'Separately',
  'Its',
  'Their',
  'Our',
  'I',
  'There',
  'When',
  'While',
]);

const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s+)/g;

export function splitSentences(text: string, offset = 0): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, offset, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, offset: number, out: Span[]): void {
  const line = text.slice(from, to);
  let cut = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(line))) {
    const end = m.index + m[0].length;
    // Never split inside a quotation: "We sell to the world. With Keller we build here," she said.
    if (insideQuote(line, cut, end)) continue;
    if (isBoundary(line, m.index, m[0], end)) {
      push(text, from + cut, from + end, offset, out);
      cut = end;
    }
  }
  push(text, from + cut, to, offset, out);
}

function insideQuote(line: string, from: number, at: number): boolean {
  const part = line.slice(from, at);
  // No opening mark and no straight quote: nothing can be open (the common case, counted for free).
  if (!part.includes('“') && !part.includes('"')) return false;
  const open = (part.match(/“/g) ?? []).length;
  const close = (part.match(/”/g) ?? []).length;
  if (open > close) return at - part.lastIndexOf('“') - from < 600;
  const straight = (part.match(/(^|[\s(])"|"(?=$|[\s,.;:!?)])/g) ?? []).length;
  if (straight % 2 === 1) return at - from - part.lastIndexOf('"') < 600;
  return false;
}

function isBoundary(line: string, at: number, punct: string, end: number): boolean {
  const next = /^\s+(\S)(\S*)/.exec(line.slice(end));
  if (!next) return false;
  const first = next[1]!;
  const nextWord = (first + next[2]!).replace(/[^A-Za-z]/g, '');
  const startsUpper = /[A-Z0-9"“‘'$€£([]/.test(first);
  if (punct.startsWith('…') || punct.startsWith('...')) return /[A-Z"“]/.test(first);
  if (!startsUpper) return false;
  if (punct[0] !== '.') return true;
  const before = wordBefore(line, at);
  if (!before) return true;
  const word = before.toLowerCase();
  // An initial ("J. Smith"), unless a figure carries it: "…for €380m. Its biggest backer…".
  if (/^[a-z]$/.test(word)) return /\d$/.test(line.slice(0, at - 1));
  if (NEVER_ENDS.has(word)) return false;
  if (MAY_END.has(word)) return OPENERS.has(nextWord) || placeEndsSentence(line, at, end, word);
  if (/^([a-z]\.)+[a-z]$/.test(word)) return OPENERS.has(nextWord); // other dotted acronyms
  return true;
}

/** "the U.S. Army", "the U.K. Competition and Markets Authority": the place names a body, not an end. */
const INSTITUTION_NEXT =
  /^\s+(?:Army|Navy|Air|Space|Marine|Coast|Treasury|Government|Department|Senate|House|Congress|Justice|Supreme|Federal|Food|Securities|Trade|Competition|Financial|Office|Postal|Census|Defense|Energy|Commerce|Court|Attorney|Embassy|Central|National|State|Parliament|Prime|Home|Border|Customs|Commission|Council|Patent|Environmental|Health|Labor|Labour|Steel|Bancorp|Cellular|Silica|Foods|Xpress)\b/;

/**
 * "…clearance in the U.S. and the U.K. Lionsgate will hold a call": "the U.K." ends a sentence when a name
 * and its verb follow ("U.S. Steel said" has no "the" before it).
 */
function placeEndsSentence(line: string, at: number, end: number, word: string): boolean {
  return (
    /^(?:u\.s|u\.k|e\.u)$/.test(word) &&
    /\b(?:in|and|to|from|across|outside|within|of|for)\s+the\s+[A-Za-z.]+$/i.test(
      line.slice(Math.max(0, at - 20), at),
    ) &&
    !INSTITUTION_NEXT.test(line.slice(end)) &&
    /^\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}\s+(?:will|would|said|says|has|had|is|was|expects|reported|reports|plans|shares|stock)\b/.test(
      line.slice(end),
    )
  );
}

/** An ASCII letter (at module level: a nested helper is renamed on every call under tsx's keepNames). */
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The word of letters and dots that ends at `at` (from its first letter): what
 * /([A-Za-z][A-Za-z.]*)$/ finds in line.slice(0, at), read backwards instead of trying every start of
 * the paragraph at every full stop.
 */
function wordBefore(line: string, at: number): string | null {
  let from = at;
  while (from > 0 && (isLetter(line.charCodeAt(from - 1)) || line.charCodeAt(from - 1) === 46)) from--;
  while (from < at && !isLetter(line.charCodeAt(from))) from++;
  return from < at ? line.slice(from, at) : null;
}

function push(text: string, start: number, end: number, offset: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start: start + offset, end: end + offset });
}
