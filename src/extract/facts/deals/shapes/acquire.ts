/**
 * The buyer before the verb, the target after it ("Acme agreed to buy Beta", "X took Y private"): one
 * deal per company of a list ("bought A and B"), a seller when a unit, a part or assets are bought from
 * an owner, and a contract when products are bought from a supplier.
 */
import { COMPANY_NOUN, mentionsIn, recentPrivateFirm } from '../../../context.js';
import { findMoney } from '../../../money.js';
import { isBrokerName } from '../../brokers.js';
import { ASSETS_THEN_BUYER } from '../cues.js';
import { CONSORTIUM_OF, ENABLING_VERBS } from '../../../verbs.js';
import { assetBeforeOwner, BUSINESS_BOUGHT, cleanAsset, possessedAsset } from '../../asset.js';
import type { ArticleDrafts } from '../article-drafts.js';
import { baseDraft } from '../draft.js';
import { passageSubject } from '../parties.js';
import type { Entity } from '../../../companies/mentions.js';
import type { CueReading, SentenceMention } from '../reading.js';
import type { ShapeResult } from './result.js';

/** "… from X (NYSE: X) under a separate supply agreement": buying products, a contract. */
const SUPPLY_TERMS =
  /^\s*(?:\([^)]*\)\s*)?(?:under|as part of|through)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:supply|purchase|purchasing|services|sourcing|offtake)\s+(?:agreement|contract|deal)\b/i;

/** "… from Y under a five-year contract": bought under a contract or agreement (a "deal" may be a takeover). */
const UNDER_CONTRACT =
  /^\s*(?:\([^)]*\)\s*)?under\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:contract|agreement)s?\b/i;

/** "buy the company", "buy control of the firm": a company told before ("the company's systems" are its goods). */
const POINTS_BACK = new RegExp(
  `^\\s*(?:(?:control of|a (?:majority|controlling) (?:stake|interest) in|a majority of|all of|most of)\\s+)?(?:the|its)\\s+(?!brand\\b|platform\\b)(?:rival|target|${COMPANY_NOUN})\\b(?!['’]s?\\s)`,
  'i',
);

/** "buy the Houston-based oil producer": a described company, not one of its units or assets. */
const DESCRIBED = new RegExp(
  `^\\s*the\\s+(?:(?:[a-z][\\w-]*|[A-Z][a-z]+(?:an|ese|ish|i|ch|ss)|(?:[A-Z][\\w.'’]*,?\\s+){0,2}[A-Z][\\w.'’]*-based),?\\s+){1,3}?(?!business\\b|platform\\b|brand\\b)${COMPANY_NOUN}(?!['’]|\\s+(?:of|from|unit|division|arm|business|assets?|operations|stake)\\b)\\b`,
);

/** "Hess shares jumped after Chevron agreed…": what links a company to the deal that happened to it. */
const AFTER_WHAT = /\b(?:after|when|as|since|because|following|once|until)\b/i;

/** "…plants it bought": assets named before the buyer's verb. */
const ASSETS_IT = new RegExp(`${ASSETS_THEN_BUYER}$`, 'i');

/**
 * What stands between a buyer (or a pair of buyers) and its verb: "eBay agreed to", "Chevron has", "X is
 * in talks to", "… agreed to jointly".
 */
const SUBJECT_TO_VERB =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:has|have|had|will|would|also|then|agreed|agrees|plan|plans|planned|offered|is|are|was|in|advanced|early|exclusive|talks|set|moved|moves|to|jointly|together)\s+){0,5}$/i;

/** An appositive after a list item: ", a maker of clinical software,", ", which connects retailers…,". */
const ITEM_APPOSITIVE = String.raw`,\s+(?:a|an|the|which|who|whose)\s[^;()]{1,100}?`;
/**
 * Between two companies of a list of purchases: the first one's anchor, appositive and price, then a comma
 * or "and", then a few describing words ("…for about $2 billion, and construction-cost software provider Gordian").
 */
