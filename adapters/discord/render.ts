/**
 * Renders an Outcome card as a Discord message: one embed within Discord's limits, a short plain
 * line in `content` (notifications, clients without embeds), and a "Follow up" button for public
 * answers that open a thread. Anything too long is trimmed with "… and N more", never rejected.
 * Every payload carries `allowed_mentions: { parse: [] }`, so nothing from content can ping.
 */
import type { Card, Citation, Outcome, RichText, Span } from '../../src/bot/types.js';
import { escapeMarkdown, escapePlain, inlineCode, maskedLink } from './escape.js';
import { FOLLOW_UP_BUTTON_ID } from './follow-up-button.js';

export { FOLLOW_UP_BUTTON_ID };

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  embeds: 10,
  buttonLabel: 80,
} as const;

export const NO_MENTIONS = { parse: [] as never[] };

export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
}

export interface DiscordMessagePayload {
  content: string;
  embeds: DiscordEmbed[];
  components: Array<{
    type: 1;
    components: Array<{ type: 2; style: number; label: string; custom_id: string }>;
  }>;
  allowed_mentions: { parse: never[] };
  /** Makes the message a reply (to the mention it answers); never fails if that message is gone. */
  message_reference?: { message_id: string; fail_if_not_exists: false };
}

export interface RenderOptions {
  /** Add the "Follow up" button (public answer with a follow-up subject, not already in a thread). */
  followUpButton?: boolean;
  /** The button's custom id (follow-up-button.ts: it may carry the command); the bare id by default. */
  followUpButtonId?: string;
  /** The bot may not embed links here: put the whole answer in `content` instead. */
  plainOnly?: boolean;
}

const BRAND_COLOR = 0x2f6fde;

export function renderSpan(span: Span): string {
  if (typeof span === 'string') return escapeMarkdown(span);
  if ('bold' in span) return span.bold ? `**${escapeMarkdown(span.bold)}**` : '';
  if ('italic' in span) return span.italic ? `*${escapeMarkdown(span.italic)}*` : '';
  if ('code' in span) return inlineCode(span.code);
  return maskedLink(span.link, span.url);
}

export function renderRich(text: RichText | undefined): string {
  let out = '';
  for (const span of text ?? []) out += renderSpan(span);
  return out;
}

/** Cuts a string to `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - 1);
  // never leave a dangling escape backslash that would swallow the ellipsis' meaning
  if (/(^|[^\\])(\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const more = (n: number) => `… and ${n} more`;

/**
 * Joins lines up to `max` characters; when they do not all fit, the last line says how many were
 * left out ("… and N more", blank lines not counted). A single overlong first line is truncated.
 */
export function fitLines(lines: string[], max: number): string {
  if (max <= 0) return '';
  const full = lines.join('\n');
  if (full.length <= max) return full;
  const markerAfter = (i: number): string => {
    const n = lines.slice(i + 1).filter((l) => l.trim()).length;
    return n > 0 ? more(n) : '';
  };
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const sep = out.length ? 1 : 0;
    const marker = markerAfter(i);
    const reserve = marker ? marker.length + 1 : 0;
    if (used + sep + line.length + reserve <= max) {
      out.push(line);
      used += sep + line.length;
      continue;
    }
    if (out.length === 0) {
      const room = max - reserve;
      if (room >= 20) return [truncate(line, room), ...(marker ? [marker] : [])].join('\n');
      return truncate(more(lines.filter((l) => l.trim()).length), max);
    }
    // Room for this marker was reserved when the previous line was added.
    const rest = markerAfter(i - 1);
    while (out.length && out[out.length - 1]!.trim() === '') out.pop();
    if (rest) out.push(rest);
    return out.join('\n');
  }
  return out.join('\n');
}

function citationLine(c: Citation): string {
  const label = c.url ? maskedLink(c.title, c.url) : escapeMarkdown(c.title);
  const meta = [c.source, c.date].filter((v): v is string => !!v).map(escapeMarkdown);
  return `• ${label}${meta.length ? ` · ${meta.join(' · ')}` : ''}`;
}

