/**
 * Plain-text boilerplate removal that works on text from any source (files, HTML main text, feeds).
 * Drops page chrome, previous/next story blocks, related-headline sidebars ("Stock Market Today"),
 * reference lists, inline citation markers, price widgets, editors' placeholders, author bios and promo
 * blurbs; reads header metadata (market impact score, ticker tag line, title). Sidebar lines are removed
 * outright so their facts can never be attributed to the main story.
 */
import type { CompanyDirectory } from './companies/directory.js';
import { splitTickerTag } from './companies/anchors.js';
import { isChromeLine } from './page-chrome.js';
import { unwrapHardBreaks } from './unwrap.js';

export interface Cleaned {
  text: string;
  title: string;
  tickers: string[];
  impactScore: number | null;
  /** Lines dropped as sidebar or chrome, for debugging and tests. */
  dropped: string[];
}

const STORY_NAV = /^(previous|next|prev|older|newer) (story|article|post|stories)\s*:?$/i;
const BLOCK_MARKER =
  /^(stock market today|related( stories| articles| news| coverage| posts| content| reading| links)?|more (from|on|news|stories|headlines)\b.*|recommended( for you| stories| reading| articles)?|trending( now| stories| news| on\b.*)?|most (read|popular|viewed)( on\b.*)?|you (may|might) also like|latest (news|stories|headlines)|top stories|further reading|also read|see also|more headlines|market movers|what to read next|read (this )?next|more related (articles|stories|news|posts)|trending (releases|tickers|articles|videos)|suggested (topics|articles|reading|stories)|you may also be interested in|popular (stories|articles)|in other news|around the web|editor'?s picks|don'?t miss|markets? wrap(?:-?up)?|(?:more|other) (?:markets? )?headlines)\s*:?$/i;
