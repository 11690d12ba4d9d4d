/**
 * Takeovers told from the target's side, the target named before its buyer: the passive and its nouns
 * ("X was acquired by Y", "a takeover of X by Y", "X accepted an offer from Y"), a past deal in a relative
 * clause ("DreamWorks, which it bought in 2016"; "owned by Tamarack, which bought it in 2021") and a
 * rival bidder for the company whose takeover was just told.
 */
import type { Entity } from '../../../companies/mentions.js';
import { CONSORTIUM_OF, GAVE_UP } from '../../../verbs.js';
import { sellerSentence } from '../later-sentences.js';
import type { ArticleDrafts } from '../article-drafts.js';
import { baseDraft } from '../draft.js';
import type { MentionDraft } from '../types.js';
import { near, type CueReading } from '../reading.js';
import type { ShapeResult } from './result.js';

/** object-actor: "X was acquired by Y", "a takeover of X by Y", "rejected an approach from Y". */
export function readTakenOverBy(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { cueStart, cueEnd, ms, right } = r;
  // "A takeover of X by Y": the target may sit inside the cue itself.
  const insideCue = ms.find((m) => m.rel >= cueStart && m.relEnd <= cueEnd);
  // "Finvero (Milan) — acquired by Nexi, €610m": a list line's company stands before the dash.
  // "Castellan Health — agreed to be bought by Hollis Group, $1bn": so does one before "agreed to".
  const listed = /\s[—–-]\s+(?:(?:has\s+)?agreed\s+to\s+|will\s+|is\s+to\s+)?$/.test(r.t.slice(0, cueStart))
    ? r.sentenceMentions[0]
    : undefined;
  const object = insideCue?.entity ?? subjectBeforeApposition(r) ?? listed?.entity ?? r.subjectIfBackRef();
  const members = consortiumAfter(r);
  const actor = members[0] ?? near(right, cueEnd, 60)[0]?.entity ?? describedBuyer(r);
  if (!object || !actor || object === actor) return null;
  // "drew takeover interest from A and B": each is a bidder of its own.
  if (!members.length && /\binterest\s+from$/i.test(r.t.slice(cueStart, cueEnd))) {
    // The bidder read above is the first one named after the cue; a described one has no list after it.
    const first = right.find((m) => m.entity === actor);
    const next = first
      ? right.find(
          (m) => m.rel > first.relEnd && /^\s*(?:,\s*|,?\s+and\s+)$/.test(r.t.slice(first.relEnd, m.rel)),
        )
      : undefined;
    if (next && next.entity !== object && next.entity !== actor)
      drafts.extra.push({
        ...baseDraft(r.ctx, r.s, r.si, 'acquisition', cueStart, cueEnd, true),
        status: 'rumored',
        statusExplicit: true,
        parties: [r.party(next.entity, 'buyer'), r.party(object, 'target')],
      });
  }
  return {
    parties: [
      r.party(actor, 'buyer'),
      ...members
        .slice(1)
        .filter((e) => e !== object)
        .map((e) => r.party(e, 'buyer')),
      r.party(object, 'target'),
    ],
  };
}

