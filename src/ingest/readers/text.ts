/**
 * Plain text and Markdown articles, with optional front matter:
 *   ---
 *   title: ...
 *   url: ...
 *   source: ...
 *   published: YYYY-MM-DD
 *   ---
 * Anything the front matter leaves out is guessed gently (title from the first heading-like line).
 */
import type { RawArticle } from '../../domain/article.js';
import { datelineDate, toIsoDate } from './dates.js';

export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` front matter from the body; simple `key: value` lines only (quotes stripped). */
export function splitFrontMatter(content: string): FrontMatter {
  const m = FRONT_MATTER.exec(content);
  if (!m) return { fields: {}, body: content.replace(/^\uFEFF/, '') };
  const fields: Record<string, string> = {};
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    let value = kv[2] ?? '';
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    fields[(kv[1] ?? '').toLowerCase()] = value;
  }
  return { fields, body: content.slice(m[0].length) };
}

/** Light Markdown to text: headings, emphasis, links and images lose their markup, paragraphs stay. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '')
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** The first line that reads like a headline: a few words, not a sentence fragment of the body. */
export function guessTitle(text: string): string | null {
  const lines = text.split(/\r?\n/).slice(0, 40);
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/^#+\s*/, '').trim();
    if (line.length < 12 || line.length > 200) continue;
    if (line.split(/\s+/).length < 4) continue;
    if (/[.:;,]$/.test(line)) continue;
    // Page chrome above the headline: a skip link, a breadcrumb, a line of short labels between bars
    // ("World | Business | Markets", "Brevity Media | Newsletters", labels set apart by wide gaps:
    // "Newsletters     My Feed   Sign Out") or in capitals ("EDITORS' PICK").
    if (
      /^(?:skip to|sign (?:up|in)|log ?in|subscribe|register|menu|search|home|forward this|view (?:this )?in (?:your )?browser)\b|\s>\s/i.test(
        line,
      )
    )
      continue;
    if (
      !/[a-z]/.test(line) ||
      line.split(/\s\|\s|\s{3,}/).every((p, _, all) => all.length > 1 && p.trim().split(/\s+/).length <= 3)
    )
      continue;
    // A byline or date line under the headline is no headline, nor a quote box ("Quotes CLX $148.20 +2.79").
    if (/^(?:by|published|updated|posted)\b/i.test(line)) continue;
    if (/\$\d[\d,.]*\s+[+\-–−]\d|(?:\$\d[^$]*){3,}/.test(line)) continue;
    // A headline wrapped onto a second line ("…from Evanston Ridge Capital for\n$575 Million") goes on in it.
    const next = lines[i + 1]?.trim() ?? '';
    if (/\b(?:for|of|to|and|the|a|an|in|on|with|from|at|by|as)$/i.test(line) && next && next.length <= 80)
      return `${line} ${next}`;
    return line;
  }
  return null;
}

export function normaliseNewlines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parseTextArticle(
  content: string,
  origin: string,
  opts: { markdown?: boolean; fallbackTitle?: string } = {},
): RawArticle {
  const { fields, body } = splitFrontMatter(content);
  const markdown = opts.markdown ?? false;
  const headingTitle = markdown ? /^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(body)?.[1] : undefined;
  const text = normaliseNewlines(markdown ? markdownToText(body) : body);
  const title =
    fields.title?.trim() || headingTitle?.trim() || guessTitle(text) || opts.fallbackTitle || 'Untitled';
  return {
    title,
    text,
    url: fields.url?.trim() || fields.link?.trim() || null,
    source: fields.source?.trim() || null,
    publishedAt:
      toIsoDate(fields.published ?? fields.date ?? fields.publishedat) ?? datelineDate(text, title),
    guid: fields.guid?.trim() || null,
    origin,
  };
}