const RULES = /^[-=*_~#•·\s]+|[-=*_~#•·\s]+$/g;
const RULE_CHAR = /^[-=*_~#•·\s]$/;
const isRuleChar = (c: string | undefined): boolean => c !== undefined && RULE_CHAR.test(c);
/** "MARKETS WRAP — more from the desk", "Read next: our picks": a marker with a label beside it. */
const isBlockMarker = (line: string): boolean => {
  // "-- MORE NEWS --", "== Related ==": rules drawn around a marker are no part of it. Only the
  // end characters can start a rule: a line with plain ends skips the replace (run for every line).
  const t = isRuleChar(line[0]) || isRuleChar(line[line.length - 1]) ? line.replace(RULES, '') : line;
  return (
    BLOCK_MARKER.test(t) ||
    (t.length <= 80 &&
      !/[.!?]$/.test(t) &&
      t.split(/\s+[—–|]\s+|:\s+/).some((part) => part !== t && BLOCK_MARKER.test(part.trim())))
  );
};
/** Where readers' comments begin: nothing after it is the story, whatever it names. */
const COMMENTS_MARKER =
  /^(?:comments?\b|\d+\s+comments?\b|reply\b|sort by\b|join the (?:conversation|discussion)|leave a (?:comment|reply)|reader comments)/i;
const REFERENCES = /^(references|sources|citations|notes|footnotes|bibliography)\s*:?$/i;
const SOURCES_LINE = /^(sources?|references?|citations?)\s*:/i;
const PROMO =
  /\b(try \d+ free|free trial|sign up (for|to)|subscribe (to|for|now)|newsletter|download (our|the) app|practice (interview )?problems|courses?\b.*\b(job|hired|roadmap|learn)|job-ready|limited[- ]time offer|promo code|unlock (full|premium)|premium members?|join \d[\d,]* (investors|subscribers|readers)|get (our|the) free)\b/i;
const BIO =
  /^((a|an) [^.]{0,80}\b(writer|journalist|expert|editor|reporter|contributor|columnist|correspondent|analyst)\b[^.]{0,40}\b(writing|who|covering|for|at|based|with)\b|about the author|author bio|[A-Z][a-z]+ [A-Z][a-z]+ (is|has been) (a|an|the) [^.]{0,60}\b(writer|journalist|reporter|editor|contributor|columnist|correspondent)\b)/i;
const CITATIONS = /\s*\[\d{1,3}\](?:\s*\[\d{1,3}\])*/g;
/** A quote strip: a line of nothing but tickers and their moves ("CSCO -1.84%  NVDA +0.62%"), page chrome. */
const QUOTE_STRIP =
  /^(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+(?:\$?[\d,]+(?:\.\d+)?\s+)?[+\-–−]?\d+(?:\.\d+)?%\s*(?:[|·•,]\s*)?){2,}$/;
/**
 * A quote box: a name, a price, its signed change and signed percent, and labels ("Rollins, Inc. (NYSE:ROL)
 * $59.31 +0.36 (+0.61%) As of 11/27/2026 08:30 AM Eastern Add to Watchlist"): page chrome, no move told.
 */
const QUOTE_BOX =
  /^.{0,80}?\$?\d[\d,]*\.\d+\s+[+\-–−]\d[\d,]*(?:\.\d+)?\s*\(\s*[+\-–−]\d+(?:\.\d+)?%\s*\)(?![^.!?]*\b(?:rose|fell|gained|lost|jumped|dropped|climbed|slid|closed|ended)\b)[^.!?]{0,120}$/;
const PRICE_WIDGET = /\s*\((?:[A-Z]+:\s?)?[A-Z]{1,5}(?:\.[A-Z])?\s+[+\-–−]?\d+(?:\.\d+)?%\)/g;
const PLACEHOLDER = /(^|\s)TK(?=[\s.,;:)]|$)/g;
const IMPACT = /^(?:market )?impact(?: score)?\s*:\s*(-?\d+(?:\.\d+)?)\s*$/i;
const BULLET = /^(?:[-*•·▪◦‣–—]\s*)+/;

export function cleanArticle(rawText: string, rawTitle: string, directory: CompanyDirectory): Cleaned {
  const dropped: string[] = [];
  const lines = unwrapHardBreaks(
    rawText
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/\t/g, '    '),
  ).split('\n');
  const keep: boolean[] = lines.map(() => true);
  const drop = (i: number): void => {
    if (keep[i] && lines[i]!.trim()) dropped.push(lines[i]!.trim());
    keep[i] = false;
  };
  const totalChars = lines.reduce((n, l) => n + l.length + 1, 0);

  let impactScore: number | null = null;
  let tickers: string[] = [];
  let title = rawTitle.trim();

  // Header zone: the lines before the first paragraph of prose.
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 12; i++) {
    const t = lines[i]!.trim();
    if (!t) continue;
    seen++;
    if (t.length > 200 && /[.!?]["”]?$/.test(t)) break;
    const impact = IMPACT.exec(t);
    if (impact) {
      impactScore = Number(impact[1]);
      drop(i);
      continue;
    }
    if (/^[A-Z][A-Z.\s,|/·]{0,60}$/.test(t) && !tickers.length) {
      const split = splitTickerTag(t, directory);
      if (split) {
        tickers = split;
        drop(i);
        continue;
      }
    }
    // "Technology & InnovationArtificial IntelligenceCompany Fundamentals": glued category links.
    if (
      (t.match(/[a-z][A-Z]/g)?.length ?? 0) >= 2 &&
      !/[.!?]$/.test(t) &&
      !/\s[a-z]+\s[a-z]+\s[a-z]+\s/.test(t)
    ) {
      drop(i);
      continue;
    }
    if (
      /^by [A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3}(,.*)?$/.test(t) ||
      /^(published|updated|posted)\b.{0,60}$/i.test(t)
    ) {
      drop(i);
      continue;
    }
  }

  let names: Set<string> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = stripMarkup(lines[i]!.trim());
    if (!t || (!keep[i] && !STORY_NAV.test(t))) continue;
    if (isChromeLine(t)) {
      drop(i);
      continue;
    }
    if (STORY_NAV.test(t)) {
      // The headline of the neighbouring story sits just before and/or just after the marker.
      drop(i);
      let p = prevNonEmpty(lines, i);
      while (p >= 0 && STORY_NAV.test(lines[p]!.trim())) p = prevNonEmpty(lines, p);
      if (p >= 0 && isHeadline(lines[p]!)) drop(p);
      let n = nextNonEmpty(lines, i);
      while (n >= 0 && STORY_NAV.test(lines[n]!.trim())) n = nextNonEmpty(lines, n);
      if (n >= 0 && isHeadline(lines[n]!)) drop(n);
      continue;
    }
    if (isBlockMarker(t) || REFERENCES.test(t)) {
      drop(i);
      const pos = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
      if (pos > totalChars * 0.5 || REFERENCES.test(t)) {
        // A late sidebar or reference list: everything after it is page furniture, except a
        // prose paragraph that plainly continues the story (long, and not a list item). After a
        // sidebar, that is the first paragraph past the sidebar's own items, and it names the
        // story's companies (a "Trending now" box set inside the story); anything else past the
        // items (comments, a footer) ends the story.
        names ??= storyNames(rawTitle, lines);
        let inItems = !REFERENCES.test(t);
        for (let j = i + 1; j < lines.length; j++) {
          const l = lines[j]!;
          if (
            REFERENCES.test(t) &&
            (isProse(l) || (/^notes\b/i.test(t) && isNoteSentence(l))) &&
            !isReferenceList(l)
          )
            break;
          if (inItems && COMMENTS_MARKER.test(l.trim())) inItems = false;
          if (inItems && l.trim() && !BULLET.test(l.trim()) && !isHeadline(l)) {
            if (continuesStory(l, names)) break;
            inItems = false;
          }
          drop(j);
        }
      } else {
        for (let j = i + 1; j < lines.length; j++) {
          const l = lines[j]!;
          if (!l.trim() || BULLET.test(l.trim()) || /^\s{2,}/.test(l) || isHeadline(l) || isDateStamp(l))
            drop(j);
          else break;
        }
      }
      continue;
    }
    if (SOURCES_LINE.test(t) || isReferenceList(t)) {
      drop(i);
      continue;
    }
    if (t.length < 300 && PROMO.test(t)) {
      drop(i);
      const p = prevNonEmpty(lines, i);
      if (p >= 0 && keep[p] && isHeadline(lines[p]!) && PROMO_LEAD.test(lines[p]!)) drop(p);
      continue;
    }
  }

  // Author bio: a paragraph near the end that describes the writer.
  for (let i = Math.floor(lines.length * 0.6); i < lines.length; i++) {
    if (keep[i] && BIO.test(lines[i]!.trim())) drop(i);
  }

  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    let t = withoutInlineNoise(stripMarkup(lines[i]!.trim()).replace(BULLET, ''));
    if (QUOTE_STRIP.test(t) || QUOTE_BOX.test(t)) t = '';
    if (!t) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (title && out.length && t === title && out.includes(title)) continue; // repeated title
    out.push(t);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  // No title, or only a file-name slug ("lumen aws interconnect"): the first heading line is the title.
  if (!title || (/^[a-z0-9 ]+$/.test(title) && out[0] && out[0].toLowerCase().includes(title.split(' ')[0]!)))
    title = out.find((l) => l.length > 0 && l.length < 200) ?? title;
  return { text: out.join('\n'), title, tickers, impactScore, dropped };
}

