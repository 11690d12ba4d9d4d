/**
 * A mention's value: the amount of money in the sentence that prices the cue's own deal (marked by
 * "valued at", "worth", "for" when possible), never a market value, revenue, debt or a price that
 * belongs to another clause (a relative clause, an earlier verb, a later participle).
 */
import { findMoney, type MoneyMatch } from '../../money.js';
import type { Money } from '../../../domain/facts.js';
import { ENDS_IN_PARTICIPLE, HAS_PARTICIPLE, inside, relativeSpans } from './clauses.js';
import type { DealType } from './types.js';

// "cash" is a balance ("$3 billion in cash"), unless it names the kind of deal ("an all-cash deal valued at")
// or a per-share price in cash is restated as a total ("$52 a share in cash, or about $1.7 billion").
const NOT_VALUE_BEFORE =
  /\b(market (?:cap|value|capitali[sz]ation)|valuation|revenue|sales|debt|savings|EPS|income|profit|loss|cash(?![\s-]+(?:and[\s-]+stock\s+)?(?:deal|transaction|offer|acquisition|takeover|purchase|bid|merger)\b|,?\s+or\b|,\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:deal|transaction|takeover|acquisition|purchase)\b)|(?<!\bfor (?:gross |total |aggregate |net )?)proceeds|using|retire|repay|bonds?|notes|buyback|dividend|capex|spending of|worth of stock|fine|settlement|rights issue|annual)\b[^$€£¥]{0,20}$/i;
// "to create a lender with $40 billion in assets": a size, not a price.
const NOT_VALUE_AFTER =
  /^\s*(?:in|of)\s+(?:annual\s+)?(revenue|sales|debt|savings|profit|bonds|notes|stock|shares)\b|^\s*in\s+(?:combined\s+|total\s+)?(?:assets|deposits|ebitda|backlog)\b|^\s*of\s+cash\b|^\s*(?:a|per) share\b|^\s*(?:reverse\s+)?(?:termination|break(?:-?up)?)\s+fee\b/i;

/** The words that mark an amount as the deal's price; "$52 a share in cash, or about $1.7 billion" gives the total. */
const MARKED =
  /\b(valued? (?:at|of)|worth|value (?:of|to)|total(?:ling)?(?!\s+(?:investment|stake|holding|funding|raised|commitment)\b)|for|deal of|price of|(?:purchase|acquisition|sale|transfer|transaction|deal) price (?:is|was|will be|totals?|of)|potential value(?: to)?|(?:ceiling|cap|maximum value) of|bringing (?!(?:its|their|the) (?:total|overall|cumulative)\b)[\w\s]{0,30}to|(?:a|per) share(?: in (?:cash|stock))?,? or)\s+(?:[\w-]+\s+){0,2}$/i;

const VALUING_RELATIVE =
  /^,\s+which\s+(?:values|valued|would value|will value|is valued|was valued|is worth|(?:could|would|might|may)\s+(?:fetch|be worth|value it at)|went\s+to\s+[^,;]{1,60}?\s+for)\b/;

/** "$150 million upfront", "$80 million in upfront cash": the first payment of a licence. */
const UPFRONT_AFTER = /^\s+(?:in\s+)?(?:upfront|up-front)\b/i;

/** "with Tamsin Ventures leading the round": a leader joining the round the clause before told. */
const LEADS_THE_ROUND =
  /^with\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,30}\)\s+){1,6}(?:leading|co-leading)\s+(?:the|its)\s+(?:round|financing|investment|raise)\b/;

