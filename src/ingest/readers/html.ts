/**
 * HTML pages to a RawArticle: metadata from <title>, og:/article: meta, <link rel=canonical> and
 * JSON-LD; main text from Readability (on linkedom) after page chrome is removed, falling back to a
 * paragraph-density pick when Readability finds nothing. Never throws on broken markup.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle } from '../../domain/article.js';
import { datelineDate, toIsoDate } from './dates.js';
import { guessTitle, normaliseNewlines } from './text.js';

// linkedom's DOM types are loose; a minimal structural view keeps the walker readable.
interface El {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  parentNode: El | null;
  getAttribute?(name: string): string | null;
  querySelectorAll?(sel: string): ArrayLike<El>;
  remove?(): void;
  nextElementSibling?: El | null;
}
type Doc = {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  title?: string;
  body: El | null;
  documentElement: El | null;
};

const ALWAYS_REMOVE =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, input, textarea, nav, aside, footer, figure, [hidden], [aria-hidden="true"]';
const NOISE_ROLES = /^(navigation|complementary|banner|contentinfo|search|dialog|alert|menu|menubar)$/i;
/** Class/id words that mark page furniture, matched as whole words of a hyphen/underscore/space name. */
const NOISE_WORDS =
  /(?:^|[\s_-])(nav|navbar|navigation|menu|masthead|topbar|skip-link|footer|related|relatedstories|promo|promos|promotion|share|sharing|shares|social|socials|sharebar|newsletter|newsletters|subscribe|subscription|signup|comments?|commentlist|disqus|references|reflist|footnotes?|citations|sidebar|rail|ad|ads|advert|adverts|advertisement|sponsor|sponsored|breadcrumbs?|trending|popular|mostpopular|most-read|recommended|recommendations|read-more|readmore|more-stories|morestories|next-story|prev-story|previous-story|pagination|pager|outbrain|taboola|cookie|cookies|consent|paywall|modal|popup|ticker-widget|quote-widget|stock-widget|tags|tag-list|author-bio|byline-social)(?=$|[\s_-])/i;
/** Substrings so distinctive they mark furniture even inside camelCase names. */
const NOISE_SUBSTRINGS =
  /related|newsletter|outbrain|taboola|sharebar|socialshare|sharetools|promo-|-promo|mostpopular|recirc/i;
/** Headings that introduce lists of other stories or references rather than article text. */
const NOISE_HEADING =
  /^\s*(related( stories| articles| news| content)?|read (more|next|also)|more (from|on|news|stories|like this)|recommended( for you)?|you (may|might) (also )?like|also read|see also|further reading|references|sources|footnotes|trending( now)?|most (popular|read)|latest (news|stories|headlines)|top stories|stock market today|previous story|next story|share (this|on)|sign up|subscribe)\b/i;

function isNoise(el: El): boolean {
  const get = (n: string) => (el.getAttribute ? (el.getAttribute(n) ?? '') : '');
  const role = get('role');
  if (role && NOISE_ROLES.test(role)) return true;
  const names = `${get('class')} ${get('id')}`.trim();
  if (!names) return false;
  return NOISE_WORDS.test(names) || NOISE_SUBSTRINGS.test(names);
}

const textLength = (el: El | null): number => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Removes chrome in place. A candidate holding most of the page's text is kept: it is the story. */
function removeChrome(doc: Doc): void {
  const body = doc.body;
  const total = textLength(body);
  const safeRemove = (el: El) => {
    if (el === body || el === doc.documentElement) return;
    if (total > 0 && textLength(el) > total * 0.6 && !/^(SCRIPT|STYLE|NOSCRIPT)$/.test(el.nodeName)) return;
    el.remove?.();
  };
  for (const el of Array.from(doc.querySelectorAll(ALWAYS_REMOVE))) safeRemove(el);
  for (const el of Array.from(doc.querySelectorAll('header'))) {
    let p = el.parentNode;
    let insideArticle = false;
    while (p) {
      if (/^(ARTICLE|MAIN)$/.test(p.nodeName)) insideArticle = true;
      p = p.parentNode;
    }
    if (!insideArticle) safeRemove(el);
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [role]'))) if (isNoise(el)) safeRemove(el);
  // "Related stories" / "References" heading followed by its list: drop both.
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6, strong, p'))) {
    const t = (h.textContent ?? '').trim();
    if (t.length > 60 || !NOISE_HEADING.test(t)) continue;
    let next = h.nextElementSibling ?? null;
    while (next && /^(UL|OL|DL)$/.test(next.nodeName)) {
      const after: El | null = next.nextElementSibling ?? null;
      safeRemove(next);
      next = after;
    }
    safeRemove(h);
  }
}

