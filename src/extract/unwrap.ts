/**
 * Hard-wrapped text back into paragraphs. Text copied out of a PDF or a plain-text e-mail breaks every
 * line at a fixed width, even mid-sentence and mid-word ("…to acquire Bel-\ncarra Fluid Systems…"). The
 * cleaner and the sentence splitter read a line break as the end of a unit, so such text would lose
 * every sentence that crosses a line. Ordinary pages are left alone: the text must show the wrap
 * several times (a line that stops mid-sentence with the next one going on in lowercase).
 */
import { isChromeLine } from './page-chrome.js';

/** A line that cannot end a sentence or a headline: it stops on a comma, a hyphen or a function word. */
const ENDS_OPEN =
  /(?:[,;(\-–]|\b(?:a|an|the|of|on|in|at|to|for|with|by|from|as|and|or|but|that|which|who|its|their|our|his|her|is|was|are|were|be|been|has|have|had|will|would|can|could|may|said|than|into|about|under|over|per|including|such|between)|\d)$/i;
/** A line that starts a unit of its own: a list item, a rule, a heading marker, a quote box. */
const STARTS_UNIT = /^(?:[-*•·▪◦‣–—]\s|\d+[.)]\s|#|>|\||={2,}|-{2,})/;
const SENTENCE_END = /[.!?:]["”’)]?$/;

/**
 * Whether the line break after `line` (trimmed) falls inside a sentence that `next` (trimmed) goes on
 * with. `full`: the line reaches the wrap width, so it stopped only because the width ran out.
 */
function breaksMidSentence(line: string, next: string, full: boolean): boolean {
  if (!line || !next || SENTENCE_END.test(line) || STARTS_UNIT.test(next)) return false;
  return full || /^[a-z(“"'‘$€£\d]/.test(next) || ENDS_OPEN.test(line);
}

/** The width the text was wrapped at: the length most long lines reach (the 90th percentile). */
function wrapWidth(lines: string[]): number {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/** Whether the text shows a fixed-width wrap: long lines stopping mid-sentence, the next going on in lowercase. */
function isHardWrapped(lines: string[]): boolean {
  let wraps = 0;
  for (let i = 0; i + 1 < lines.length && wraps < 3; i++) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]!.trim();
    if (line.length >= 45 && !SENTENCE_END.test(line) && /^[a-z]/.test(next) && !STARTS_UNIT.test(next))
      wraps++;
  }
  return wraps >= 3;
}

export function unwrapHardBreaks(text: string): string {
  const lines = text.split('\n');
  if (!isHardWrapped(lines)) return text;
  const full = wrapWidth(lines) * 0.8;
  const out: string[] = [];
  let last = '';
  for (const raw of lines) {
    const line = raw.trim();
    // Only a line near the wrap width goes on in the next: a short one is a heading or a paragraph's end.
    // A dateline bar or a byline under a long headline is a line of its own.
    if (
      out.length &&
      last.length >= 45 &&
      breaksMidSentence(last, line, last.length >= full) &&
      !isChromeLine(line)
    ) {
      const prev = out[out.length - 1]!.trimEnd();
      // "Bel-\ncarra": a word broken at the wrap is one word again.
      out[out.length - 1] =
        /[A-Za-z]-$/.test(prev) && /^[a-z]/.test(line) ? `${prev.slice(0, -1)}${line}` : `${prev} ${line}`;
    } else out.push(raw);
    last = line;
  }
  return out.join('\n');
}
