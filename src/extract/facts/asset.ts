/**
 * What changes hands in a deal, or what a partnership covers, when the sentence names it: "Lumen's
 * Mass Markets fiber business", "the cybersecurity unit of X", "partner with X on its Y service",
 * "pairs A's Foundry software with B's network". Short (at most 8 words) and null when unsure: an
 * asset phrase must end in a word that names a business or product, so a stray clause never passes.
 */

export const ASSET_MAX_WORDS = 8;

/**
 * What a firm buys when it buys a business rather than goods ("bought the packaging unit from Y", not
 * "buys wheat from Y"); a possessive ("the company's systems") names goods of that company.
 */
export const BUSINESS_BOUGHT =
  /\b(?:business|unit|division|plants?|factory|stake|shares|stock|assets?|brand|operations|subsidiary|company|portfolio|site|mine|field|rights|interest)\b(?!['’])/i;

/** Head nouns of a business or a set of assets that can be sold. */
const BUSINESS_HEAD =
  /\b(business(?:es)?|unit|units|division|divisions|arm|operations?|assets|portfolio|brands?|segment|subsidiary|subsidiaries|plants?|factory|factories|mills?|mines?|refinery|refineries|stores|hotels|properties|centers|centres|network|franchise|fleet|line|lines|stake|holdings|studio|studios|label|titles|patents|licen[cs]es|rights|pipelines?|terminals?|fields|farms|branch(?:es)?|sites?|locations|facilities|restaurants|hospitals|clinics|chains?|outlets|shops|pharmacies|stations|warehouses|vessels|rigs|platform|services?|software|products?|chips?|technology|technologies|cloud|offerings?|solutions?|models?|systems?)$/i;

/** Products a partnership covers: a product noun, or a capitalised name inside the phrase. */
const PRODUCT_HEAD =
  /\b(platform|service|services|software|product|products|technology|technologies|cloud|network|offering|offerings|solution|solutions|models?|chips?|systems?|app|apps|tools?|suite|engine|fabric|console|marketplace)$/i;

const NOT_A_PRODUCT =
  /^(?:Nasdaq|NYSE|New York Stock Exchange|LSE|news|reports?|year|quarter|week|month|day|time|first|last|next|same|earnings|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

const LEAD_FILLER =
  /^(?:substantially all of\s+|all of\s+|most of\s+|part of\s+)?(?:(?:its|their|the|a|an|his|her)\s+)?/i;

/** Trims a candidate phrase and keeps it only when it reads as a short business or product name. */
export function cleanAsset(
  raw: string | null | undefined,
  kind: 'business' | 'product' | 'any' = 'business',
): string | null {
  if (!raw) return null;
  let a = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:.]+$/, '')
    .trim();
  for (let i = 0; i < 2; i++) a = a.replace(LEAD_FILLER, '').trim();
  if (!a || /[$€£¥%()"“”]/.test(a)) return null;
  const words = a.split(' ');
  if (words.length > ASSET_MAX_WORDS) return null;
  if (/^(it|its|them|this|that|these|those|stake|shares|stock|company|firm|group|deal)$/i.test(a))
    return null;
  // A clause, not a name: verbs and conjunctions that start a new thought.
  if (/\b(said|says|will|would|which|that|who|is|are|was|were|has|have|had|after|because|while)\b/i.test(a))
    return null;
  if (kind === 'any') return a;
  if (kind === 'business') return BUSINESS_HEAD.test(a) ? a : null;
  return PRODUCT_HEAD.test(a) || /\s[A-Z]/.test(` ${a}`.slice(1)) || /^[A-Z]/.test(a) ? a : null;
}

/**
 * The phrase after a company's possessive: "Lumen Technologies' (NYSE: LUMN) Mass Markets fiber business
 * for $5.75 billion" → "Mass Markets fiber business". `after` starts right after the company mention. A
 * full stop inside "U.S." or "U.K." (a letter and a stop, or a lower-case word, follow it) ends no phrase.
 */
export function possessedAsset(after: string, kind: 'business' | 'product' = 'business'): string | null {
  const m =
    /^\s*(?:['’]s?|\s*\([^)]{1,40}\)\s*['’]s?)\s*(?:\([^)]{1,40}\)\s*)?([A-Za-z][\w&'’.\- ]{1,90}?)(?=\s*(?:[,;:!?()]|\.(?![A-Za-z]\.|\s+[a-z])|$)|\s+(?:for|from|to|in|into|at|with|by|and|which|that|as|on|under|over|after|while|last|earlier|this|—|–)\b)/.exec(
      after,
    );
  return m ? cleanAsset(m[1], kind) : null;
}

/**
 * "the cybersecurity unit of " / "substantially all of the assets of " right before the company that
 * sells it: the asset phrase, else null.
 */
export function assetBeforeOwner(between: string): string | null {
  const m =
    /^\s*((?:substantially all of\s+)?(?:the|its|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+[\w&'’\- ]{2,80}?)\s+(?:of|from)\s+(?:the\s+)?$/i.exec(
      between,
    );
  return m ? cleanAsset(m[1]) : null;
}

const PAIR_NAME = String.raw`([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})`;
/** "pairs A's Foundry software with B's enterprise network" (built once, not per sentence). */
const PAIRED_PARTS = new RegExp(
  String.raw`\b(?:pair(?:s|ed|ing)?|combin(?:es|ed|ing)|integrat(?:es|ed|ing)|link(?:s|ed|ing)|connect(?:s|ed|ing)|bring(?:s|ing)? together)\s+${PAIR_NAME}['’]s?\s+(.{2,60}?)\s+(?:with|and|to)\s+${PAIR_NAME}['’]s?\s+(.{2,60}?)(?=\s*(?:[,;.]|$)|\s+(?:to|for|so|that|which|in order)\b)`,
);

/**
 * What a partnership covers, from the sentence that announces it: "partner with X on its Interconnect
 * service" or "pairs A's Foundry software with B's enterprise network" (the two named parts joined).
 * `owners` tells whether a possessor name is one of the deal's parties.
 */
export function partnershipAsset(text: string, owners: (name: string) => boolean): string | null {
  const pair = PAIRED_PARTS.exec(text);
  if (pair && owners(pair[1]!) && owners(pair[3]!)) {
    const a = cleanAsset(pair[2], 'product');
    const b = cleanAsset(pair[4], 'product');
    if (a && b && `${a} with ${b}`.split(' ').length <= ASSET_MAX_WORDS) return `${a} with ${b}`;
    if (a) return a;
  }
  // "will jointly develop chips for data centers": what they build together is what the deal covers.
  const joint =
    /\b(?:jointly|co-)\s*(?:develop|build|design|make|produce|market|sell|offer)\s+([^,;.]{3,80}?)(?=\s*(?:[,;.]|$)|\s+(?:that|which|to|by|in order|under|over|starting|beginning)\b)/i.exec(
      text,
    );
  if (joint) {
    const a = cleanAsset(joint[1], 'any');
    if (a && !NOT_A_PRODUCT.test(a)) return a;
  }
  const on =
    /\b(?:partner(?:ship|ed|s|ing)?|collaborat\w*|alliance|integration|team(?:ed|s|ing)? up)\b[^.;]{0,80}?\s(?:on|for|around)\s+((?:its|their|the)\s+[^,;.]{2,70}?)(?=\s*(?:[,;.]|$)|\s+(?:which|that|to|in order|so)\b)/i.exec(
      text,
    );
  if (on) {
    const a = cleanAsset(on[1], 'product');
    // "on the Nasdaq", "on the news", "for the first time": where or when, not what.
    if (a && NOT_A_PRODUCT.test(a)) return null;
    // Only a named product (a capitalised word) or a product noun: "on the project" is too vague.
    if (a && (/[A-Z]/.test(a) || PRODUCT_HEAD.test(a))) return a;
  }
  return null;
}