export function valueNear(
  t: string,
  cueStart: number,
  cueEnd: number,
  type: DealType | null,
): { value: Money; marked: boolean } | null {
  // ", which it bought for $500 million in 2024,": a price inside a relative clause is that clause's,
  // and a cue inside one prices only from it.
  const relatives = relativeSpans(t);
  // "The offer, which values X at £1.1 billion, …", "a sale of its Castrol business, which could fetch as
  // much as $10 billion": a clause that values the cue's own deal (or what it sells) prices it.
  const own =
    relatives.find((r) => inside(r, cueStart, cueEnd)) ??
    relatives.find(
      (r) =>
        r[0] >= cueEnd &&
        r[0] - cueEnd <= 60 &&
        !/[,;]/.test(t.slice(cueEnd, r[0])) &&
        VALUING_RELATIVE.test(t.slice(r[0], r[1])),
    );
  const all = findMoney(t).filter(
    (m) =>
      isDealValue(t, m, type) &&
      (own ? inside(own, m.start, m.end) : !relatives.some((r) => inside(r, m.start, m.end))),
  );
  // No amount: nothing to pick (and no need to build the tests below, each renamed per call under tsx).
  if (!all.length) return null;
  const isMarked = (m: MoneyMatch): boolean => MARKED.test(t.slice(Math.max(0, m.start - 40), m.start));
  // "bought X for $4.9 billion and agreed to sell Y for $1.1 billion": the price after the cue is its own.
  // Other amounts are the cue's own only within its clause: "bought X for €3 million, and later led a $5
  // million round in Y" gives each deal its own amount, and so does "paid $4 billion for X in 2019 and last
  // year bought Y for $765 million", and "bought X in 2022 and added Y two years later for $140 million".
  // "agreed to buy X and will pay $60 million": a payment still to come is the cue's own price.
  const sameClause = (m: MoneyMatch): boolean =>
    !/,\s+(?:and|but|while|then)\s|,\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:bought|acquired|purchased|paid|sold|agreed|closed|completed|took|signed|snapped)\b|;\s|\s(?:and|but)\s+(?:would|will|also|agreed|plans?|said|then)\s(?!(?:also\s+)?(?:to\s+)?pay\s)|\s(?:and|but)\s+(?:[\w-]+\s+){0,3}?(?:bought|acquired|sold|purchased|paid|took|invested|signed|struck|won|completed|closed|offloaded|divested)\b|\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?[a-z]{3,}ed\s+(?:[A-Z]|\d|(?:a|an|the|its|their)\s)/.test(
      m.start >= cueEnd ? t.slice(cueEnd, m.start) : t.slice(m.end, cueStart),
    );
  // "sells X to Y for $2 billion, sells Z to W": a priced clause before the cue is an earlier verb's.
  // "…'s $2.7 billion purchase after selling X": a price before a participle is the main clause's.
  const participle = ENDS_IN_PARTICIPLE.test(t.slice(0, cueEnd));
  // "raised $60 million in new funding, with Y leading the round": the round the leader joins is the one told.
  const leadsTheRound = type === 'investment' && LEADS_THE_ROUND.test(t.slice(cueStart));
  const ownBefore = (m: MoneyMatch): boolean =>
    m.start >= cueEnd || (!participle && (leadsTheRound || !/,\s/.test(t.slice(m.end, cueStart))));
  // "…purchase of X after selling Y for $140 million": a price inside a later participle clause is its own.
  const beforeParticiple = (m: MoneyMatch): boolean =>
    m.start < cueEnd || !HAS_PARTICIPLE.test(t.slice(cueEnd, m.start));
  // "for $150 million upfront and up to $2 billion in milestones": a licence is valued at its total, the
  // largest "up to" ("as much as $1.2 billion more…, bringing the value to up to $1.35 billion").
  const upTo = all
    .filter((m) => m.qualifier === 'up to')
    .reduce<MoneyMatch | null>((a, m) => (!a || m.amount > a.amount ? m : a), null);
  if (type !== 'acquisition' && upTo && all.some((m) => UPFRONT_AFTER.test(t.slice(m.end, m.end + 20))))
    return {
      value: { amount: upTo.amount, currency: upTo.currency, qualifier: upTo.qualifier, text: upTo.text },
      marked: true,
    };
  const after = all
    .filter((m) => m.start >= cueStart && sameClause(m) && beforeParticiple(m))
    .sort((a, b) => a.start - b.start)[0];
  const before = all.filter((m) => m.end <= cueStart && cueStart - m.end < 40 && ownBefore(m)).pop();
  // "X's roughly $10.9 billion purchase of Y and Z's $7.4 billion purchase of W": an amount right before
  // the cue names its price; a later one is the next deal's, and an earlier one marked by "for" is the
  // earlier verb's ("agreed to buy X for $13.45 billion and months after Y closed its $7.75 billion…").
  const adjacent = before && /^\s*(?:[\w-]+\s+){0,2}$/.test(t.slice(before.end, cueStart)) ? before : null;
  const marked =
    all.find(
      (m) =>
        m.start >= cueEnd && m.start - cueEnd < 160 && isMarked(m) && beforeParticiple(m) && sameClause(m),
    ) ??
    all.find(
      (m) =>
        isMarked(m) &&
        sameClause(m) &&
        ownBefore(m) &&
        beforeParticiple(m) &&
        !(adjacent && m.end <= adjacent.start),
    ) ??
    all.find((m) => m.qualifier === 'up to');
  const pick = marked ?? adjacent ?? (after && after.start - cueEnd < 160 ? after : before);
  if (!pick) return null;
  return {
    value: { amount: pick.amount, currency: pick.currency, qualifier: pick.qualifier, text: pick.text },
    marked: pick === marked,
  };
}

function isDealValue(t: string, m: MoneyMatch, type: DealType | null): boolean {
  if (Math.abs(m.amount) < 1e6 || m.amount < 0) return false;
  if (NOT_VALUE_BEFORE.test(t.slice(Math.max(0, m.start - 40), m.start))) return false;
  // "was valued at $900 million in a round": a funding round's valuation is not the money it raised.
  if (
    type === 'investment' &&
    /\b(?:valued|values|valuing)\s+(?:\w+\s+){0,3}at\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+|over\s+)?$/i.test(
      t.slice(Math.max(0, m.start - 40), m.start),
    )
  )
    return false;
  // "ended the quarter with $3 billion in cash": a balance; "pay $2 billion in cash for X" is a price.
  if (
    /^\s*(?:in|of)\s+cash\b/i.test(t.slice(m.end)) &&
    !MARKED.test(t.slice(Math.max(0, m.start - 40), m.start)) &&
    !/\b(?:pay|pays|paid|paying|offer(?:ed|s|ing)?|bid)\s+(?:[\w-]+\s+){0,2}$/i.test(
      t.slice(Math.max(0, m.start - 30), m.start),
    )
  )
    return false;
  // A supply contract's value is the revenue it brings: "more than $300 million in revenue".
  // "bought X for $60 billion in stock" is a price paid in shares; "$60 million in stock" alone is a holding.
  if (
    NOT_VALUE_AFTER.test(t.slice(m.end, m.end + 30)) &&
    !(type === 'contract' && /^\s*in\s+revenue/i.test(t.slice(m.end))) &&
    !(
      /^\s*in\s+(?:stock|shares)\b/i.test(t.slice(m.end)) &&
      /\b(?:for|pay|pays|paid|paying)\s+(?:about|roughly|around|nearly|almost|some|more than|over)?\s*$/i.test(
        t.slice(Math.max(0, m.start - 30), m.start),
      )
    )
  )
    return false;
  return true;
}
