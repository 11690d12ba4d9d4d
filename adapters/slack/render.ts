/**
 * Card → Slack Block Kit, within Slack's limits, with every piece of content made inert.
 *
 * Content (article text, user text) is escaped per Slack's rules (&, <, >), so `<!channel>`,
 * `<@U123>` or `<http://evil|click>` arrive as literal text. Only our own markup Spans produce
 * mrkdwn syntax, and links are emitted only for http(s) URLs. Oversized content is trimmed with
 * "… and N more" instead of letting Slack reject the message.
 */
import type { Card, CardButton, Citation, Outcome, RichText, Span } from '../../src/bot/types.js';

/** Slack's documented limits, and the practical one on the size of all blocks together. */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** `msg_blocks_too_long` was seen near 13k characters of blocks: stay well under. */
  blocksJson: 12_000,
  /** Top-level `text` (notification / fallback). Slack truncates past 40k; keep it short. */
  fallbackText: 3000,
} as const;

// Block Kit types, reduced to what we emit.
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text?: Mrkdwn; fields?: Mrkdwn[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | {
      type: 'actions';
      elements: Array<{ type: 'button'; text: PlainText; action_id: string; value: string }>;
    };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  /** JSON.stringify(blocks), when rendering already built it: posting sends it as is. */
  blocksJson?: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const UNSAFE = /[&<>]/;
const UNSAFE_ALL = /[&<>]/g;

/** Slack's escaping for mrkdwn and top-level text: only these three characters, in one pass. */
export function escapeMrkdwn(text: string): string {
  // most spans (tickers, numbers, dates) need nothing: skip the copy
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (c) => ENTITIES[c]!) : text;
}

/** http(s) URLs only, with the characters that would break `<url|label>` percent-encoded. */
export function safeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

// Our own delimiters must not appear inside the span they wrap, or the span ends early.
const stripDelimiter = (text: string, delimiter: string) => text.split(delimiter).join(' ').trim();

export function renderSpan(span: Span): string {
  if (typeof span === 'string') return escapeMrkdwn(span);
  if ('bold' in span) return wrap(span.bold, '*');
  if ('italic' in span) return wrap(span.italic, '_');
  if ('code' in span) return wrap(span.code, '`');
  const label = escapeMrkdwn(span.link.replace(/[|]/g, '¦')).trim();
  const url = safeUrl(span.url);
  if (!url) return label || escapeMrkdwn(span.url);
  return `<${url}|${label || url}>`;
}

function wrap(text: string, delimiter: string): string {
  const inner = escapeMrkdwn(stripDelimiter(text, delimiter));
  return inner ? `${delimiter}${inner}${delimiter}` : '';
}

export const renderRich = (rich: RichText | undefined): string => (rich ?? []).map(renderSpan).join('');

/** Plain text of a RichText (no markup), for fallbacks and plain_text objects. */
export const plainRich = (rich: RichText | undefined): string =>
  (rich ?? [])
    .map((s) =>
      typeof s === 'string'
        ? s
        : 'bold' in s
          ? s.bold
          : 'italic' in s
            ? s.italic
            : 'code' in s
              ? s.code
              : s.link,
    )
    .join('');

/** Cuts at a character limit, on a word boundary when one is near, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Truncates escaped mrkdwn without splitting an entity (&amp;) or a <link|label>. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  const open = cut.lastIndexOf('<');
  if (open >= 0 && !cut.slice(open).includes('>')) cut = cut.slice(0, open);
  // an odd number of our delimiters would leave formatting open: drop the unmatched tail
  for (const d of ['*', '_', '`']) {
    const count = cut.split(d).length - 1;
    if (count % 2 === 1) cut = cut.slice(0, cut.lastIndexOf(d));
  }
  return `${cut.trimEnd()}…`;
}

const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });
const md = (text: string): Mrkdwn => ({ type: 'mrkdwn', text });
const moreLine = (n: number) => `_… and ${n} more_`;

function citationText(c: Citation): string {
  const title = escapeMrkdwn(truncate(c.title.trim() || 'source', 200));
  const url = c.url ? safeUrl(c.url) : null;
  const parts = [url ? `<${url}|${title}>` : title];
  if (c.source) parts.push(escapeMrkdwn(truncate(c.source, 80)));
  if (c.date) parts.push(escapeMrkdwn(c.date));
  return parts.join(' · ');
}

/** Part of the size budget each trailing block may use, so the answer itself keeps most of it. */
const TAIL_BLOCK_BUDGET = 2500;

