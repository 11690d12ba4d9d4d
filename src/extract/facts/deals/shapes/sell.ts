/**
 * Sales told by the seller: "X sold its unit to Y", "the sale of X's unit to Y" (a divestiture, the
 * buyer after "to"), a stake sold without a named buyer, and a sale the owner is still weighing
 * ("Oakhurst is exploring a sale of its Permian assets"), which needs only its seller, and a bidder the
 * seller chose ("named X as the stalking-horse bidder for its mills").
 */
import { ASSET_MAX_WORDS, cleanAsset, possessedAsset } from '../../asset.js';
import { COUNTERPART_NOUNS } from '../../../verbs.js';
import type { ArticleDrafts } from '../article-drafts.js';
import { passageSubject } from '../parties.js';
import type { CueReading } from '../reading.js';
import type { Role } from '../types.js';
import type { ShapeResult } from './result.js';

/** "its orthopaedics business", "its Castrol lubricants business": a unit, the sentence going on without a buyer. */
const UNIT_ONLY =
  /^\s*(?:its|their)\s+((?:[\w'’-]+\s+){0,4}?(?:business|unit|division|arm|operations|segment))(?=\s*(?:[,.;]|$)|\s+(?:for|in|as|which|that|to (?:focus|raise|cut|pay))\b)/i;

/**
 * The words between "to" and the buyer: "to Australia's Sonic Healthcare" (a country's possessive), "to a
 * group led by brand-management firm WHP Global" (the firm leading the buyers), "to its partner, X".
 */
const TO_BUYER = new RegExp(
  String.raw`\bto\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:group|consortium|team)\s+(?:led|headed|backed)\s+by\s+(?:[\w&'’-]+\s+){0,3}?|(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?${COUNTERPART_NOUNS},\s+|(?:[\w&'’-]+\s+){0,3}?)$`,
);

/** "its trucking subsidiary": a unit told by what it is, before or after its own name. */
const UNIT = String.raw`(?:its|their|the)\s+((?:[\w-]+\s+){0,3}?(?:subsidiary|unit|division|arm|business|operations?))`;
/** ", its trucking unit, to" after the unit's own name. */
const UNIT_AFTER_NAME = new RegExp(String.raw`^\s*,\s*${UNIT}\s*,\s*(?:to|for)\s`, 'i');
/** "its trucking subsidiary, " before the unit's own name. */
const UNIT_BEFORE_NAME = new RegExp(String.raw`^\s+(?:of\s+)?${UNIT}\s*,\s*$`, 'i');

/** seller-to-buyer: "X agreed to sell its unit to Y". */
export function readSale(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const {
    ctx,
    si,
    t,
    cueStart,
    cueEnd,
    clauseStart,
    left,
    right,
    lastLeft,
    coordinated,
    afterObject,
    participle,
  } = r;
  // The "to" after the verb, not the infinitive's ("agreed to sell X … to Y").
  const buyerM = right.find(
    (m) => TO_BUYER.test(t.slice(Math.max(cueEnd, m.rel - 70), m.rel)) && m.rel - cueEnd < 140,
  );
  // "Kestrel Foods is being sold to General Mills": a company sold whole, told from its side, is bought.
  const soldWhole =
    !!buyerM &&
    /\b(?:is|are|was|were|been|being|be)\s+(?:(?:now|also|finally|quietly|formally)\s+)?$/i.test(
      t.slice(Math.max(0, cueStart - 30), cueStart),
    ) &&
    /^sold$/i.test(t.slice(cueStart, cueEnd).trim());
  // The company itself is the subject, right before the verb ("X, which was sold to Y in 2019", too):
  // "Redcliff, the unit of Prairie Vale (NYSE: PVE), is being sold to Y" sells a unit of Prairie Vale.
  const soldM =
    soldWhole &&
    lastLeft &&
    /^\s*\)?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:which|that)\s+)?(?:(?:has|have|had|will|would|also|now|later)\s+)*(?:is|are|was|were|been|being|be)\b/i.test(
      t.slice(lastLeft.relEnd, cueStart),
    )
      ? lastLeft
      : undefined;
  if (
    soldM &&
    buyerM &&
    soldM.entity !== buyerM.entity &&
    /^\s*to\s+(?:[\w&'’-]+\s+){0,3}?$/i.test(t.slice(cueEnd, buyerM.rel))
  )
    return {
      parties: [r.party(buyerM.entity, 'buyer'), r.party(soldM.entity, 'target')],
      controlType: 'acquisition',
    };
  if (!buyerM) {
    // "sold part of its stake in X for $4.8 billion", "sold a 5.2 percent stake in X on the open market":
    // a stake sale, the buyer unnamed.
    // "offloaded its remaining 9.9 per cent of X", "its 28% stake in private hospital group X": a share told
    // by its size alone, and a company told by what it is.
    const stake =
      /^\s*(?:(?:part|some|half|most|all|the rest|a portion) of\s+)?(?:its|their|an?)\s+(?:remaining\s+|entire\s+|further\s+|minority\s+)?(?:(?:\d+(?:\.\d+)?(?:%|\s?per\s?cent|\s?percent)\s+)?(?:stake|holding|interest)\s+in|\d+(?:\.\d+)?(?:%|\s?per\s?cent|\s?percent)\s+of)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,3}(?:\w*maker|company|firm|operator|developer|startup|provider|producer|group|chain|business|platform|lender|bank|insurer|retailer|roll-up|network|brand)\s+)?$/i;
    const held = right.find((m) => stake.test(t.slice(cueEnd, m.rel)));
    const seller = lastLeft?.entity ?? r.subjectIfBackRef();
    // "is selling its Brazilian operations to a local investor group": a sale, its buyer unnamed.
    const unnamedBuyer =
      /^\s*(?:its|their)\s+([^.;]{2,80}?)\s+to\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,4}?(?:buyer|investor|group|firm|consortium|company|fund|operator|rival|bidder|party|investors)\b/i.exec(
        t.slice(cueEnd),
      );
    if (!held && seller && unnamedBuyer && !/[A-Z]/.test(unnamedBuyer[0].slice(unnamedBuyer[1]!.length + 4)))
      return {
        parties: [r.party(seller, 'seller')],
        asset: cleanAsset(unnamedBuyer[1]!),
        unnamedBuyer: true,
      };
    // "agreed to divest its orthopaedics business", "is looking to sell its Castrol lubricants business,
    // which could fetch $10 billion": a unit for sale, no buyer named yet.
    const unit = UNIT_ONLY.exec(t.slice(cueEnd));
    if (
      !held &&
      seller &&
      unit &&
      /\b(?:agreed to|agrees to|will|plans to|is to|intends to|looking to|seeking to)\s+(?:[\w-]+\s+)?(?:sell|divest|offload|unload)\b/i.test(
        t.slice(Math.max(0, cueStart - 30), cueEnd + 8),
      ) &&
      !right.some((m) => m.rel < cueEnd + unit[0].length)
    )
      return { parties: [r.party(seller, 'seller')], asset: cleanAsset(unit[1]!), unnamedBuyer: true };
    if (!held || !seller || seller === held.entity) return null;
    return { parties: [r.party(seller, 'seller'), r.party(held.entity, 'target')] };
  }
  // "the sale of X's unit to Y": the possessor is the seller, whatever precedes the cue.
  const owner = right.find((m) => m.rel < buyerM.rel && /^\s*(?:of\s+)?$/i.test(t.slice(cueEnd, m.rel)));
  const owned = owner ? possessedAsset(r.afterOwner(owner, buyerM.rel)) : null;
  // "The company bought X for $4.9 billion and agreed to sell its unit to Y": "its" is the subject's.
  const ownUnit = coordinated && /^\s*(?:of\s+)?(?:its|their)\b/i.test(t.slice(cueEnd));
  // "…Pou Chen, which was expanded, and the status of the sale of its unit to Y": a sale named inside
  // another noun phrase has no verb of the company before it; "its" is the sentence's own subject.
  const nestedNoun =
    /^(?:the )?(?:sale|disposal|divestiture) of/i.test(t.slice(cueStart, cueEnd)) &&
    /^\s*(?:its|their)\b/i.test(t.slice(cueEnd)) &&
    /\b(?:of|about|on|over)\s+the\s+$/i.test(
      t.slice(Math.max(0, cueStart - 12), cueStart) + (/^the\s+/i.exec(t.slice(cueStart, cueEnd))?.[0] ?? ''),
    );
  const seller =
    owner && owned && owner.entity !== buyerM.entity
      ? owner.entity
      : ownUnit || afterObject
        ? r.notEarlierObject(r.coordSubject())
        : participle || nestedNoun
          ? r.antecedent()
          : (lastLeft?.entity ?? r.leadPhraseActor() ?? r.subjectIfBackRef());
  // "The purchase follows the disposal of its pump division to Y": a sale told as a noun phrase, its
  // seller the listed company the passage is about.
  if (
    !seller &&
    !left.length &&
    /^(?:(?:the )?sale of|disposal of|divestiture of)/i.test(t.slice(cueStart, cueEnd)) &&
    /\b(?:the|its|their)\s+(?:(?:earlier|previous|recent|pending|planned|proposed|completed)\s+)?$/i.test(
      t.slice(Math.max(0, cueStart - 30), cueStart),
    )
  ) {
    const implied = passageSubject(ctx, si);
    if (implied && implied !== buyerM.entity)
      return { parties: [r.party(implied, 'seller'), r.party(buyerM.entity, 'buyer')] };
  }
  // "As part of the deal the banks plan to sell branches to Y": the merging companies sell together.
  if (
    /\b(?:the (?:two )?(?:banks|companies|firms|groups|lenders|insurers|carriers|partners)|the pair|both (?:banks|companies|firms|groups))\s+(?:[\w-]+\s+){0,3}$/i.test(
      t.slice(clauseStart, cueStart),
    )
  ) {
    const merger = drafts.recent(si + 1, 20, (d) => d.type === 'merger' && d.parties.length >= 2);
    const sellers = merger?.parties.filter((p) => p.key !== buyerM.entity.key) ?? [];
    if (sellers.length < 2) return null;
    return {
      parties: [...sellers.map((p) => ({ ...p, role: 'seller' as Role })), r.party(buyerM.entity, 'buyer')],
    };
  }
  // "The sale of Pellam Outdoor to Kestrel Brands closed": a company sold whole, its seller unnamed, is
  // bought by the buyer (as "Pellam Outdoor's sale to Kestrel Brands" is).
  if (
    !seller &&
    owner &&
    !owned &&
    owner.entity !== buyerM.entity &&
    /^(?:the )?sale of/i.test(t.slice(cueStart, cueEnd))
  )
    return {
      parties: [r.party(buyerM.entity, 'buyer'), r.party(owner.entity, 'target')],
      controlType: 'acquisition',
    };
  if (!seller) return null;
  const parties = [r.party(seller, 'seller'), r.party(buyerM.entity, 'buyer')];
  // "sold its 49% stake in X to Y": X is the company whose shares change hands.
  const stakeIn = right.find(
    (m) =>
      m.rel < buyerM.rel &&
      m.entity !== seller &&
      m.entity !== buyerM.entity &&
      /\bstake\s+in\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}$/i.test(t.slice(cueEnd, m.rel)),
  );
  if (stakeIn) parties.push(r.party(stakeIn.entity, 'target'));
  // "sell its trucking subsidiary, Hokuto Transport, to Y", "sell Hokuto Transport, its trucking unit, to
  // Y": the unit named in apposition is what is sold.
  const inApposition = (m: (typeof right)[number]): boolean => {
    const before = t.slice(cueEnd, m.rel);
    const after = t.slice(m.relEnd, buyerM.rel + 1);
    return (
      (UNIT_BEFORE_NAME.test(before) && /^\s*,\s*(?:to|for)\s/.test(after)) ||
      (/^\s+(?:of\s+)?$/.test(before) && UNIT_AFTER_NAME.test(after))
    );
  };
  const namedUnit = stakeIn
    ? undefined
    : right.find(
        (m) => m.rel < buyerM.rel && m.entity !== seller && m.entity !== buyerM.entity && inApposition(m),
      );
  if (namedUnit) parties.push(r.party(namedUnit.entity, 'target'));
  const between = t.slice(cueEnd, buyerM.rel);
  const a =
    /^\s*(?:of\s+)?(?:(?:its|the|their|a|an)\s+)?([^()$€£]{3,80}?)\s*(?:\(?\s*for\s+[^)]*)?\bto\s+(?:[\w&'’-]+\s+){0,3}?$/i.exec(
      between,
    );
  // "the carve-out of its packaging arm, selling it to Y": the pronoun's clause is no part of the asset,
  // nor is a relative clause ("its logistics arm, which went to Y").
  let asset: string | null = a
    ? a[1]!
        .trim()
        .replace(/^(of\s+)?(its|the|their)\s+/i, '')
        .replace(/,\s+[a-z]+(?:ing|ed)\s+(?:it|them)$/, '')
        .replace(/,\s+(?:which|who|that)\b.*$/, '') || null
    : null;
  // "trucking subsidiary, Hokuto Transport,": the unit's name is its target, not part of the asset.
  if (asset && namedUnit) {
    const after = UNIT_AFTER_NAME.exec(t.slice(namedUnit.relEnd, buyerM.rel + 1));
    asset = after ? after[1]! : asset.replace(/\s*,\s*[^,]+,?$/, '') || null;
  }
  // "is selling itself to Y": the seller is sold whole, so no part of it is named.
  if (asset && /^(for|to|itself|themselves)$/i.test(asset)) asset = null;
  if (owned && seller === owner?.entity) asset = owned;
  asset = cleanAsset(asset) ?? (asset && asset.split(/\s+/).length <= ASSET_MAX_WORDS ? asset : null);
  return { parties, asset };
}

