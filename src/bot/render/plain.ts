/**
 * Plain-text rendering of a card: the fallback text every outcome carries, and what the shell
 * prints. Content is neutralised (control characters, terminal escapes and bidi overrides removed,
 * newlines inside a span flattened) so an article can never drive the terminal or break the layout.
 */
import type { Card, Outcome, RichText, Span } from '../types.js';

// C0 (except tab/newline) and C1 controls, DEL, bidi embeddings/overrides/isolates, zero-width joiners misuse.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]/g;

/** Makes untrusted text inert for a terminal or a plain-text notification. */
export function neutralize(text: string, keepNewlines = false): string {
  const cleaned = text
    .replace(ANSI, '')
    .replace(CONTROL, (c) => (c === '\r' || c === '\u000B' || c === '\u000C' ? ' ' : ''));
  return keepNewlines ? cleaned : cleaned.replace(/\s*\n\s*/g, ' ');
}

export interface PlainStyle {
  heading(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  link(s: string): string;
}

const NO_STYLE: PlainStyle = { heading: (s) => s, bold: (s) => s, dim: (s) => s, link: (s) => s };

/** ANSI styling for a colour terminal (the shell decides when to use it). */
export const ANSI_STYLE: PlainStyle = {
  heading: (s) => `\u001B[1;36m${s}\u001B[0m`,
  bold: (s) => `\u001B[1m${s}\u001B[0m`,
  dim: (s) => `\u001B[2m${s}\u001B[0m`,
  link: (s) => `\u001B[4m${s}\u001B[0m`,
};

function span(s: Span, style: PlainStyle): string {
  if (typeof s === 'string') return neutralize(s);
  if ('bold' in s) return style.bold(neutralize(s.bold));
  if ('italic' in s) return neutralize(s.italic);
  if ('code' in s) return neutralize(s.code);
  const text = neutralize(s.link);
  const url = neutralize(s.url);
  return url && url !== text ? `${style.link(text)} <${url}>` : style.link(text);
}

export const richToPlain = (rt: RichText, style: PlainStyle = NO_STYLE): string =>
  rt.map((s) => span(s, style)).join('');

export function renderPlain(card: Card, style: PlainStyle = NO_STYLE): string {
  const out: string[] = [style.heading(neutralize(card.title))];
  if (card.subtitle?.length) out.push(richToPlain(card.subtitle, style));
  if (card.fields?.length) {
    out.push('');
    for (const f of card.fields)
      out.push(`${style.bold(neutralize(f.label))}: ${richToPlain(f.value, style)}`);
  }
  for (const section of card.sections) {
    out.push('');
    if (section.heading) out.push(style.bold(neutralize(section.heading)));
    for (const line of section.lines) out.push(`${section.heading ? '  • ' : ''}${richToPlain(line, style)}`);
  }
  if (card.citations?.length) {
    out.push('', style.bold('Sources'));
    card.citations.forEach((c, i) => {
      const meta = [c.source, c.date]
        .filter(Boolean)
        .map((x) => neutralize(x!))
        .join(', ');
      out.push(
        `  [${i + 1}] ${neutralize(c.title)}${meta ? ` — ${meta}` : ''}${c.url ? ` ${style.dim(`<${neutralize(c.url)}>`)}` : ''}`,
      );
    });
  }
  if (card.buttons?.length)
    out.push('', style.dim(card.buttons.map((b) => `[${neutralize(b.label)}]`).join(' ')));
  if (card.threadPrompt) out.push('', style.dim(neutralize(card.threadPrompt)));
  if (card.footer) out.push('', style.dim(neutralize(card.footer)));
  return out.join('\n');
}

export const plainRenderer = {
  render: (outcome: Outcome): string => renderPlain(outcome.card),
};