const LIST_GAP = new RegExp(
  String.raw`^\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:${ITEM_APPOSITIVE})?(?:,?\s*(?:for|in)\s+[^,;()]{1,30}?\s*)?(,?\s+and\s+|,\s*)(?:(?:[a-z][\w-]*|[A-Z][\w.'’-]*-based)\s+){0,4}$`,
);
/** What leads from a listed company to its own price: "(NYSE: X) for", ", a maker of …, for". */
const ITEM_PRICE_LEAD = new RegExp(String.raw`^\s*(?:\([^()]*\)\s*)?(?:${ITEM_APPOSITIVE},\s*)?for\s+$`, 'i');

/** A count before a noun: "two quarries", "several stations". */
const NUMBER_WORD =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many|\d[\d,.]*)\b/i;

/** An amount of money's worth of something, right after a buying verb: "$1.5 billion (worth) of". */
const MONEY_OF =
  /^\s+(?:(?:about|around|roughly|up to|some|nearly|more than|over)\s+)?(?:[$€£¥]|US\$)[\d.,]+\s*(?:million|billion|trillion|bn|m)?\s+(?:worth\s+)?of\s+/i;

/** Securities or a business within a few words: "of Quellar's shares", "of its convertible bonds". */
const SECURITIES_AHEAD =
  /^(?:[^.;,]{0,50}?\s)?(?:shares|stock|stake|equity|bonds?|notes|debt|loans?|securities|assets|business|unit|division)\b/i;

/**
 * Goods bought for an amount of money: a contract with the maker, named by its possessive ("of Quellar's
 * accelerators"), by "from X", or by "its" when the sentence's speaker makes them ("Quellar said Mirando
 * agreed to buy $1.5 billion of its accelerators"). Null when no maker is named.
 */