function buttonsBlock(buttons: CardButton[]): SlackBlock | null {
  const seen = new Set<string>();
  const elements: Array<{ type: 'button'; text: PlainText; action_id: string; value: string }> = [];
  let size = 40;
  for (const [i, b] of buttons.slice(0, SLACK_LIMITS.actionsElements).entries()) {
    let id = truncate(b.id || 'button', SLACK_LIMITS.actionId - 4);
    if (seen.has(id)) id = `${id}:${i}`; // action ids must be unique within a message
    const el = {
      type: 'button' as const,
      text: plain(truncate(b.label.trim() || b.id || 'Open', SLACK_LIMITS.buttonText)),
      action_id: id,
      value: b.value.slice(0, SLACK_LIMITS.buttonValue),
    };
    const cost = JSON.stringify(el).length + 1;
    if (size + cost > TAIL_BLOCK_BUDGET) break;
    size += cost;
    seen.add(id);
    elements.push(el);
  }
  return elements.length ? { type: 'actions', elements } : null;
}

function citationsBlock(citations: Citation[]): SlackBlock {
  const elements: Mrkdwn[] = [];
  let size = 40;
  for (const c of citations.slice(0, SLACK_LIMITS.contextElements)) {
    const el = md(truncateMrkdwn(citationText(c), 600));
    const cost = JSON.stringify(el).length + 1;
    if (elements.length > 0 && size + cost > TAIL_BLOCK_BUDGET) break;
    size += cost;
    elements.push(el);
  }
  const hidden = citations.length - elements.length;
  if (hidden > 0) elements[elements.length - 1] = md(`${elements.at(-1)!.text} ${moreLine(hidden)}`);
  return { type: 'context', elements };
}

/**
 * Packs lines into section blocks of at most 3,000 characters. Returns the blocks and how many
 * lines fitted within `budget` characters and `maxBlocks` blocks.
 */
function packLines(
  heading: string | undefined,
  lines: string[],
  budget: number,
  maxBlocks: number,
): { blocks: SlackBlock[]; used: number; fitted: number } {
  const blocks: SlackBlock[] = [];
  let current = heading ? `*${escapeMrkdwn(stripDelimiter(heading, '*'))}*` : '';
  let used = current.length + 60; // a section's JSON overhead
  let fitted = 0;
  const flush = () => {
    if (current) blocks.push({ type: 'section', text: md(current) });
    current = '';
  };
  for (const raw of lines) {
    const line = truncateMrkdwn(raw, SLACK_LIMITS.sectionText - 200);
    const sep = current ? '\n' : '';
    const cost = sep.length + line.length;
    if (current.length + cost > SLACK_LIMITS.sectionText - 100) {
      if (blocks.length + 1 >= maxBlocks) break;
      flush();
      used += 60;
    }
    if (used + line.length + 1 > budget) break;
    current += (current ? '\n' : '') + line;
    used += line.length + 1;
    fitted += 1;
  }
  if (fitted < lines.length) {
    const more = moreLine(lines.length - fitted);
    current += (current ? '\n' : '') + more;
  }
  flush();
  return { blocks, used, fitted };
}

/** Renders the card. Deterministic and pure. */
export function renderCard(card: Card): SlackBlock[] {
  return renderCardWithJson(card).blocks;
}