/**
 * Citation markers, price widgets, placeholders and doubled spaces taken out of a kept line. Each
 * pattern is tried only when the line holds the text it cannot match without ("[", "%)", "TK", two
 * spaces): most lines hold none of them.
 */
function withoutInlineNoise(line: string): string {
  let t = line;
  if (t.includes('[')) t = t.replace(CITATIONS, '');
  if (t.includes('%)')) t = t.replace(PRICE_WIDGET, '');
  if (t.includes('TK')) t = t.replace(PLACEHOLDER, '$1');
  if (t.includes('  ')) t = t.replace(/ {2,}/g, ' ');
  return t.trim();
}

const PROMO_LEAD = /\b(practice|learn|course|free|subscribe|newsletter|sign up|offer)\b/i;

function stripMarkup(t: string): string {
  if (!/[#>*_[]/.test(t)) return t;
  return t
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/\[([^\]]+)\]\((?:https?:|\/)[^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '');
}

function isHeadline(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 200 && !/\.["”’)]?$/.test(t);
}
function isDateStamp(line: string): boolean {
  return /^\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}:\d{2}\s?(am|pm)|\d+ (minutes|hours|days) ago)/i.test(
    line,
  );
}
/**
 * Capitalised words that the title and the story's first paragraph share: the story's own names
 * ("Ossory", "Harlow" for "Ossory Foods stock soars after Harlow Metals deal").
 */
function storyNames(title: string, lines: string[]): Set<string> {
  const lead = lines.find((l) => l.trim().length > 80 && /[.!?]["”’]?$/.test(l.trim())) ?? '';
  const inLead = new Set([...lead.matchAll(/\b[A-Z][\w&'’-]{3,}/g)].map((m) => m[0]));
  return new Set([...title.matchAll(/\b[A-Z][\w&'’-]{3,}/g)].map((m) => m[0]).filter((w) => inLead.has(w)));
}
/** After a late sidebar: a sentence of the story that goes on ("Analysts at Truist downgraded Ossory…"). */
function continuesStory(line: string, names: Set<string>): boolean {
  const t = line.trim();
  return (
    t.length > 60 &&
    /[.!?]["”’]?$/.test(t) &&
    !/^\s/.test(line) &&
    /\s[a-z]{2,}\s[a-z]{2,}\s/.test(t) &&
    [...t.matchAll(/\b[A-Z][\w&'’-]{3,}/g)].some((m) => names.has(m[0]))
  );
}
function isProse(line: string): boolean {
  const t = line.trim();
  return t.length > 200 && /[.!?]["”’]?$/.test(t) && !/^\s/.test(line) && !BULLET.test(t);
}
/** Under "Notes": a plain sentence of the story ("Intel shares were 2% lower…"), not a numbered source or link. */
function isNoteSentence(line: string): boolean {
  const t = line.trim();
  return (
    t.length > 40 &&
    /[.!?]["”’)]?$/.test(t) &&
    /^[A-Z]/.test(t) &&
    !/https?:|www\.|\.(?:com|org|net|gov|io)\b|^\[?\d{1,3}[.)\]]/i.test(t)
  );
}
function isReferenceList(t: string): boolean {
  if (!/^\d|, \d{1,3}\. /.test(t)) return false;
  const items = t.match(/\b\d{1,3}\.\s+(?:www\.)?[\w-]+(?:\.[\w-]+)+/g);
  return !!items && items.length >= 2 && items.join('').length > t.length * 0.5;
}
function prevNonEmpty(lines: string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.trim()) return j;
  return -1;
}
function nextNonEmpty(lines: string[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return j;
  return -1;
}
