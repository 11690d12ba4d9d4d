/**
 * Deals between peers, the parties on either side of the cue: "A and B agreed to merge", "A partnered
 * with B", a hyphen pair ("the Palantir-Lumen alliance"), and the generic "the deal", which may name a
 * single party and only reinforces a deal found elsewhere. A partnership names what it covers.
 */
import type { Entity } from '../../../companies/mentions.js';
import { partnershipAsset } from '../../asset.js';
import { POINTS_BACK_TO_COMPANY } from '../../../context.js';
import type { ArticleDrafts } from '../article-drafts.js';
import { baseDraft } from '../draft.js';
import { listedAfter, type CueReading, type SentenceMention } from '../reading.js';
import type { ShapeResult } from './result.js';

// readMutual's helpers live at module level: under tsx (esbuild keepNames) a function declared inside it
// is renamed with Object.defineProperty on every call.
/** The two nearest distinct companies on each side ("A (NYSE: A) and B (NYSE: B) formed a…"). */
function distinct(list: SentenceMention[]): Entity[] {
  const out: Entity[] = [];
  for (const m of list) if (!out.includes(m.entity)) out.push(m.entity);
  return out;
}

/**
 * "Ultium Cells, a battery joint venture with X" / "to be called Y": the venture, not a partner.
 * "set up a joint venture, Kagura Sony Studios, that will…": the venture named in apposition.
 */
function isVenture(t: string, m: SentenceMention): boolean {
  return (
    /^,\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:joint venture|venture)\b/i.test(t.slice(m.relEnd)) ||
    /\b(?:called|named|known as)\s+$/i.test(t.slice(Math.max(0, m.rel - 12), m.rel)) ||
    /\b(?:joint venture|venture|JV),\s+$/i.test(t.slice(Math.max(0, m.rel - 20), m.rel))
  );
}

const partners = (t: string, list: SentenceMention[]): SentenceMention[] =>
  list.filter((m) => !isVenture(t, m));

/**
 * A later clause that opens with a capitalised name no directory knows, right before the verb (at the
 * start of a sentence any word is capitalised).
 */
const UNKNOWN_SUBJECT =
  /^\s*(?!(?:The|A|An|It|They|This|That|These|Those|Its|Their|We|Our|In|On|At|For|As|After|Last|Then|Also)\b)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s+(?:has\s+|had\s+|also\s+|then\s+)?$/;

/** What right after the cue (past "with") points back at a partner named before: "them", "the carmaker". */
const POINTS_BACK_OR_THEM = new RegExp(String.raw`^\s*them\b|${POINTS_BACK_TO_COMPANY.source}`, 'i');

/** Ties in the plural before "with": "partnerships with A, B and C", "supply agreements with A and B". */
const PLURAL_TIES = /\b(?:partnerships|alliances|collaborations|agreements|deals|pacts)\s+with\b/i;

/** The mention is the object of a preposition ("… with B"). */
const isObject = (r: CueReading, m: SentenceMention): boolean =>
  /\b(?:to|from|with|of)\s+(?:[\w&-]+\s+){0,3}$/i.test(r.textBefore(m));