/** The blocks, and their JSON when the size check already built exactly it (posting reuses it). */
function renderCardWithJson(card: Card): { blocks: SlackBlock[]; json?: string } {
  const blocks: SlackBlock[] = [];
  // Reserve room for the trailing blocks (citations, prompt, footer, buttons) before the body.
  const tail: SlackBlock[] = [];
  if (card.citations?.length) tail.push(citationsBlock(card.citations));
  if (card.threadPrompt)
    tail.push({ type: 'context', elements: [md(escapeMrkdwn(truncate(card.threadPrompt, 500)))] });
  if (card.footer) tail.push({ type: 'context', elements: [md(escapeMrkdwn(truncate(card.footer, 500)))] });
  const actions = card.buttons?.length ? buttonsBlock(card.buttons) : null;
  if (actions) tail.push(actions);

  blocks.push({
    type: 'header',
    text: plain(truncate(card.title.replace(/\s+/g, ' ').trim() || 'Dealdesk', SLACK_LIMITS.headerText)),
  });
  const subtitle = renderRich(card.subtitle);
  if (subtitle.trim())
    blocks.push({ type: 'section', text: md(truncateMrkdwn(subtitle, SLACK_LIMITS.sectionText)) });

  let budget = SLACK_LIMITS.blocksJson - JSON.stringify([...blocks, ...tail]).length - 400;
  const fields = card.fields ?? [];
  for (
    let i = 0;
    i < fields.length && blocks.length + tail.length < SLACK_LIMITS.blocks - 1;
    i += SLACK_LIMITS.fieldsPerSection
  ) {
    const chunk = fields.slice(i, i + SLACK_LIMITS.fieldsPerSection).map((f) => {
      const label = escapeMrkdwn(stripDelimiter(f.label, '*'));
      return md(truncateMrkdwn(`*${label}*\n${renderRich(f.value)}`, SLACK_LIMITS.fieldText));
    });
    const block: SlackBlock = { type: 'section', fields: chunk };
    const cost = JSON.stringify(block).length;
    if (cost > budget) break;
    budget -= cost;
    blocks.push(block);
  }

  const sections = card.sections ?? [];
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s]!;
    const room = SLACK_LIMITS.blocks - blocks.length - tail.length;
    if (room < 1 || budget < 200) {
      const remaining = sections.slice(s).reduce((n, sec) => n + sec.lines.length, 0);
      if (remaining > 0 && room >= 1) blocks.push({ type: 'context', elements: [md(moreLine(remaining))] });
      break;
    }
    const lines = section.lines.map(renderRich).filter((l) => l.trim() !== '');
    const packed = packLines(section.heading, lines, budget, room);
    blocks.push(...packed.blocks);
    budget -= packed.used;
  }
  // Safety net: JSON escaping (quotes, newlines) can outgrow the estimate; drop body blocks from the end.
  let dropped = 0;
  let json = JSON.stringify([...blocks, ...tail]);
  while (blocks.length > 1 && json.length > SLACK_LIMITS.blocksJson) {
    blocks.pop();
    dropped += 1;
    json = JSON.stringify([...blocks, ...tail]);
  }
  if (dropped > 0)
    blocks.push({ type: 'context', elements: [md('_… some lines were left out to fit Slack_')] });
  blocks.push(...tail);
  if (dropped > 0 || blocks.length > SLACK_LIMITS.blocks)
    return { blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
  return { blocks, json };
}

/**
 * The whole message: blocks plus an escaped, bounded plain-text fallback. An outcome the core
 * reuses (a kept reply) is rendered once; the message is never changed after rendering.
 */
export function renderOutcome(outcome: Outcome): SlackMessage {
  let message = rendered.get(outcome);
  if (!message) rendered.set(outcome, (message = renderFresh(outcome)));
  return message;
}
const rendered = new WeakMap<Outcome, SlackMessage>();

function renderFresh(outcome: Outcome): SlackMessage {
  const fallback = outcome.fallbackText?.trim() || outcome.card.title;
  const { blocks, json } = renderCardWithJson(outcome.card);
  return {
    blocks,
    ...(json !== undefined ? { blocksJson: json } : {}),
    // Escaping only lengthens text, so the first limit+1 characters decide the cut: escape just those.
    text: truncateMrkdwn(
      escapeMrkdwn(fallback.slice(0, SLACK_LIMITS.fallbackText + 1)),
      SLACK_LIMITS.fallbackText,
    ),
  };
}

/** A text-only message (errors, hints). */
export function renderNotice(text: string): SlackMessage {
  const escaped = truncateMrkdwn(escapeMrkdwn(text), SLACK_LIMITS.sectionText);
  return { text: escaped, blocks: [{ type: 'section', text: md(escaped) }] };
}

export const slackRenderer = { render: renderOutcome };
