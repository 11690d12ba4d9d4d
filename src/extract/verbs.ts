/**
 * Deal verbs as a lexicon instead of hand-written alternations: each verb is listed once with its
 * forms, and the cue patterns are built from it, so every verb gets every tense and auxiliary ("would
 * buy", "is nabbing", "has snapped up") without a phrase being forgotten. Regular forms are derived;
 * irregular ones are given in the table. A particle ("up", "over") follows every form.
 */

export interface VerbForms {
  /** "buy", "snap up": after "to", "will", "would". */
  base: string;
  /** "buys", "snaps up": a present-tense headline. */
  s: string;
  /** "bought", "snapped up". */
  past: string;
  /** "bought", "taken over": after "has" and in the passive. */
  pp: string;
  /** "buying", "snapping up". */
  ing: string;
}

interface Irregular {
  past?: string;
  pp?: string;
  ing?: string;
  /** The final consonant doubles before -ed and -ing ("nab" → "nabbed"). */
  double?: boolean;
}

/** The five forms of a verb written as "buy" or "snap up" (the particle is kept after each form). */
export function inflect(phrase: string, irregular: Irregular = {}): VerbForms {
  const [head, ...rest] = phrase.split(' ');
  const particle = rest.length ? ` ${rest.join(' ')}` : '';
  const v = head!;
  const stem = irregular.double ? v + v.at(-1)! : v;
  const s = /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  const ed = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${stem}ed`;
  const ing = irregular.ing ?? (/[^e]e$/.test(v) ? `${v.slice(0, -1)}ing` : `${stem}ing`);
  const past = irregular.past ?? ed;
  return {
    base: v + particle,
    s: s + particle,
    past: past + particle,
    pp: (irregular.pp ?? past) + particle,
    ing: ing + particle,
  };
}

/** Verbs whose object is the company (or business) that changes hands to the subject. */
export const ACQUIRE_VERBS: VerbForms[] = [
  inflect('acquire'),
  inflect('buy', { past: 'bought' }),
  inflect('purchase'),
  inflect('take over', { past: 'took', pp: 'taken' }),
  inflect('absorb'),
  inflect('snap up', { double: true }),
  inflect('scoop up'),
  inflect('gobble up'),
  inflect('nab', { double: true }),
  inflect('snag', { double: true }),
  inflect('buy out', { past: 'bought' }),
  inflect('pick up'),
  inflect('bag', { double: true }),
  inflect('take control of', { past: 'took', pp: 'taken' }),
  inflect('take full control of', { past: 'took', pp: 'taken' }),
  inflect('take full ownership of', { past: 'took', pp: 'taken' }),
];

/** Verbs whose object is a business the subject gives up (to a buyer named after "to"). */
export const SELL_VERBS: VerbForms[] = [
  inflect('sell', { past: 'sold' }),
  inflect('offload'),
  inflect('unload'),
  inflect('divest'),
  inflect('dispose of'),
  inflect('hive off'),
  inflect('part with'),
  inflect('hand control of'),
  inflect('hand over'),
];

/** Verbs that put money into a company named after "into"/"in"/"on": "poured $2 billion into X". */
export const FUND_VERBS: VerbForms[] = [
  inflect('pour'),
  inflect('put', { past: 'put', double: true }),
  inflect('plow'),
  inflect('plough'),
  inflect('inject'),
  inflect('sink', { past: 'sank', pp: 'sunk' }),
  inflect('bet', { past: 'bet', double: true }),
];

/** Verbs of two companies working together: "teams with", "joined forces with", "allied with". */
export const PARTNER_VERBS: VerbForms[] = [
  inflect('partner'),
  inflect('team'),
  inflect('team up'),
  inflect('join forces'),
  inflect('join hands'),
  inflect('ally'),
  inflect('tie up', { ing: 'tying' }),
  inflect('link up'),
  inflect('collaborate'),
  inflect('cooperate'),
];

/** Auxiliaries before a base form: an intention or an agreement, not yet done. */
const BASE_BEFORE = String.raw`(?:to|will|would|shall|'ll|’ll)(?:\s+(?:jointly|also))?`;
/** Auxiliaries before an -ing form. */
const ING_BEFORE = String.raw`(?:is|are|was|were|be|been)`;

/**
 * One alternation for many phrases, factored word by word into a trie ("take over|take control of" →
 * "take\s+(?:control\s+of|over)"): the regex engine then tries each first word once instead of once per
 * phrase, which is most of the cost of these patterns. Longer words come first among siblings, so
 * "buying" is tried before "buy".
 */
function alt(phrases: string[]): string {
  return trie([...new Set(phrases)].map((p) => p.split(/\s+/)));
}

function trie(seqs: string[][]): string {
  const byHead = new Map<string, string[][]>();
  for (const [head, ...rest] of seqs) byHead.set(head!, [...(byHead.get(head!) ?? []), rest]);
  return [...byHead]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([head, rests]) => {
      const longer = rests.filter((r) => r.length);
      if (!longer.length) return head;
      const tail = String.raw`\s+(?:${trie(longer)})`;
      return rests.some((r) => !r.length) ? `${head}(?:${tail})?` : `${head}${tail}`;
    })
    .join('|');
}

/**
 * The active forms of `verbs` as one regex alternation (no capture groups): "to buy", "will buy",
 * "buys", "bought", "has bought", "is buying" and the bare participle "buying". The passive ("was
 * bought by") is `passiveForms`.
 */
export function activeForms(verbs: VerbForms[]): string {
  const base = alt(verbs.map((v) => v.base));
  const ing = alt(verbs.map((v) => v.ing));
  const finite = alt(verbs.flatMap((v) => [v.s, v.past]));
  return String.raw`${BASE_BEFORE}\s+(?:${base})|${perfectForms(verbs)}|(?:${ING_BEFORE}\s+)?(?:${ing})|${finite}`;
}

/** The past participle of `verbs` ("bought", "taken over"): after "has", "was" or "being". */
export function participleForms(verbs: VerbForms[]): string {
  return alt(verbs.map((v) => v.pp));
}

/** The passive with its agent: "was bought by", "will be taken over by", "agreed to be acquired by". */
export function passiveForms(verbs: VerbForms[]): string {
  // "was itself taken over by", "was later acquired by": a word between the verb's parts.
  return String.raw`(?:is|are|was|were|been|being|be)\s+(?:[\w-]+ly\s+|itself\s+|themselves\s+|later\s+|also\s+|then\s+|since\s+)?(?:${participleForms(verbs)})\s+by`;
}

/** The past tense of `verbs` ("bought", "snapped up"), a deal told as done. */
export function pastForms(verbs: VerbForms[]): string {
  return alt(verbs.map((v) => v.past));
}

/** The perfect ("has bought", "have taken over"): a deal told as done. */
export function perfectForms(verbs: VerbForms[]): string {
  return String.raw`(?:has|have|had)\s+(?:already\s+|also\s+|now\s+|since\s+)?(?:${participleForms(verbs)})`;
}

/** The last word of every form of `verbs` ("bought", "up", "of"), for a cheap look-behind. */
export function tailWords(verbs: VerbForms[]): string {
  return alt(verbs.flatMap((v) => [v.base, v.s, v.past, v.pp, v.ing].map((f) => f.split(' ').pop()!)));
}

/** The first word of every form of `verbs` ("buy", "bought", "snapping"), for a cheap first look. */
export function headWords(verbs: VerbForms[]): string {
  return alt(headWordList(verbs));
}

/** The words of `headWords` as a list. */
export function headWordList(verbs: VerbForms[]): string[] {
  return [...new Set(verbs.flatMap((v) => [v.base, v.s, v.past, v.pp, v.ing].map((f) => f.split(' ')[0]!)))];
}

// Nouns shared by the company slots (companies/slot-patterns.ts) and the deal cues and shapes, so a noun
// added to one is read by both.
/** What a past deal bought, named before it: "the GetGo chain it bought", "the Cerner business that…". */
export const BOUGHT_UNIT_NOUNS = String.raw`(?:chains?|business(?:es)?|brands?|units?|division|stations|stores|operations|assets|arm|network|portfolio|label|franchise|catalog(?:ue)?|platform|service|app)`;
/** A counterpart described before its name: "to its partner, X", "from its parent, Y". */
export const COUNTERPART_NOUNS = String.raw`(?:partner|rival|peer|shareholder|founder|customer|supplier|parent|owner|investor|co-owner)s?`;

/**
 * How a would-be buyer gives up, shared by the readers of dropped bids: "walked away", "pulled out",
 * "backed off", "bowed out", "decided against it", "opted in the end not to".
 */
export const GAVE_UP = String.raw`walked\s+away|pulled\s+out|backed\s+(?:away|off)|bowed\s+out|(?:decided|deciding|opted|opting|chose|choosing)\s+(?:[\w-]+\s+){0,3}?(?:against|not\s+to)`;

/** A share told by its size: "20%", "9.9 per cent", "51 percent", "40pc", "a 60-percent stake", "30-per-cent". */
export const PERCENT_SIZE = String.raw`\d+(?:\.\d+)?(?:%|(?:[^\S\n]|-)?(?:percent|per(?:[^\S\n]|-)?cent|pct|pc)\b)`;

/** Verbs that let another firm act: "a sum that helped Klongsan buy Ekkachai", "let X acquire Y". */
export const ENABLING_VERBS = String.raw`(?:help|helps|helped|helping|let|lets|letting)`;

/** What a producer sells forward under purchase agreements: "its output", "the power", "volumes". */
export const OUTPUT_NOUNS = String.raw`(?:output|power|electricity|capacity|production|volumes?|offtake)`;

/** "a consortium of", "an investor group led by": the words before the members of a buying group. */
export const CONSORTIUM_OF = String.raw`(?:consortium|club|investor[^\S\n]+group)[^\S\n]+(?:of|comprising|including|made[^\S\n]+up[^\S\n]+of|led[^\S\n]+by|formed[^\S\n]+by)`;