/**
 * sale-talks: "Sealed Air has held early talks with Nordhollow Partners about a sale of the protective
 * unit": the owner before the verb sells, the firm it talks with would buy.
 */
export function readSaleTalks(r: CueReading): ShapeResult | null {
  const { t, cueEnd, left, right } = r;
  const seller = left[left.length - 1]?.entity ?? r.subjectIfBackRef();
  const about = t.indexOf(' about ', cueEnd);
  const buyer = right.find((m) => m.rel < about && m.entity !== seller)?.entity;
  if (!seller || !buyer) return null;
  const what =
    /^\s+about\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?(?:sale|disposal|divestiture)\s+of\s+(?:its|their|the)\s+([^,;.]{2,60}?)(?=\s*(?:[,;.]|$)|\s+(?:for|to|that|which|according)\b)/i.exec(
      t.slice(about),
    );
  return {
    parties: [r.party(seller, 'seller'), r.party(buyer, 'buyer')],
    asset: what ? cleanAsset(what[1]!) : null,
  };
}

/** seller-only: "Oakhurst Energy is exploring a sale of its Permian Basin assets". */
export function readSaleWeighed(r: CueReading): ShapeResult | null {
  const { t, cueStart, cueEnd, left, right } = r;
  // The seller names itself right before ("Oakhurst Energy (NYSE: OKH) is exploring…") or is "it".
  const seller = left[left.length - 1];
  const sellerEntity = seller && cueStart - seller.relEnd <= 30 ? seller.entity : r.subjectIfBackRef();
  // "a sale of Fernhill Dental Partners": a company the seller holds, sold whole.
  const held =
    !/\b(?:its|their)$/i.test(t.slice(cueStart, cueEnd)) &&
    right[0] &&
    right[0].rel - cueEnd <= 2 &&
    right[0].entity !== sellerEntity
      ? right[0]
      : null;
  if (held && sellerEntity)
    return { parties: [r.party(sellerEntity, 'seller'), r.party(held.entity, 'target')] };
  const what = possessedAsset(
    t
      .slice(cueEnd)
      .replace(/^\s*/, "'s ")
      .replace(/\s+up\s+for\s+sale\b/i, ''),
  );
  if (!sellerEntity || !what) return null;
  const asset = what;
  // "… who said Corrib Partners and Humana have both shown interest": the would-be buyers.
  const bidders = /\b(?:interest|bidders?|suitors?|potential buyers?|could bid|might bid|circling)\b/i.test(
    t.slice(cueEnd),
  )
    ? right.filter((m) => m.entity !== sellerEntity).map((m) => m.entity)
    : [];
  const parties = [
    r.party(sellerEntity, 'seller'),
    ...[...new Set(bidders)].slice(0, 3).map((e) => r.party(e, 'buyer')),
  ];
  return { parties, asset };
}