/** "acquired the remaining 49% in its joint venture with X": the partner's share is bought, no venture formed. */
const PARTNER_SHARE_BOUGHT =
  /\b(?:acquired|acquires|acquire|bought|buys|buy|purchased|purchases|purchase|took|takes|take|buying|acquiring)\s+(?:out\s+)?(?:the\s+|its\s+partner['’]s\s+)?(?:remaining\s+|rest\s+of\s+the\s+|other\s+)?(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s?cent)|half|stake|shares?)\s+(?:stake\s+)?(?:in|of)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?$/i;

/** mutual: "A agreed to merge with B", "a partnership with B", "the deal". */
export function readMutual(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { ctx, si, t, cue, cueStart, cueEnd, clauseStart, clauseEnd, ms, left, right, coordinated } = r;
  if (
    /^\s*joint venture\b/i.test(t.slice(cueStart, cueEnd)) &&
    PARTNER_SHARE_BOUGHT.test(t.slice(clauseStart, cueStart))
  ) {
    const buyer = r.actorBefore();
    const seller = right.find((m) => m.entity !== buyer && /^\s*(?:with\s+)?$/i.test(t.slice(cueEnd, m.rel)));
    return buyer && seller
      ? { parties: [r.party(buyer, 'buyer'), r.party(seller.entity, 'seller')], controlType: 'acquisition' }
      : null;
  }
  // A hyphen pair ("Palantir-Lumen alliance") or "A and B" or "A ... with B".
  const ents: Entity[] = [];
  // Companies inside the cue itself count too: "agreed with Honda to jointly develop".
  const inside = ms.filter((m) => m.rel >= cueStart && m.relEnd <= cueEnd);
  // "X sold Y to Z and agreed to combine with W": the coordinated verb's actor is X, not Z.
  const subject =
    coordinated && (cue.type === 'partnership' || cue.type === 'merger') ? r.coordSubject() : null;
  // "A expanded its partnership with B and signed a deal with C": each "with" has one actor, the
  // subject, not the earlier verb's object B; and B's deal ends where the next verb begins.
  const withCue = /\bwith\s*$/i.test(t.slice(cueStart, cueEnd)) || /^\s*with\b/i.test(t.slice(cueEnd));
  const leftActors = distinct(
    partners(
      t,
      left.filter((m) => !withCue || !isObject(r, m)),
    ),
  );
  // "Gigapower, the joint venture it formed with BlackRock": "it" is the sentence's subject.
  const pronoun = /\s(?:it|they)\s/i.test(t.slice(cueStart, cueEnd)) ? r.antecedent() : null;
  const actors = subject
    ? [subject]
    : pronoun
      ? [pronoun]
      : withCue
        ? leftActors.slice(-1).length
          ? leftActors.slice(-1)
          : // ", while Banijay merged with X": a subject named but unknown is no pronoun to resolve.
            clauseStart > 0 && UNKNOWN_SUBJECT.test(t.slice(clauseStart, cueStart))
            ? []
            : [r.antecedent()].filter((e): e is Entity => !!e && !right.some((m) => m.entity === e))
        : distinct(partners(t, left)).slice(-2);
  // "…with Karloo covering any output not taken by Ford": a firm named in a clause about the partner's
  // business or output is no partner.
  const sameClauseRight = [...inside, ...right].filter(
    (m) =>
      m.rel < cueEnd ||
      (!/\s(?:covering|excluding|giving|allowing|letting)\s/i.test(t.slice(cueEnd, m.rel)) &&
        !/;\s|\s(?:and|but)\s+(?:also\s+)?(?:signed|agreed|formed|struck|won|bought|sold|acquired|expanded|launched|announced|said|took|made|hired|[a-z]+ed\s+(?:a|an|its|their|the)\b)/i.test(
          t.slice(cueEnd, m.rel),
        )),
  );
  for (const e of [...actors, ...distinct(partners(t, sameClauseRight)).slice(0, 2)])
    if (!ents.includes(e)) ents.push(e);
  const relevant = ents.filter((e) => e.kind === 'listed' || partners(t, ms).some((m) => m.entity === e));
  if (relevant.length < 2 && cue.type === null && relevant.length === 1) {
    return { parties: [r.party(relevant[0]!, null)] };
  }
  // "The two companies also plan to set up a joint venture": the pair of the deal just told.
  if (
    relevant.length < 2 &&
    cue.type &&
    /\b(?:the two companies|the companies|both companies|the two|the pair|the partners)\s+(?:[\w-]+\s+){0,6}$/i.test(
      t.slice(clauseStart, cueStart),
    )
  ) {
    const pair = drafts.recent(si + 1, 3, (d) => d.parties.length >= 2)?.parties.slice(0, 2) ?? [];
    if (pair.length === 2)
      return { parties: pair.map((p) => ({ ...p, role: cue.type === 'partnership' ? 'partner' : null })) };
  }
  let usedFallback = false;
  if (relevant.length < 2) {
    if (cue.type !== 'partnership') return null;
    // "Acme teams up with a robot startup": the actor is named, the partner is not: no deal.
    // The story's company stands in only for a missing subject ("It partnered with Acme").
    const lone = relevant[0];
    if (
      lone &&
      left.some((m) => m.entity === lone) &&
      !right.some((m) => m.entity === lone) &&
      !POINTS_BACK_OR_THEM.test(t.slice(cueEnd).replace(/^\s*with\b/i, ''))
    )
      return null;
    // "X also said it formed a venture with the chipmaker": "it" is X itself, so the partner is the story's company.
    const back = r.subjectIfBackRef();
    const fallback =
      (back && !relevant.includes(back) ? back : null) ??
      (ctx.primary && ctx.leadKeys.has(ctx.primary.key) ? ctx.primary : null);
    if (!fallback || relevant.includes(fallback) || relevant.length !== 1) return null;
    relevant.unshift(fallback);
    usedFallback = true;
  }
  // "has cloud partnerships with Microsoft, Google and Amazon": one partnership with each firm listed.
  const plural =
    cue.type === 'partnership' && actors.length === 1
      ? PLURAL_TIES.exec(t.slice(cueStart, Math.min(clauseEnd, cueEnd + 40)))
      : null;
  if (plural) {
    const listStart = cueStart + plural.index + plural[0].length;
    const listed = listedAfter(t, sameClauseRight, listStart).filter((e) => e !== actors[0]);
    if (listed.length >= 2) {
      for (const e of listed.slice(1)) {
        const extra = baseDraft(ctx, r.s, si, 'partnership', cueStart, cueEnd, true);
        extra.parties = [r.party(actors[0]!, 'partner'), r.party(e, 'partner')];
        drafts.extra.push(extra);
      }
      return { parties: [r.party(actors[0]!, 'partner'), r.party(listed[0]!, 'partner')] };
    }
  }
  const parties = relevant
    .slice(0, 3)
    .map((e, i) =>
      r.party(
        e,
        cue.type === 'partnership' ? 'partner' : cue.type === 'acquisition' ? (i ? 'target' : 'buyer') : null,
      ),
    );
  let asset: string | null = null;
  if (cue.type === 'partnership')
    asset = partnershipAsset(t.slice(clauseStart, clauseEnd), (name) => {
      const e = ctx.companies.resolve(name);
      if (e && relevant.some((p) => p.key === e.key)) return true;
      // A short name used in the sentence ("Palantir's") is one of the mentions of a party.
      return ms.some((m) => relevant.includes(m.entity) && m.text.replace(/['’]s?$/, '') === name);
    });
  return { parties, asset, usedFallback };
}

/**
 * similar-deal: "Visa's move comes a week after Mastercard signed a similar agreement with Tuma Pay": a
 * partnership like the one the passage told. Only a partnership is copied: a contract's roles cannot be
 * told from "similar".
 */
export function readSimilarDeal(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { ctx, s, si, cueStart, cueEnd, left, right } = r;
  const actor = left[left.length - 1]?.entity ?? r.subjectIfBackRef();
  const other = right.find((m) => m.entity !== actor && m.rel - cueEnd <= 30)?.entity;
  if (!actor || !other) return null;
  // A stake taken "as part of the agreement" belongs to the tie told with it, not another deal to copy.
  const told = drafts.recent(si + 1, 6, (d) => !!d.type && !d.weakType && d.type !== 'investment');
  if (told?.type !== 'partnership') return null;
  return {
    draft: {
      ...baseDraft(ctx, s, si, 'partnership', cueStart, cueEnd, false),
      parties: [r.party(actor, 'partner'), r.party(other, 'partner')],
    },
  };
}