function descriptionLines(card: Card): string[] {
  const lines: string[] = [];
  const subtitle = renderRich(card.subtitle);
  if (subtitle) lines.push(subtitle, '');
  card.sections.forEach((section, i) => {
    if (i > 0 || (lines.length && lines[lines.length - 1] !== '')) lines.push('');
    if (section.heading) lines.push(`**${escapeMarkdown(section.heading)}**`);
    for (const line of section.lines) lines.push(`• ${renderRich(line)}`);
  });
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function embedSize(e: DiscordEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** A card the core reuses (a kept reply) is rendered once; an embed is never changed afterwards. */
export function renderEmbed(card: Card): DiscordEmbed {
  let embed = embeds.get(card);
  if (!embed) embeds.set(card, (embed = renderEmbedFresh(card)));
  return embed;
}
const embeds = new WeakMap<Card, DiscordEmbed>();

function renderEmbedFresh(card: Card): DiscordEmbed {
  const title = truncate(escapeMarkdown(card.title), LIMITS.title) || 'Dealdesk';
  const footerText = [card.threadPrompt, card.footer]
    .filter((v): v is string => !!v)
    .map(escapePlain)
    .join(' · ');
  const footer = footerText ? { text: truncate(footerText, LIMITS.footer) } : undefined;

  const facts = (card.fields ?? []).map((f) => ({
    name: truncate(escapeMarkdown(f.label), LIMITS.fieldName) || '\u200b',
    value: truncate(renderRich(f.value), LIMITS.fieldValue) || '—',
    inline: true,
  }));
  const citations = card.citations ?? [];
  const sources = citations.length
    ? [
        {
          name: citations.length === 1 ? 'Source' : 'Sources',
          value: fitLines(citations.map(citationLine), LIMITS.fieldValue),
          inline: false,
        },
      ]
    : [];

  const embed: DiscordEmbed = { title, color: BRAND_COLOR };
  if (footer) embed.footer = footer;
  // Fact fields give way (last first, counted in a marker) to the 25-field limit and so that the
  // description keeps at least `minDescription` of the 6,000 total; sources are kept.
  const minDescription = 500;
  const fitsAll = facts.length + sources.length <= LIMITS.fields;
  const kept = fitsAll ? [...facts] : facts.slice(0, LIMITS.fields - sources.length - 1);
  const assemble = () => {
    const dropped = facts.length - kept.length;
    const marker = dropped ? [{ name: '\u200b', value: more(dropped), inline: false }] : [];
    const fields = [...kept, ...marker, ...sources];
    if (fields.length) embed.fields = fields;
    else delete embed.fields;
  };
  assemble();
  while (kept.length && LIMITS.embedTotal - embedSize(embed) < minDescription) {
    kept.pop();
    assemble();
  }
  const room = Math.min(LIMITS.description, LIMITS.embedTotal - embedSize(embed));
  const description = fitLines(descriptionLines(card), room);
  if (description) embed.description = description;
  return embed;
}

/** The first meaningful line of the plain fallback: what notifications and embed-less clients show. */
export function summaryLine(outcome: Outcome): string {
  // The first non-blank line, found without splitting the whole (often long) fallback.
  const first = /^\s*(\S.*)$/m.exec(outcome.fallbackText)?.[1] ?? outcome.card.title;
  return truncate(escapeMarkdown(first.trim()), LIMITS.content);
}

export function renderPlain(outcome: Outcome): string {
  const lines = outcome.fallbackText.split('\n').map((l) => escapeMarkdown(l));
  return fitLines(lines, LIMITS.content) || escapeMarkdown(outcome.card.title);
}

export function renderOutcome(outcome: Outcome, opts: RenderOptions = {}): DiscordMessagePayload {
  const components: DiscordMessagePayload['components'] = opts.followUpButton
    ? [
        {
          type: 1,
          components: [
            {
              type: 2,
              style: 2,
              label: 'Follow up',
              custom_id: opts.followUpButtonId ?? FOLLOW_UP_BUTTON_ID,
            },
          ],
        },
      ]
    : [];
  if (opts.plainOnly)
    return { content: renderPlain(outcome), embeds: [], components, allowed_mentions: NO_MENTIONS };
  return {
    content: summaryLine(outcome),
    embeds: [renderEmbed(outcome.card)],
    components,
    allowed_mentions: NO_MENTIONS,
  };
}

/** A short plain message (errors, confirmations), escaped and without pings. */
export function plainMessage(text: string): DiscordMessagePayload {
  return {
    content: truncate(escapeMarkdown(text), LIMITS.content),
    embeds: [],
    components: [],
    allowed_mentions: NO_MENTIONS,
  };
}
