/**
 * Who the parties are: a company known by a longer legal name or through its venture arm is the listed
 * company, a company's own unit is no counterparty, the same company is one party, and a deal told as a
 * noun phrase belongs to the listed company the passage is about.
 */
import type { Entity } from '../../companies/mentions.js';
import { mentionsIn, type ArticleContext } from '../../context.js';
import type { PartyDraft } from './types.js';

/**
 * The listed company a passage is about, for a deal told as a noun phrase: the nearest of the last few
 * sentences that opens with a listed company, looking past brokers' notes and sentences naming none,
 * stopping at a heading line (which itself may name the company). No fallback to the story's company.
 */
export function passageSubject(ctx: ArticleContext, si: number): Entity | null {
  for (let i = si - 1; i >= Math.max(0, si - 4); i--) {
    const s = ctx.sentences[i]!;
    if (/\b(?:price target|upgrad|downgrad|reiterat|initiat\w* coverage)/i.test(s.text)) continue;
    const first = mentionsIn(ctx, s)[0];
    if (first && first.entity.kind === 'listed' && first.rel <= 25) return first.entity;
    // "Shares have gained 9%…, and Piper Sandler lifted its target": still about the same company.
    if (first && first.rel > 25 && /^(?:(?:its |the )?shares|the stock|it|the company)\b/i.test(s.text))
      continue;
    if (first || /["“”]/.test(s.text) || /^[^.!?]{1,60}$/.test(s.text)) return null;
  }
  return null;
}

/** A corporate venture arm: "Comcast Ventures", "Intel Capital", "Salesforce Ventures". */
const ARM_NAME = /^(.+?)\s+(?:Ventures|Venture Partners|Capital|Investments)$/;

/**
 * "Nordvik Dairy A/S" in the lead and "Nordvik (CPH: NVDK)" later: a full legal name without a listing
 * that starts with the short name of a company listed in the same article is that company.
 */
export function listedSameCompany(ctx: ArticleContext, e: Entity): Entity {
  // A listed company's venture arm carries its parent's symbol (its own name stays).
  const arm = !e.ticker ? ARM_NAME.exec(e.name) : null;
  if (arm) {
    const inText = ctx.companies.resolve(arm[1]!);
    const known = ctx.directory?.byAlias(arm[1]!);
    const parent = inText?.ticker ?? (known && !known.ambiguous ? known.entry.ticker : null);
    if (parent) return { ...e, ticker: parent };
  }
  if (
    e.ticker ||
    !/\s(?:A\/S|ASA|AB|AG|SE|S\.A\.|SA|N\.V\.|NV|Oy|Oyj|plc|PLC|Inc\.?|Corp\.?|Ltd\.?|GmbH|K\.K\.)$/.test(
      e.name,
    )
  )
    return e;
  const found = ctx.companies.entities.filter(
    (o) => o !== e && o.ticker && o.anchored && e.name.startsWith(`${o.name} `) && !/\s/.test(o.name),
  );
  return found.length === 1 ? found[0]! : e;
}

/** "Oracle Cloud Infrastructure" beside Oracle: the company's own product or unit, not a counterparty. */
const OWN_UNIT_WORDS =
  /^(?:[A-Z][\w&-]*\s+){0,3}(?:Cloud|Infrastructure|Platform|Services|Division|Unit|Business|Segment|Solutions|Software|Studios|Labs)$/;
const LEGAL_TAIL = /,?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|plc|Group|Holdings|Technologies)\b\.?.*$/;
type Named = { name: string; ticker: string | null };
export function isOwnUnit(p: Named, of: Named): boolean {
  if (p.ticker !== null || of.ticker === null) return false;
  const base = of.name.replace(LEGAL_TAIL, '');
  return p.name.startsWith(`${base} `) && OWN_UNIT_WORDS.test(p.name.slice(base.length + 1));
}

/** One party per company (the first role said is kept), without a company's own units beside it. */
export function dedupeParties(list: PartyDraft[]): PartyDraft[] {
  const out: PartyDraft[] = [];
  for (const p of list) {
    const same = out.find((o) => o.key === p.key);
    if (!same) out.push({ ...p });
    else same.role ??= p.role;
  }
  return out.filter((p) => !out.some((o) => o !== p && isOwnUnit(p, o)));
}