const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|MAIN|H[1-6]|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|TABLE|TR|HEADER|FOOTER|FIGCAPTION|ADDRESS|HR)$/;

/** A row of short cells without blocks inside: data, not a layout table holding the page. */
function isDataRow(tr: El): boolean {
  const cells = Array.from(tr.childNodes).filter((c) => c.nodeType === 1);
  return (
    cells.length >= 2 &&
    cells.every(
      (c) =>
        /^T[DH]$/i.test(c.nodeName) &&
        (c.textContent ?? '').length <= 200 &&
        !(c.querySelectorAll?.('p, div, table, ul, ol, h1, h2, h3, h4, blockquote').length ?? 0),
    )
  );
}

/** Text with paragraph breaks: blocks and <br> become newlines, inline runs collapse spaces. */
export function elementToText(root: El): string {
  const out: string[] = [];
  const walk = (node: El) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(name)) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    // A data table's row becomes one pipe line ("| Firm | Rating |"), so rows are read by column.
    if (name === 'TR' && isDataRow(node)) {
      out.push('\n|');
      for (const cell of Array.from(node.childNodes)) {
        if (cell.nodeType !== 1) continue;
        out.push(' ', (cell.textContent ?? '').replace(/\s+/g, ' ').replace(/\|/g, '/').trim(), ' |');
      }
      out.push('\n');
      return;
    }
    const block = BLOCK.test(name);
    if (block) out.push('\n\n');
    if (name === 'TD' || name === 'TH') out.push(' ');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push('\n\n');
  };
  walk(root);
  return normaliseNewlines(
    out
      .join('')
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .replace(/[ \t]{2,}/g, ' '),
  ).replace(/\|\n{2,}(?=\|)/g, '|\n'); // a table's rows stay on consecutive lines
}

/** Fallback: paragraphs with enough words and few links, in page order. */
function densestParagraphs(doc: Doc): string {
  const picked: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('p, div, td, li, blockquote, h2, h3'))) {
    const name = el.nodeName.toUpperCase();
    // Only leaf-ish blocks: a div holding other blocks is judged through its children.
    if (name === 'DIV' || name === 'TD' || name === 'LI') {
      const hasBlockChild = Array.from(el.childNodes).some((c) => c.nodeType === 1 && BLOCK.test(c.nodeName));
      if (hasBlockChild) continue;
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const isHeading = name === 'H2' || name === 'H3';
    if (!isHeading && text.length < 60) continue;
    if (isHeading && (text.length < 4 || text.length > 150)) continue;
    const linkText = Array.from(el.querySelectorAll?.('a') ?? []).reduce((n, a) => n + textLength(a), 0);
    if (text.length && linkText / text.length > 0.4) continue;
    picked.push(text);
  }
  // Headings only count when paragraphs follow them.
  while (picked.length && picked[picked.length - 1]!.length < 60) picked.pop();
  return picked.join('\n\n');
}

interface PageMeta {
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
}

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute?.('content')?.trim();
    if (v) return v;
  }
  return null;
}