/** Choosing words between the seller and the bidder it chose: "named", "has selected", "picked". */
const CHOSE =
  /^\)?\s*(?:\([^()]*\)\s*)?(?:has\s+|had\s+|have\s+)?(?:named|selected|chose|chosen|picked|tapped|appointed|designated)\s+$/i;
/** Between the bidder and the cue: nothing ("named X as the…"), or a passive ("X was named the…"). */
const BIDDER_BEFORE =
  /^\s*(?:\([^()]*\)\s*)?(?:,\s*|\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+(?:named|selected|chosen|picked|confirmed|approved|designated)\s*|\s+(?:emerged|won)\s*|\s+(?:will\s+)?(?:serve|act)s?\s*)?$/i;
/** What a preferred bidder wins that is no business: a contract, a franchise, a licence. */
const NOT_A_BUSINESS =
  /^\s*(?:the\s+|a\s+|an\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:contract|tender|franchise|concession|licen[cs]e|project|work|job|order|lease|spectrum|rights)\b/i;

/**
 * chosen-bidder: "Brakewater named Tollgate Pulp as the stalking-horse bidder for its two mills" (the
 * chooser sells what the bidder is to buy), "Tollgate was picked as the preferred bidder for Varn Foods"
 * (the firm after "for" is bought), "…for Varn Foods' snacks unit" (its owner sells).
 */