/** "by a consortium of", "by an investor group led by": the buyers are the list that follows. */
const CONSORTIUM_LEAD = new RegExp(String.raw`^\s+(?:an?\s+)?(?:[\w-]+\s+)?${CONSORTIUM_OF}\s+`, 'i');
/** A country's possessive before a member ("Sweden's Pandox", "Saudi Arabia's PIF"). */
const COUNTRY_OF = String.raw`(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?`;
const FIRST_MEMBER_GAP = new RegExp(`^${COUNTRY_OF}$`);
const NEXT_MEMBER_GAP = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:,\s+(?:and\s+)?|\s+and\s+)${COUNTRY_OF}$`,
);

/** The members of a consortium named right after the cue, in order (none when no consortium is told). */
function consortiumAfter(r: CueReading): Entity[] {
  const { t, cueEnd, right } = r;
  const lead = CONSORTIUM_LEAD.exec(t.slice(cueEnd));
  if (!lead) return [];
  const out: Entity[] = [];
  let at = cueEnd + lead[0].length;
  for (const m of right) {
    if (m.rel < at) continue;
    if (!(out.length ? NEXT_MEMBER_GAP : FIRST_MEMBER_GAP).test(t.slice(at, m.rel))) break;
    if (!out.includes(m.entity)) out.push(m.entity);
    at = m.relEnd;
  }
  return out;
}

/**
 * The company the passive is about: the last named before the verb, unless that one sits in an apposition
 * set off by commas ("Kenvue, spun off from Johnson & Johnson in 2023, agreed to be bought by…").
 */
function subjectBeforeApposition(r: CueReading): Entity | null {
  const { t, cueStart, left } = r;
  const last = left[left.length - 1];
  if (!last) return null;
  const head = left.find(
    (m) =>
      m.rel < last.rel &&
      /^\s*(?:\([^)]*\)\s*)?,\s[^,;]+,\s*(?:[\w-]+\s+){0,4}$/.test(t.slice(m.relEnd, cueStart)) &&
      !/,/.test(t.slice(0, m.rel).slice(-2)),
  );
  return (head ?? last).entity;
}

/**
 * "Calder Spine is being absorbed by the medtech giant": a buyer told by a description of the listed
 * company the story is about.
 */
function describedBuyer(r: CueReading): Entity | null {
  const { ctx, t, cueEnd } = r;
  if (
    !/^\s*the\s+(?:[\w-]+\s+){0,2}?(?:giant|company|group|maker|firm|conglomerate|major|buyer|acquirer)\b/i.test(
      t.slice(cueEnd),
    )
  )
    return null;
  return ctx.primary?.kind === 'listed' ? ctx.primary : null;
}

/** relative-object: "DreamWorks Animation, which it bought in 2016". */
export function readBoughtEarlier(r: CueReading): ShapeResult | null {
  const { t, cueStart, cueEnd, ms, left } = r;
  const object = left[left.length - 1];
  // "the Acme treats brand, which it bought": a few lower-case words may name what was bought; an
  // exchange anchor may close the name ("Dunmore Optics (NASDAQ: DNMO), which…").
  const inAnchor = !!object && /\((?:[A-Za-z ]+:\s*)?$/.test(t.slice(0, object.rel));
  const between = t.slice(object?.relEnd ?? 0, cueStart).replace(inAnchor ? /^\)/ : /^$/, '');
  if (
    !object ||
    !/^\)?[\s'’s]*(?:\s[a-z][\w-]*){0,3}$/.test(between) ||
    (/^\)/.test(between) && !/\s[a-z]/.test(between))
  )
    return null;
  // "owns a 30% stake in Varga Steel, which it acquired from Colm Wire": what was acquired is the stake.
  if (
    /\b(?:stake|interest|holding|shareholding)\s+in\s+(?:the\s+)?$/i.test(
      t.slice(Math.max(0, object.rel - 30), object.rel),
    )
  )
    return null;
  const named = ms.find((m) => m.rel >= cueStart && m.relEnd <= cueEnd && m.entity !== object.entity);
  const first = r.sentenceMentions.find((m) => m.entity !== object.entity);
  const actor =
    named?.entity ??
    (first && first.rel <= 30 && first.relEnd <= cueStart ? first.entity : r.recentOther(object.entity));
  if (!actor || actor === object.entity) return null;
  return { parties: [r.party(actor, 'buyer'), r.party(object.entity, 'target')] };
}

/**
 * relative-actor: "owned by buyout firm Tamarack, which bought it in 2021": Tamarack bought the subject;
 * "buy X from Oakhurst, the firm that has owned it since 2019": Oakhurst bought X.
 */
export function readOwnerBoughtIt(r: CueReading): ShapeResult | null {
  const { t, cueStart, left } = r;
  const actorM = left[left.length - 1];
  const subject = r.sentenceMentions[0];
  if (!actorM || !/^[\s'’s]*$/.test(t.slice(actorM.relEnd, cueStart))) return null;
  // "AT&T agreed to acquire Prairiewire … from Oakhurst, the firm that has owned it since 2019": "it" is
  // what the sentence buys or sells, before it the subject.
  const sold = left.find(
    (m) =>
      m.entity !== actorM.entity &&
      /\b(?:acquire|buy|purchase|sell|sale\s+of|bought|acquired|purchased|sold)\s+(?:[\w-]+\s+){0,2}$/i.test(
        t.slice(Math.max(0, m.rel - 40), m.rel),
      ),
  );
  const target = sold ?? (subject && subject.rel <= 30 ? subject : undefined);
  if (!target || target.entity === actorM.entity) return null;
  return { parties: [r.party(actorM.entity, 'buyer'), r.party(target.entity, 'target')] };
}

/** rival-bid: "Danaher also studied a bid but walked away", for the takeover just told. */
export function readRivalBid(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { si, cueStart, left, right } = r;
  // The bidder is named right before the verb; the target is that of the takeover just told.
  const bidder = left[left.length - 1];
  if (!bidder || cueStart - bidder.relEnd > 25 || right.length) return null;
  const prior = drafts.recent(
    si + 1,
    3,
    (d) =>
      d.type === 'acquisition' &&
      d.parties.some((p) => p.role === 'target' && p.key !== bidder.entity.key) &&
      !d.parties.some((p) => p.role === 'buyer' && p.key === bidder.entity.key),
  );
  const target = prior?.parties.find((p) => p.role === 'target');
  if (!target) return null;
  return { parties: [r.party(bidder.entity, 'buyer'), { ...target }] };
}

/** Where a dropped bid's own clause ends: its "but" (or "before", "until") and what follows. */
const DROP_CLAUSE = /[,;]?\s+(?:but|before|until)\b/i;
/** "… but walked away", "… but the discussions ended without an agreement": the bidder dropped out. */
const DROPPED_OUT = new RegExp(
  String.raw`^[^;]*?\b(?:but|before|until)\s+(?:[\w-]+\s+){0,4}?(?:${GAVE_UP}|balked|baulked|stayed\s+out|dropped\s+out|withdrew|ended|collapsed|broke\s+down|fell\s+(?:apart|through)|(?:was|were)\s+(?:called\s+off|abandoned|broken\s+off|terminated))\b`,
  'i',
);
/** "Nestlé, which looked at the asset this summer, balked at the price": the main verb after the relative. */
const BALKED =
  /^[^;]*?,\s+(?:later\s+|eventually\s+|then\s+|ultimately\s+)?(?:balked|baulked|passed|walked\s+away|pulled\s+out)\b/i;
/** The next sentence ends them: "The talks ended in November after the two sides could not agree". */
const TALKS_ENDED =
  /^(?:but\s+)?(?:the|those|these)\s+(?:talks|discussions|negotiations)\s+(?:[\w-]+\s+){0,2}?(?:ended|collapsed|broke\s+down|fell\s+(?:apart|through)|were\s+(?:called\s+off|abandoned|broken\s+off))\b/i;

/**
 * dropped-bid: "Mowi was invited to bid but stayed out", "Renata held talks with Rupsha's shareholders
 * about a possible acquisition, but the discussions ended", "X held talks with Y in October. The talks
 * ended in November": a bidder that dropped out of the sale of a company the article tells. The company is
 * the one the bid's clause names, else that of the takeover told in the last three sentences, else the
 * article's first takeover: losing bidders are told around the sale that went ahead.
 */
export function readDroppedBid(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { t, cueStart, cueEnd } = r;
  const relative = /,\s+(?:which|who)\s+(?:had\s+|has\s+|also\s+)*$/i.test(t.slice(0, cueStart));
  if (
    !DROPPED_OUT.test(t.slice(cueEnd)) &&
    !(relative && BALKED.test(t.slice(cueEnd))) &&
    !TALKS_ENDED.test(r.ctx.sentences[r.si + 1]?.text ?? '')
  )
    return null;
  // The bidder is named in the bid's own clause, nearest the verb ("Apollo-owned Brightspeed held talks",
  // "…, and Five Below looked at a deal"): a bid told of "it" or "the rival" is too loose to pin on anyone.
  // A possessive names a relation, not the bidder ("Renata, Square's closest rival, held talks").
  const actors = r.left.filter(
    (m) => !/['’]s$/.test(t.slice(m.rel, m.relEnd)) && !/^['’]s?\s/.test(t.slice(m.relEnd, m.relEnd + 3)),
  );
  const subject =
    actors[actors.length - 1] ?? r.sentenceMentions.find((m) => m.rel <= 40 && m.relEnd <= cueStart);
  if (!subject) return null;
  const clauseEnd = cueEnd + (DROP_CLAUSE.exec(t.slice(cueEnd))?.index ?? t.length);
  const inClause = r.right.filter((m) => m.relEnd <= clauseEnd);
  // "Rowcrest had also held talks with CNH Industrial": the company for sale held talks with the bidder.
  const soldOne = drafts
    .all()
    .find(
      (d) =>
        d.type === 'acquisition' &&
        d.parties.some((p) => p.role === 'target' && p.key === subject.entity.key),
    );
  const withBidder = soldOne
    ? inClause.find((m) => !soldOne.parties.some((p) => p.key === m.entity.key))
    : undefined;
  const bidder = withBidder?.entity ?? subject.entity;
  // A sale of assets ("a portfolio of four resorts from Y") names no target: its seller stands for it.
  const isOther = (d: MentionDraft): boolean =>
    d.type === 'acquisition' &&
    d.parties.some(
      (p) =>
        p.key !== bidder.key &&
        (p.role === 'target' || (p.role === 'seller' && !d.parties.some((q) => q.role === 'target'))),
    ) &&
    !d.parties.some((p) => p.key === bidder.key && p.role !== 'seller');
  const named = (withBidder ? [subject] : inClause).map((m) => m.entity.key);
  // The clause's companies are the target or its seller: "held talks with Jantar about Gorce".
  const told = (d: MentionDraft): boolean =>
    named.every((k) => d.parties.some((p) => p.key === k && (p.role === 'target' || p.role === 'seller')));
  // "The seller is Auenwald. … Schaeffler held talks with Auenwald": a seller named in a sentence of its
  // own is joined to its takeover later, so the takeover told just before that sentence is the one.
  const laterSeller = !withBidder && named.length === 1 ? sellerSentence(r.ctx, named[0]!) : -1;
  const soldBy =
    laterSeller > 0
      ? drafts
          .all()
          .filter(
            (d) => isOther(d) && d.sentenceIndex < laterSeller && !d.parties.some((p) => p.role === 'seller'),
          )
          .sort((a, b) => b.sentenceIndex - a.sentenceIndex)[0]
      : undefined;
  const sale = named.length
    ? (drafts.all().find((d) => isOther(d) && told(d)) ?? soldBy)
    : (drafts.recent(r.si + 1, 3, isOther) ?? drafts.all().find(isOther));
  if (!sale) return null;
  const parties = [
    r.party(bidder, 'buyer'),
    ...sale.parties.filter((p) => p.role === 'target').map((p) => ({ ...p })),
  ];
  const ofAssets = !sale.parties.some((p) => p.role === 'target');
  for (const p of sale.parties)
    if (p.role === 'seller' && (ofAssets || named.includes(p.key))) parties.push({ ...p });
  const seller = sale === soldBy ? inClause.find((m) => m.entity.key === named[0]) : undefined;
  if (seller) parties.push(r.party(seller.entity, 'seller'));
  return { parties };
}

/** What may stand between a deal's owner word and the bought company: "its pending $28 billion". */
const OWNER_WORD =
  /(?:\b(its|their|the)|([A-Za-z)][’']s?)\s+(?:\([^()]*\)\s+)?)\s*(?:(?:pending|planned|proposed|completed|recent|closed|\$[\d.,]+\s*(?:billion|million|bn|m)?|[\d.,]+-(?:billion|million)|(?:19|20)\d\d)\s+){0,3}$/i;

/** Between a name's mention (or its anchor's) and the word after it: "Splunk (NASDAQ: SPLK) purchase". */
const ANCHOR_GAP = /^\)?\s*(?:\([^()]*\)\s*)?$/;

/**
 * named-before-noun: "its Splunk purchase", "Cisco's $28 billion Splunk takeover", "closed the Juniper
 * Networks acquisition": the company named right before the noun is bought; the buyer is whom the
 * possessive names, else the company acting in the clause. A deal named as a thing is mostly one
 * already done, so it is done unless the sentence says otherwise.
 */
export function readNamedPurchase(r: CueReading): ShapeResult | null {
  const { t, cueStart, left } = r;
  let i = left.length - 1;
  if (i < 0 || !ANCHOR_GAP.test(t.slice(left[i]!.relEnd, cueStart))) return null;
  const target = left[i]!.entity;
  while (
    i > 0 &&
    left[i - 1]!.entity.key === target.key &&
    /^\s*\([^()]{0,20}$/.test(t.slice(left[i - 1]!.relEnd, left[i]!.rel))
  )
    i--;
  const owner = OWNER_WORD.exec(t.slice(0, left[i]!.rel));
  if (!owner) return null;
  const before = r.actorLeft.filter((m) => m.entity.key !== target.key && m.relEnd <= owner.index + 1);
  let buyer: Entity | null;
  if (owner[2]) {
    // "Cisco's", "Cisco (NASDAQ: CSCO)'s": the name the possessive closes.
    const m = before[before.length - 1];
    buyer = m && ANCHOR_GAP.test(t.slice(m.relEnd, owner.index + 1)) ? m.entity : null;
  } else if (
    /\b(?:it|they)\s+(?:(?:has|have|had|also|later|then|previously|already|recently|once)\s+)?[a-z]+\s+$/i.test(
      t.slice(Math.max(0, owner.index - 40), owner.index),
    )
  ) {
    // "since it closed the Juniper acquisition": the pronoun acts, not the company named before it.
    buyer = r.antecedent();
  } else {
    // "its" points back; "the Splunk acquisition" is only someone's when the clause names them.
    buyer =
      before[before.length - 1]?.entity ??
      r.leadPhraseActor() ??
      (owner[1]?.toLowerCase() === 'the' ? null : r.antecedent());
  }
  if (!buyer || buyer.key === target.key) return null;
  return {
    parties: [r.party(buyer, 'buyer'), r.party(target, 'target')],
    doneUnlessTold: true,
  };
}
