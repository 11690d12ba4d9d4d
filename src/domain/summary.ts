/**
 * An article's one-line summary: its first real sentence after the title and dateline. Made once
 * when the article is saved, so listings and citations never need the text.
 */

/** Collapses whitespace and cuts at a word boundary with "…" when longer than `max`. */
export function truncate(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

const ABBREVIATION =
  /(?:^|\s)(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|No|vs|U\.S|U\.K|approx|est)\.$/;
/** "NEW YORK, Oct. 24, 2025 — " or "April 17, 2026 - " at the start of a story. */
const DATELINE = /^[A-Z][A-Za-z0-9 .,'()]{0,60}?\d{4}\s*(?:\([^)]*\)\s*)?[—–-]+\s*/;

/** Long enough for any card; cards cut it shorter. */
export const SUMMARY_MAX = 240;

export function summarise(title: string, body: string, max = SUMMARY_MAX): string {
  let text = body.replace(/\s+/g, ' ').trim();
  if (text.startsWith(title)) text = text.slice(title.length).trim();
  text = text.replace(DATELINE, '');
  const ends = /[.!?]["”’)]?(?=\s|$)/g;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const upTo = text.slice(0, m.index + m[0].length);
    if (upTo.length < 40 || ABBREVIATION.test(text.slice(0, m.index + 1))) continue;
    return truncate(upTo, max);
  }
  return truncate(text, max);
}