type Json = Record<string, unknown>;
function jsonLdArticle(doc: Doc): Json | null {
  const articleTypes = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;
  const found: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Json;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && articleTypes.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // a broken JSON-LD block is common and harmless: the meta tags still count
    }
  }
  // Prefer a real article type over a WebPage.
  return found.find((o) => !String(o['@type']).includes('WebPage')) ?? found[0] ?? null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function readMeta(doc: Doc): PageMeta {
  const ld = jsonLdArticle(doc);
  const publisher = ld?.publisher as Json | undefined;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute?.('href')?.trim() || null;
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const titleTag = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const time = doc.querySelector('time[datetime]')?.getAttribute?.('datetime') ?? null;
  return {
    title: meta(doc, 'og:title', 'twitter:title') ?? str(ld?.headline) ?? h1 ?? stripSiteSuffix(titleTag),
    url: canonical ?? meta(doc, 'og:url') ?? str(ld?.url),
    source: meta(doc, 'og:site_name', 'application-name') ?? str(publisher?.name),
    published:
      toIsoDate(meta(doc, 'article:published_time', 'datePublished')) ??
      toIsoDate(str(ld?.datePublished)) ??
      toIsoDate(
        meta(doc, 'pubdate', 'publishdate', 'date', 'parsely-pub-date', 'sailthru.date', 'dc.date'),
      ) ??
      toIsoDate(time),
  };
}

/** "Headline | Site Name" → "Headline" when the suffix is short. */
function stripSiteSuffix(title: string | null): string | null {
  if (!title) return null;
  const m = /^(.{12,}?)\s+[|–—-]\s+[^|–—-]{2,40}$/.exec(title);
  return m?.[1] ?? title;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return base;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href : base;
  }
}

/** An unclosed <title> swallows the rest of the page (as in browsers): close it at the next tag. */
function repairTitle(html: string): string {
  if (!/<title\b/i.test(html) || /<\/title\s*>/i.test(html)) return html;
  return html.replace(/(<title\b[^>]*>)([^<]*)/i, '$1$2</title>');
}

function parseDocument(html: string): Doc {
  html = repairTitle(html);
  // linkedom needs a full document: a fragment would become the documentElement itself.
  const full =
    /<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)
      ? html
      : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Doc;
}

const stripTags = (html: string) =>
  normaliseNewlines(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      .replace(/<\/(p|div|h\d|li|br)\s*>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/[ \t]+/g, ' '),
  );

export interface HtmlReadOptions {
  /** The page's address when fetched: used when the page names no canonical URL, and to resolve it. */
  url?: string | null;
}

/** HTML to main text only (for feed item bodies): no metadata, chrome removed, never throws. */
export function htmlToText(html: string): string {
  try {
    const doc = parseDocument(html);
    removeChrome(doc);
    return doc.body ? elementToText(doc.body) : stripTags(html);
  } catch {
    return stripTags(html);
  }
}

export function parseHtmlArticle(html: string, origin: string, opts: HtmlReadOptions = {}): RawArticle {
  let pageMeta: PageMeta = { title: null, url: null, source: null, published: null };
  let text = '';
  try {
    const doc = parseDocument(html);
    pageMeta = readMeta(doc);
    removeChrome(doc);
    try {
      const parsed = new Readability(doc as never, {
        serializer: (node: unknown) => elementToText(node as El),
        charThreshold: 300,
      }).parse();
      text = (parsed?.content as string | null | undefined) ?? '';
      pageMeta.title ??= str(parsed?.title);
      pageMeta.source ??= str(parsed?.siteName);
      pageMeta.published ??= toIsoDate(parsed?.publishedTime);
    } catch {
      text = '';
    }
    // Readability mutates the document; re-parse for the fallback so it sees the whole page.
    if (text.trim().length < 200) {
      const fresh = parseDocument(html);
      removeChrome(fresh);
      const dense = densestParagraphs(fresh);
      if (dense.length > text.trim().length) text = dense;
      if (!text.trim() && fresh.body) text = elementToText(fresh.body);
    }
  } catch {
    text = stripTags(html);
  }
  text = normaliseNewlines(text);
  if (!text) text = stripTags(repairTitle(html).replace(/<title\b[\s\S]*?<\/title\s*>/i, ''));
  const url = resolveUrl(pageMeta.url, opts.url ?? null);
  const title = pageMeta.title ?? guessTitle(text) ?? 'Untitled';
  return {
    title,
    text,
    url,
    source: pageMeta.source ?? hostOf(url),
    // No date in the page's metadata: the byline under the headline, as for plain text.
    publishedAt: pageMeta.published ?? datelineDate(text, title),
    guid: null,
    origin,
  };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