function goodsBought(r: CueReading, actor: Entity, at: number): ShapeResult | null {
  const { t, right, clauseEnd } = r;
  const rest = t.slice(at, clauseEnd);
  const maker =
    right.find((m) => m.entity !== actor && m.rel === at && /^['’]s?\s/.test(t.slice(m.relEnd))) ??
    right.find(
      (m) =>
        m.entity !== actor &&
        m.rel < clauseEnd &&
        /\bfrom\s+(?:[\w-]+\s+){0,2}$/i.test(t.slice(at, m.rel)) &&
        !t.slice(at, m.rel).includes(';'),
    ) ??
    (/^(?:its|their)\s/i.test(rest)
      ? r.sentenceMentions.find((m) => m.entity !== actor && m.rel < r.cueStart)
      : undefined);
  if (!maker) return null;
  return { parties: [r.party(maker.entity, 'supplier'), r.party(actor, 'customer')], contractType: true };
}

/** "Gaia Power's 40% stake": a holder's possessive before the stake it holds. */
const HOLDER_STAKE =
  /^['’]s?\s+(?:(?:entire|remaining|whole|majority|minority|controlling|\d+(?:\.\d+)?\s?(?:%|percent|per\s?cent))\s+)*(?:stake|holding|interest|shareholding|position)\b/i;

/**
 * What a purchase noun bought, named right before it: "its big fleet purchase", "its warehouse portfolio
 * acquisition" (a describing word such as "big" or "latest" is left out). Only a business or assets that
 * change hands count: "its chip purchase from Nvidia" is an order.
 */
const ASSETS_BEFORE_NOUN =
  /\b((?:(?!(?:its|their|the|big|biggest|large|largest|recent|latest|first|last)\b)[a-z][\w-]*\s+){0,2}(?:fleet|vessels|ships|tankers|rigs|business|unit|division|plants?|factory|assets|brand|operations|portfolio|mine|mill|field|stores|hotels|properties))\s+$/;

/** "helped ", "let ": right before the firm that then buys. */
const HELPED_BEFORE = new RegExp(String.raw`\b${ENABLING_VERBS}\s+$`, 'i');

/** actor-object: "Acme agreed to buy Beta". */
export function readAcquisition(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const {
    ctx,
    s,
    si,
    t,
    cue,
    cueStart,
    cueEnd,
    clauseStart,
    left,
    right,
    coordinated,
    afterObject,
    participle,
  } = r;
  // "a sum that helped Klongsan buy Ekkachai": the firm helped is the one that buys.
  const helped = left.at(-1);
  const helpedBuys =
    helped &&
    HELPED_BEFORE.test(t.slice(Math.max(0, helped.rel - 12), helped.rel)) &&
    /^\s*(?:\([^()]{1,30}\)\s*)?$/.test(t.slice(helped.relEnd, cueStart));
  let actor = helpedBuys
    ? helped.entity
    : coordinated || afterObject
      ? r.notEarlierObject(r.coordSubject())
      : participle
        ? r.antecedent()
        : r.actorBefore();
  // "agreed to buy $1.5 billion of Quellar's AI accelerators", "$1.5 billion worth of chips from X": an
  // amount of money's worth of goods is an order, never a takeover of the firm that makes them.
  // "$500 million of Quellar's shares" or "of its bonds" is a stake or debt, read as before.
  const moneyOf = MONEY_OF.exec(t.slice(cueEnd));
  const goodsAt = moneyOf ? cueEnd + moneyOf[0].length : -1;
  if (moneyOf && actor && !SECURITIES_AHEAD.test(t.slice(goodsAt, goodsAt + 80)))
    return goodsBought(r, actor, goodsAt);
  const related = r.skipRelation(right);
  const first = related[0];
  // "buy the cybersecurity unit of X" / "buy the unit from X": X sells, the unit changes hands.
  const partOf = first ? assetBeforeOwner(t.slice(cueEnd, first.rel)) : null;
  let target = r.directObject(first) || partOf || related !== right ? first!.entity : null;
  // "Dunmore shares jumped after Halvard agreed to buy the company": the sentence's opening company.
  // "Serra Azul bought control of the company in 2019": the company whose sale the article just told.
  // "Seagen rose after Pfizer agreed to acquire the cancer drug developer": so does a description.
  //   A description needs the opening company to be what the deal happened to ("…after Pfizer agreed"),
  //   not a broker or whoever merely said it.
  const pointsBack = POINTS_BACK.test(t.slice(cueEnd));
  const described = !pointsBack && DESCRIBED.test(t.slice(cueEnd));
  // "X reached an agreement with Y to acquire the company": the company is Y.
  if (!target && pointsBack && r.agreedWith && r.agreedWith.entity !== actor) target = r.agreedWith.entity;
  // "…with Y to buy its snacks unit": Y sells a business of its own.
  const ownAsset =
    r.agreedWith && !target
      ? /^\s+its\s+([^.;,()$€£]{2,60}?)(?=\s+(?:for|from|in|at|with|under|,)\b|[.;,]|$)/.exec(t.slice(cueEnd))
      : null;
  const soldAsset = ownAsset ? cleanAsset(ownAsset[1]) : null;
  if (actor && soldAsset && r.agreedWith!.entity !== actor)
    return { parties: [r.party(actor, 'buyer'), r.party(r.agreedWith!.entity, 'seller')], asset: soldAsset };
  if (!target && (pointsBack || described)) {
    const opening = r.sentenceMentions[0];
    if (
      opening &&
      opening.rel <= 30 &&
      opening.entity !== actor &&
      opening.relEnd <= cueStart &&
      (pointsBack ||
        (AFTER_WHAT.test(t.slice(opening.relEnd, cueStart)) && !isBrokerName(opening.entity.name)))
    )
      target = opening.entity;
    else if (actor && pointsBack) {
      const buyer = actor;
      const told = drafts
        .recent(si, 3, (d) => d.parties.some((p) => p.role === 'target' && p.key !== buyer.key))
        ?.parties.find((p) => p.role === 'target');
      target = told ? (ctx.companies.byKey(told.key) ?? null) : null;
    }
  }
  // "Sablefin sells plant software; Francisco bought it from its founders in 2021": "it", right after a
  // named buyer, is the company this sentence (or the one just before, in the same paragraph) opens with.
  // "Shares of Hess jumped after Chevron agreed to buy it": so is the company that opens the sentence
  // when the deal is what happened to it.
  const subject = left[left.length - 1];
  const subjectRightBefore = subject !== undefined && SUBJECT_TO_VERB.test(t.slice(subject.relEnd, cueStart));
  if (
    !target &&
    actor &&
    subjectRightBefore &&
    /^\s*it\b(?!\s+(?:is|was|has|had|will|would)\b)/i.test(t.slice(cueEnd))
  ) {
    const prev = si > 0 ? ctx.sentences[si - 1]! : null;
    const here = r.sentenceMentions[0];
    const opening =
      here &&
      here.entity !== actor &&
      !isBrokerName(here.entity.name) &&
      (here.rel <= 3 ||
        (here.rel <= 30 && here.relEnd <= subject.rel && AFTER_WHAT.test(t.slice(here.relEnd, subject.rel))))
        ? here
        : prev && !/\n\s*\n/.test(ctx.text.slice(prev.end, s.start))
          ? mentionsIn(ctx, prev).find((m) => m.rel <= 3 && m.entity !== actor)
          : undefined;
    if (opening) target = opening.entity;
  }
  // "OpenAI held early talks about buying the startup": the private firm the sentences before named.
  if (!target && actor && /^\s*the\s+(?:[\w-]+\s+)?start-?up\b/i.test(t.slice(cueEnd))) {
    const startup = recentPrivateFirm(ctx, si);
    if (startup && startup !== actor) target = startup;
  }
  // "Etsy shares jumped after eBay approached the marketplace about…": the sentence's opening company.
  if (!target && cue.status === 'rumored' && /^\s*the\s+(?:[\w-]+\s+){0,3}?about\b/i.test(t.slice(cueEnd))) {
    const opening = r.sentenceMentions[0];
    if (opening && opening.rel <= 30 && opening.entity !== actor) target = opening.entity;
  }
  // "Fenwater designs coolers. Dorsey Lane bought the company from its founders in 2022": with no deal
  // told just before, the company the previous sentence of the paragraph opens with.
  if (!target && actor && pointsBack) target = r.previousOpener(actor);
  // "…by buying out Gaia Power's 40% stake": a holder's stake bought, the holder sells; the company the
  // stake is in is the one the sentence took control of, if it names one.
  const holder = target && first && first.entity === target ? first : undefined;
  if (actor && holder && HOLDER_STAKE.test(r.afterOwner(holder))) {
    // "X took control of Y by buying out Z's stake": the participle's actor is the sentence's subject.
    const opener = r.sentenceMentions[0];
    const buyer =
      /\b(?:by|after|through)\s+$/i.test(t.slice(0, cueStart)) && opener && opener.rel <= 30
        ? opener.entity
        : actor;
    const inCompany = left.find((m) => m.entity !== buyer && m.entity !== holder.entity);
    if (buyer === holder.entity) return null;
    return {
      parties: [
        r.party(buyer, 'buyer'),
        ...(inCompany ? [r.party(inCompany.entity, 'target')] : []),
        r.party(holder.entity, 'seller'),
      ],
    };
  }
  // "agreed to buy two quarries in Georgia from Acme": assets bought from a named seller. "its fleet
  // purchase from Euronav": the noun's seller right after it, what was bought before it.
  const assetsBeforeNoun = /^(?:purchase|acquisition)$/i.test(t.slice(cueStart, cueEnd))
    ? ASSETS_BEFORE_NOUN.exec(t.slice(Math.max(0, cueStart - 40), cueStart))?.[1]
    : undefined;
  const nounFrom = !!assetsBeforeNoun;
  const fromSeller =
    !target && actor && !/['’]s?$/.test(first?.text ?? '')
      ? right.find(
          (m) =>
            m.entity !== actor &&
            m.rel - cueEnd <= 160 &&
            ((nounFrom && /^\s+from\s+(?:the\s+)?$/i.test(t.slice(cueEnd, m.rel))) ||
              /^\s+(?:an?\s+|the\s+|two\s+|three\s+|\d[\d.,]*\s+(?:million\s+|billion\s+)?|several\s+)?(?:[a-z][\w\s,'’-]{2,60}?|(?:LNG|LPG|CNG|GPUs?)\b[\w\s,'’-]{0,60}?)\s+from\s+(?:[\w-]+\s+){0,2}$/.test(
                t.slice(cueEnd, m.rel),
              ) ||
              // "the 1,100-MW Bayou Crest gas plant near Lake Charles, Louisiana, from independent power
              // producer LS Power": a longer, named asset, told by its head noun.
              /^\s+(?:an?|the|its|\d[\d,.]*)\s+[^.;()]{2,120}?\b(?:plant|plants|station|facility|refinery|mine|mill|terminal|pipeline|portfolio|business|unit|division|assets|brand|factory|stores|hotels|properties)\b[^.;()]{0,60}?\s+from\s+(?:[a-z][\w-]*\s+){0,4}$/.test(
                t.slice(cueEnd, m.rel),
              )) &&
            !/\b(?:stake|shares|stock|bonds?|notes|debt)\b/i.test(t.slice(cueEnd, m.rel)),
        )
      : undefined;
  if (fromSeller && actor) {
    // "…from GE under a supply agreement", "signed an agreement to buy robots from X": buying
    // products is a contract, not an acquisition.
    // "signed a 25-year agreement last year to buy power from X": a commodity bought is supply, too.
    const bought = t.slice(cueEnd, fromSeller.rel);
    const goods =
      (/\b(?:agreement|contract|deal|order|pact)\s+(?:[\w-]+\s+){0,3}?to\s+(?:buy|purchase)\s*$/i.test(
        t.slice(clauseStart, cueEnd),
      ) &&
        !BUSINESS_BOUGHT.test(bought)) ||
      /^\s+(?:[\w-]+\s+){0,3}?(?:power|electricity|energy|natural gas|LNG|crude|fuel|uranium|chips|memory|cells|batteries)\s+from\b/i.test(
        bought,
      ) ||
      // "to buy 1 million tonnes a year of LNG from X": an amount of goods, not a business.
      /^\s+(?:(?:about|around|roughly|up to|some|nearly)\s+)?[\d.,]+\s*(?:million\s+|billion\s+|m\s+)?(?:metric\s+)?(?:tonnes|tons|barrels|cargoes|megawatts|gigawatts|MW|GW|MWh|GWh|units|doses|ounces|bushels|cubic)\b/i.test(
        bought,
      );
    // "buys wheat from Y under a five-year contract": goods, not a business, bought under a contract.
    const underContract = UNDER_CONTRACT.test(t.slice(fromSeller.relEnd)) && !BUSINESS_BOUGHT.test(bought);
    if (goods || underContract || SUPPLY_TERMS.test(t.slice(fromSeller.relEnd))) {
      return {
        parties: [r.party(fromSeller.entity, 'supplier'), r.party(actor, 'customer')],
        contractType: true,
      };
    }
    const what =
      assetsBeforeNoun ??
      t
        .slice(cueEnd, fromSeller.rel)
        .replace(/\s+from\s+(?:[\w-]+\s+){0,2}$/, '')
        .trim();
    const asset = cleanAsset(what);
    // "bought annuities from Prudential", "buys turbines from GE": the seller's products, no business or
    // counted assets ("two quarries", "four tankers" stay a purchase of assets).
    if (
      !asset &&
      /^(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!ss)s$/.test(what) &&
      !NUMBER_WORD.test(what) &&
      !BUSINESS_BOUGHT.test(what)
    )
      return {
        parties: [r.party(fromSeller.entity, 'supplier'), r.party(actor, 'customer')],
        contractType: true,
      };
    return { parties: [r.party(actor, 'buyer'), r.party(fromSeller.entity, 'seller')], asset };
  }
  // "starting with four Virginia plants it bought from Dominion Energy in 2019": what was bought is told
  // before the verb, its seller right after it.
  if (
    !target &&
    actor &&
    first &&
    first.entity !== actor &&
    /^\s+from\s+$/.test(t.slice(cueEnd, first.rel)) &&
    ASSETS_IT.test(t.slice(Math.max(0, cueStart - 60), cueStart))
  )
    return { parties: [r.party(actor, 'buyer'), r.party(first.entity, 'seller')] };
  // "an update on the $2.4 billion agreement to acquire X", "its pending purchase of X": a deal told
  // as a noun phrase, its buyer the company the passage is about.
  if (
    !actor &&
    target &&
    first &&
    !left.length &&
    !/^[^.;]{0,40}?\bby\s/.test(t.slice(first.relEnd)) &&
    (/\b(?:the|its|their)\s+(?:[\w$£€¥.,~-]+\s+){0,4}?(?:agreement|deal|plan|offer|bid|proposal)\s+$/i.test(
      t.slice(clauseStart, cueStart),
    ) ||
      /^(?:takeover|acquisition|purchase|buyout) of/i.test(t.slice(cueStart, cueEnd))) &&
    /\b(?:its|their|the)\s+(?:(?:pending|planned|proposed|agreed|announced|\$[\d.,]+\s+(?:billion|million))\s+){0,2}(?:[\w-]+\s+){0,3}$/i.test(
      t.slice(Math.max(0, cueStart - 60), cueStart),
    )
  ) {
    const implied = passageSubject(ctx, si);
    if (implied && implied !== target) actor = implied;
  }
  // "The acquisition of X gives Y a foothold in…": a noun-phrase subject, its buyer the company the verb
  // hands the gain to. Only a deal told as settled ("The", "This", "Its"): "A purchase of X would deepen
  // Y's bet" is talk.
  if (
    !actor &&
    target &&
    first &&
    !left.length &&
    /^(?:takeover|acquisition|purchase|buyout) of/i.test(t.slice(cueStart, cueEnd)) &&
    /^\s*(?:the|this|its)\s+(?:[\w$.,-]+\s+){0,3}$/i.test(t.slice(clauseStart, cueStart))
  ) {
    const gainer = right.find(
      (m) =>
        m.entity !== target &&
        /^\s*(?:\([^()]*\)\s*)?(?:will\s+)?(?:gives?|gave|brings?|brought|hands?|handed|lets?|allows?|allowed|helps?|helped|makes?|made|turned|provides?|provided|offers?|adds|added|expands?|expanded|extends?|extended|bolsters?|bolstered|strengthens?|strengthened|deepens?|deepened)\s+$/i.test(
          t.slice(first.relEnd, m.rel),
        ),
    );
    if (gainer) actor = gainer.entity;
  }
  if (!actor || !target) return null;
  // "bought A for $1.2 billion and B for $400 million", "deals to buy A, B and C": one deal per
  // company of a list that ends with "and" (a headline's "X buys A, B is taking over C" is no list).
  if (first && first.entity === target && cue.type === 'acquisition') {
    const items: Array<{ m: SentenceMention; and: boolean }> = [];
    let at = first.relEnd;
    for (const m of right.filter((x) => x.rel > first.relEnd)) {
      const gap = t.slice(at, m.rel);
      if (m.entity === target || /^\s*\(?[^()]{0,30}\)\s*$/.test(gap)) {
        at = m.relEnd;
        continue;
      }
      const g = LIST_GAP.exec(gap);
      if (!g || m.entity === actor) break;
      // A list item ends the phrase; one followed by its own verb starts a new clause.
      if (
        !/^\s*(?:\([^()]*\)\s*)?(?:[,.;:]|$|for\b|and\b|in\b|from\b|as\b|later\b|earlier\b|last\b|[—–])/.test(
          t.slice(m.relEnd),
        )
      )
        break;
      items.push({ m, and: /and/.test(g[1]!) });
      at = m.relEnd;
    }
    const andAt = items.findIndex((i) => i.and);
    for (const { m } of andAt >= 0 && andAt === items.length - 1 ? items : []) {
      const extra = baseDraft(ctx, s, si, 'acquisition', cueStart, cueEnd, true);
      const tail = t.slice(m.relEnd, m.relEnd + 160);
      const price = findMoney(tail).find((x) => ITEM_PRICE_LEAD.test(tail.slice(0, x.start)));
      extra.value = price
        ? { amount: price.amount, currency: price.currency, qualifier: price.qualifier, text: price.text }
        : null;
      extra.parties = [r.party(actor, 'buyer'), r.party(m.entity, 'target')];
      drafts.extra.push(extra);
    }
  }
  // The target found without a mention after the cue: no owner or asset to read there, but a seller
  // may follow ("acquired the business in 2019 from the French cement group Vicat").
  if (!first || first.entity !== target) {
    const seller = first && first.entity !== actor ? sellerAfter(r, cueEnd, target, actor) : undefined;
    return {
      parties: [
        r.party(actor, 'buyer'),
        r.party(target, 'target'),
        ...(seller ? [r.party(seller.entity, 'seller')] : []),
      ],
    };
  }
  // "buy the engines from GE under a supply agreement": products bought from X are a contract.
  if (partOf && SUPPLY_TERMS.test(t.slice(first.relEnd))) {
    return { parties: [r.party(first.entity, 'supplier'), r.party(actor, 'customer')], contractType: true };
  }
  // "buy Blackstone-backed Verity": the hyphenated owner sells, the company after it is bought.
  const owned = related.find((m) => m.entity !== target && m.entity !== actor);
  if (
    owned &&
    /^-(?:backed|owned|controlled)\s+(?:[\w-]+\s+){0,2}$/i.test(t.slice(first.relEnd, owned.rel))
  ) {
    return { parties: [r.party(actor, 'buyer'), r.party(owned.entity, 'target'), r.party(target, 'seller')] };
  }
  // "buy X's fiber business": X is the seller and the business is what is bought.
  const asset = partOf ?? possessedAsset(r.afterOwner(first));
  const parties = [r.party(actor, 'buyer'), r.party(target, asset ? 'seller' : 'target')];
  // "acquire Verity, a sensor maker owned by Blackstone": the owner sells.
  const ownerM = !asset ? r.ownerAfter(first) : undefined;
  if (ownerM && ownerM.entity !== actor) parties.push(r.party(ownerM.entity, 'seller'));
  // "…prompting the board to drop its support for a lower offer from KKR": a rival bidder, no seller.
  // "…for X in 2019 and last year bought Y from Z": a seller named past the next verb is that deal's.
  const from = sellerAfter(r, first.relEnd, target, actor);
  if (from) parties.push(r.party(from.entity, 'seller'));
  // "BHP and Lundin Mining agreed to jointly acquire Filo", "A consortium of A, B and C agreed to buy X":
  // several buyers, the list that opens the clause.
  parties.unshift(...coBuyers(r, actor, target).map((co) => r.party(co, 'buyer')));
  return { parties, asset };
}

/** The gap between two names of a list: a comma, "and", or both. */
const LIST_JOIN = /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+)?|\s*and\s+)$/;
/** "A consortium of", "a group comprising": words that open a list of buyers. */
const BUYING_GROUP = new RegExp(
  String.raw`\b(?:${CONSORTIUM_OF}|group\s+(?:of|comprising|made\s+up\s+of))\s+$`,
  'i',
);

/**
 * The actor's fellow buyers, in order: the names listed before it in the clause's subject ("A, B and C
 * agreed to buy"), the list joined by an "and" right before the actor. None when the list follows a
 * preposition other than a buying group's "of" ("a stake from A and B").
 */
function coBuyers(r: CueReading, actor: Entity, target: Entity): Entity[] {
  const { t, left, cueStart } = r;
  const last = left[left.length - 1];
  if (!last || last.entity !== actor || !SUBJECT_TO_VERB.test(t.slice(last.relEnd, cueStart))) return [];
  const found: SentenceMention[] = [];
  let next = last;
  for (let i = left.length - 2; i >= 0; i--) {
    const m = left[i]!;
    const gap = t.slice(m.relEnd, next.rel);
    if (!LIST_JOIN.test(gap) || (next === last && !/\band\s+$/.test(gap))) break;
    if (m.entity === actor || m.entity === target) return [];
    found.unshift(m);
    next = m;
  }
  const head = found[0];
  if (!head) return [];
  const before = t.slice(Math.max(0, head.rel - 40), head.rel);
  if (
    /\b(?:of|for|in|at|from|with|to|by|comprising)\s+(?:the\s+)?$/i.test(before) &&
    !BUYING_GROUP.test(before)
  )
    return [];
  return found.map((m) => m.entity);
}

/**
 * The firm a company is bought "from", after `from` (the target's mention or the verb): not a rival's
 * "offer from X", and not a seller of a deal told past the next verb ("…for X in 2019 and last year
 * bought Y from Z") or in a clause of its own.
 */
function sellerAfter(
  r: CueReading,
  from: number,
  target: Entity,
  actor: Entity,
): SentenceMention | undefined {
  const { t } = r;
  return r.right.find((m) => {
    if (m.rel < from || m.entity === target || m.entity === actor) return false;
    const lead = t.slice(Math.max(0, m.rel - 40), m.rel);
    return (
      !/\band\s+(?:[\w-]+\s+){0,3}?(?:bought|acquired|purchased|sold|took|paid|agreed|signed|won)\b|;|,\s+(?:which|while|but)\b/.test(
        t.slice(from, m.rel),
      ) &&
      /\bfrom\s+(?:[\w-]+\s+){0,4}$/i.test(lead) &&
      !/\b(?:offer|bid|proposal|approach|interest)\s+from\s+(?:[\w-]+\s+){0,3}$/i.test(lead)
    );
  });
}
