/**
 * Takeovers told from the target's side, the target named before its buyer: the passive and its nouns
 * ("X was acquired by Y", "a takeover of X by Y", "X accepted an offer from Y"), a past deal in a relative
 * clause ("DreamWorks, which it bought in 2016"; "owned by Tamarack, which bought it in 2021") and a
 * rival bidder for the company whose takeover was just told.
 */
import type { Entity } from '../../../companies/mentions.js';
import type { ArticleDrafts } from '../article-drafts.js';
import { near, type CueReading } from '../reading.js';
import type { ShapeResult } from './result.js';

/** object-actor: "X was acquired by Y", "a takeover of X by Y", "rejected an approach from Y". */
export function readTakenOverBy(r: CueReading): ShapeResult | null {
  const { cueStart, cueEnd, ms, left, right } = r;
  // "A takeover of X by Y": the target may sit inside the cue itself.
  const insideCue = ms.find((m) => m.rel >= cueStart && m.relEnd <= cueEnd);
  const object = insideCue?.entity ?? left[left.length - 1]?.entity ?? r.subjectIfBackRef();
  const actor = near(right, cueEnd, 60)[0]?.entity ?? describedBuyer(r);
  if (!object || !actor || object === actor) return null;
  return { parties: [r.party(actor, 'buyer'), r.party(object, 'target')] };
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
  const named = ms.find((m) => m.rel >= cueStart && m.relEnd <= cueEnd && m.entity !== object.entity);
  const first = r.sentenceMentions.find((m) => m.entity !== object.entity);
  const actor =
    named?.entity ??
    (first && first.rel <= 30 && first.relEnd <= cueStart ? first.entity : r.recentOther(object.entity));
  if (!actor || actor === object.entity) return null;
  return { parties: [r.party(actor, 'buyer'), r.party(object.entity, 'target')] };
}

/** relative-actor: "owned by buyout firm Tamarack, which bought it in 2021": Tamarack bought the subject. */
export function readOwnerBoughtIt(r: CueReading): ShapeResult | null {
  const { t, cueStart, left } = r;
  const actorM = left[left.length - 1];
  const subject = r.sentenceMentions[0];
  if (!actorM || !/^[\s'’s]*$/.test(t.slice(actorM.relEnd, cueStart))) return null;
  if (!subject || subject.rel > 30 || subject.entity === actorM.entity) return null;
  return { parties: [r.party(actorM.entity, 'buyer'), r.party(subject.entity, 'target')] };
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
