/**
 * Makes article and user text inert on Discord. Discord renders a backslash before any punctuation
 * as that punctuation, so escaping markdown characters is invisible to readers but stops
 * bold/links/headings/quotes, masked links (`[good](https://evil)`), and mention syntax
 * (`<@123>`, `<#1>`, `<@&1>`, `</cmd:1>`, `<t:…>`) from taking effect. `@everyone` / `@here` get
 * a zero-width space so they never read as a mass ping, even where markdown is not rendered.
 * (Pings are also switched off with `allowed_mentions: { parse: [] }` on every message.)
 */

/**
 * Everything escaped, in one pass: block markdown at the start of a line (headings, quotes, lists,
 * subtext, numbered lists), inline markdown and mention syntax anywhere, and mass mentions.
 */
const MARKDOWN = /^(\s*)([#>-]|\d+\.)|[\\*_~`|[\]<]|@(everyone|here)/gim;
const ZERO_WIDTH_SPACE = '\u200b';

function escapeMatch(m: string, space?: string, mark?: string, mention?: string): string {
  if (mark !== undefined) return mark.endsWith('.') ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`;
  if (mention !== undefined) return `@${ZERO_WIDTH_SPACE}${mention}`;
  return `\\${m}`;
}

/** For text rendered as markdown (content, embed description, field values, titles). */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, escapeMatch);
}

/** For places Discord shows as plain text (footer, author, button labels): no markdown there. */
export function escapePlain(text: string): string {
  return neutraliseMassMentions(text);
}

const MASS_MENTION = /@(everyone|here)/gi;
function neutraliseMassMentions(text: string): string {
  return text.replace(MASS_MENTION, (_m, word: string) => `@${ZERO_WIDTH_SPACE}${word}`);
}

/** Inline code that cannot be broken out of: backticks inside become a look-alike. */
export function inlineCode(text: string): string {
  const safe = text.replace(/`/g, 'ˋ').replace(/\n/g, ' ');
  return safe ? `\`${safe}\`` : '';
}

/** Only http(s) links, with characters that would end the markdown link percent-encoded. */
export function safeUrl(url: string): string | null {
  let safe = safeUrls.get(url);
  if (safe === undefined) {
    safe = parseSafeUrl(url);
    // The same few hundred source URLs recur in every answer: parse each once.
    if (safeUrls.size >= 2000) safeUrls.clear();
    safeUrls.set(url, safe);
  }
  return safe;
}
const safeUrls = new Map<string, string | null>();

function parseSafeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

/** A masked link whose label is escaped; falls back to the escaped label alone for unsafe URLs. */
export function maskedLink(label: string, url: string): string {
  const href = safeUrl(url);
  // A URL-looking label could pass for the destination: `\/` renders as "/" but is never a link.
  const text = (escapeMarkdown(label.replace(/\n/g, ' ')) || escapeMarkdown(url)).replace(
    /:\/\//g,
    ':\\/\\/',
  );
  return href ? `[${text}](<${href}>)` : text;
}