export function readChosenBidder(r: CueReading): ShapeResult | null {
  const { t, cueEnd, left, right } = r;
  const bidder = left[left.length - 1];
  if (!bidder || !BIDDER_BEFORE.test(t.slice(bidder.relEnd, r.cueStart).replace(/\s+as\s*$/i, ' ')))
    return null;
  const after = t.slice(cueEnd);
  if (NOT_A_BUSINESS.test(after)) return null;
  const chooser = left.length >= 2 ? left[left.length - 2]! : undefined;
  const seller =
    chooser && chooser.entity !== bidder.entity && CHOSE.test(t.slice(chooser.relEnd, bidder.rel))
      ? chooser.entity
      : null;
  const object =
    right[0] && right[0].rel - cueEnd <= 12 && right[0].entity !== bidder.entity ? right[0] : null;
  const owned = object ? possessedAsset(r.afterOwner(object)) : null;
  const own = seller
    ? /^\s*(?:its|their)\s+([^.;,()]{2,80}?)(?=\s+(?:for|at|in|with|under|after|,)\b|[.;,]|$)/i.exec(after)
    : null;
  if (seller)
    return {
      parties: [r.party(bidder.entity, 'buyer'), r.party(seller, 'seller')],
      asset: own ? cleanAsset(own[1], 'any') : null,
    };
  if (!object) return null;
  return owned
    ? { parties: [r.party(bidder.entity, 'buyer'), r.party(object.entity, 'seller')], asset: owned }
    : { parties: [r.party(bidder.entity, 'buyer'), r.party(object.entity, 'target')] };
}
