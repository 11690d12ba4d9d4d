/**
 * The whole-text patterns that find a private firm by the slot the text puts its name in: after a
 * description ("the short-seller Citron", "X, the hedge fund"), before a legal form, where a deal places
 * a company (what is bought, who sells, who leads a round, who advises), or as the subject of a deal verb.
 * Each pattern that would otherwise be tried at every capital has a cheap first look (PREFILTER); the
 * sets below tell resolveCompanies how to read each pattern's name, and isDealSlotName whether a name
 * read from a deal slot may stand as a firm. A pattern with the `g` flag keeps its lastIndex between
 * uses: whoever runs one resets it first.
 */
import { GIVEN_NAMES } from './given-names.js';
import {
  CAP,
  DESCRIBING_END,
  LEGAL_FORM_END,
  NAME_START,
  SUFFIX_END,
  SUFFIX_WORDS,
  WORD,
} from './firm-names.js';
import { namedAsPerson } from './one-word-names.js';
import { PLACES } from './places.js';
import { CAPITAL, nameKey } from './tokens.js';
import {
  ACQUIRE_VERBS,
  activeForms,
  BOUGHT_UNIT_NOUNS,
  CONSORTIUM_OF,
  COUNTERPART_NOUNS,
  FUND_VERBS,
  PARTNER_VERBS,
  participleForms,
  PERCENT_SIZE,
  passiveForms,
  SELL_VERBS,
  tailWords,
} from '../verbs.js';

export const SUFFIXED_NAME = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:,?[^\S\n]+(?:${CAP}|&|de|of)){0,4}?\s+(?:${SUFFIX_WORDS}))(?![\w-])(?!\s+(?:[A-Z&]|of\s+[A-Z]))`,
  'g',
);
export const APPOSITIVE = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,3}),\s+(?:one\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:companies|firms|groups|lenders|banks|insurers|operators|lessors|makers|producers|suppliers)(?![\w-])|(?:the|a|an)\s+(?:(?:privately|publicly|closely|family|employee|venture|founder)[- ](?:held|traded|owned|run|backed|led)\s+)?(?:(?!(?:at|of|for|with|in|from|to)\s)[\w-]+\s+){0,3}?(short[- ]seller|hedge fund|investment (?:bank|firm)|private[- ]equity (?:firm|group|fund)|asset manager|brokerage|research (?:firm|house)|activist(?: investor| fund)?|venture(?: capital)? firm|start-?up|company|firm|lender|bank|insurer|retailer|supplier|maker|manufacturer|developer|operator|provider|chipmaker|carrier|utility|conglomerate|group|business|rival|competitor|subsidiary|unit|owner|buyer|acquirer|brand|chain|producer|\w*maker|specialist|designer|builder|manufacturer|distributor|operator|platform|network|app|wallet|marketplace|exchange|service|hospital network|health system|nonprofit|cooperative|contractor|subcontractor|integrator|consultancy|laboratory|studio|shipper|lessor|refiner|wholesaler|installer|joint venture|venture|(?:largest|biggest|controlling|majority) (?:shareholder|owner|investor))(?![\w-]|['’]s\b))`,
  'g',
);
export const DESCRIPTOR = new RegExp(
  String.raw`\b(?:(?:[Ff]in|[Bb]io|[Mm]ed|[Ii]nsur|[Ee]d|[Pp]rop|[Cc]lean|[Cc]limate|[Aa]g|[Hh]ealth|[Rr]eg|[Dd]eep)tech(?:\s+(?:startup|start-up|company|firm|group|lender))?|short[- ]seller|hedge fund|pension fund(?: manager)?|(?:industry|sovereign(?: wealth)?|superannuation|super|retirement|infrastructure|buyout) fund|(?:asset|fund|wealth) manager|private[- ]equity (?:firm|group)|(?:independent |oil |gas |steel )?producer|investment (?:firm|bank)|asset manager|brokerage|[Bb]roker|research firm|[Pp]roxy adviser|adviser|advisor|start-?up|analysts? at|(?:economists?|strategists?|partners?|(?:investment |managing |research )?directors?|(?:portfolio |fund |investment )?managers?) at(?: (?:consultancy|brokerage|advisory firm|investment bank|research firm))?|investors? in|infrastructure investor|investor|rival|lender|insurer|retailer|\w*maker|brand|chain|developer|operator|supplier|provider|contractor|carrier|utility|conglomerate|subsidiary|manufacturer|distributor|trader|processor|refiner|miner|publisher|grocer|airline|studio|marketplace|(?<!\b(?:the|an?|our|its|their|this|that|your)\s)app|(?:crypto |options |futures |stock |derivatives |digital[- ]asset )?exchange|platform|specialist|company|firm|group|business|\w*builder|(?:trading|research|fashion|auction|publishing) house)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})`,
  'g',
);
/** The named object of a purchase with a price, a description or a year: "agreed to buy Orchard Lane
 * Bakeries for $900 million", "completed its acquisition of Fenwick Telemetry in 2025". */
export const ACQUIRED_OBJECT = new RegExp(
  String.raw`\b(?:agreed to (?:jointly )?(?:buy|acquire|purchase)|(?:will|to) (?:jointly |also )?(?:buy|acquire|purchase)|(?:has |have )?(?:acquired|bought)|(?:acquisition|purchase|takeover) of)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})(?=\s+for\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+|over\s+|up to\s+)?[$€£¥]|,\s+(?:a|an|which|the)\s|\s+in\s+(?:19|20)\d\d\b|\s+(?:last|earlier this) (?:year|month|quarter)\b|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+(?:closed|was completed|was announced|is expected|fell through|collapsed|was blocked|made|gave|turned|brought)\b)`,
  'g',
);
/** The named object of a purchase, two or more capitalised words: "its takeover of Skyhop Regional on Tuesday". */
export const ACQUIRED_NAMED = new RegExp(
  String.raw`\b(?:agreed to (?:jointly )?(?:buy|acquire|purchase)|(?:will|to) (?:jointly |also )?(?:buy|acquire|purchase)|(?:has |have )?(?:acquired|bought)|(?:is |are )?(?:buying|acquiring)|(?:acquisition|purchase|takeover|buyout) of|(?:tender offer|bid|offer) for)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){1,4})(?![\w\u00C0-\u024F&'’-]|[^\S\n]*(?:['’]s\b|\(|[A-Z]))`,
  'g',
);
/** The other side of a priced purchase or sale: "bought a plant from Asahi Kasei for $80 million",
 * "sold its butter arm to Ornua for €160 million", "…for an undisclosed sum". */
export const PRICED_COUNTERPARTY = new RegExp(
  String.raw`\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|purchases?|sold|sells?|selling|divested|licen[cs]ed|licen[cs]es)\b[^.;\n]{0,80}?\b(?:from|to)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})(?=\s+for\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+|over\s+|up to\s+)?(?:[$€£¥]|[A-Z]{1,2}\$|an?\s+undisclosed|undisclosed))`,
  'g',
);
/** A counterpart described before its name: "sell its stake to its partner, Jiaodong Auto Trading". */
export const DESCRIBED_COUNTERPART = new RegExp(
  String.raw`\b(?:to|from|with)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?${COUNTERPART_NOUNS},\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})(?=\s*[,.;]|\s+(?:for|in|which|that|and|to|on)\b)`,
  'g',
);
/** What a price was paid for: "It paid about $4 billion for Esterline in 2019". */
export const PAID_FOR = new RegExp(
  String.raw`\b(?:paid|pays|pay|paying|spent|spends|spend|shelled\s+out)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|more than\s+|almost\s+|around\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)[\d.,]+(?:\s*(?:billion|million|bn|m|b)\b)?\s+for\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})(?=\s+in\s+(?:19|20)\d\d\b|\s+(?:last|earlier this)\s+(?:year|month)\b|\s*[,.;]|\s+and\b)`,
  'g',
);
/** The object of a past deal told in a relative clause: "DreamWorks Animation, which it bought in 2016". */
export const ACQUIRED_BEFORE = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,3}),\s+which\s+(?:it|they|${CAP}(?:[^\S\n]+${CAP}){0,2})\s+(?:had\s+|has\s+|already\s+)?(?:bought|acquired|purchased|took over)\b`,
  'g',
);
/** The noun and the relative of BOUGHT_NAMED_UNIT. */
const BOUGHT_UNIT_TAIL = String.raw`${BOUGHT_UNIT_NOUNS}[^\S\n]+(?:that[^\S\n]+|which[^\S\n]+)?(?:it|they|${CAP}(?:[^\S\n]+${CAP}){0,2})[^\S\n]+(?:had[^\S\n]+|already[^\S\n]+|later[^\S\n]+)?(?:bought|acquired|purchased|took[^\S\n]+over)\b`;
/** What a past deal bought, named before its noun: "the GetGo chain it bought from Giant Eagle", "the Cerner
 * business that Oracle acquired". */
export const BOUGHT_NAMED_UNIT = new RegExp(
  String.raw`\bthe[^\S\n]+(${CAP}(?:[^\S\n]+${CAP}){0,2})[^\S\n]+${BOUGHT_UNIT_TAIL}`,
  'g',
);
/** A possessive, then the unit it owns: the tail of UNIT_OWNER (also its first look, see PREFILTER). */
const OWNED_UNIT = String.raw`['’]s?\s+(?:[\w-]+\s+){0,3}?(?:business(?:es)?|units?|divisions?|operations|arm|assets|segments?|subsidiar(?:y|ies)|brands?|plants?|factor(?:y|ies)|mills?|mines?|portfolio|stake)\b`;
/**
 * The owner of a unit that changes hands: "bought Veoneer's driver-assistance business", "will pay
 * €1.2 billion for Naturgy's grid assets".
 */
export const UNIT_OWNER = new RegExp(
  String.raw`\b(?:${activeForms(ACQUIRE_VERBS)}|${activeForms(SELL_VERBS)}|(?:acquisition|purchase|sale) of|(?:pay|pays|paid|paying)\s+(?:[\w$€£¥.,-]+\s+){1,5}?for)\s+(${CAP}(?:[^\S\n]+${CAP}){0,2})${OWNED_UNIT}`,
  'g',
);
/** A new entity and its name: "the venture, to be called Volunteer Cell Manufacturing". */
export const TO_BE_NAMED = new RegExp(
  String.raw`\b(?:venture|company|entity|business|firm|subsidiary|group)s?,?\s+(?:which will be|to be|will be)\s+(?:called|named|known as)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})`,
  'g',
);
/** Data providers: "analysts polled by LSEG", "according to FactSet estimates", "Visible Alpha data show". */
export const DATA_SOURCE = new RegExp(
  String.raw`\b(?:polled|surveyed|compiled|tracked|tallied) by\s+(${CAP}(?:[^\S\n]+${CAP}){0,2})|\b(?:according to|per)\s+(${CAP}(?:[^\S\n]+${CAP}){0,2}?)(?=\s+(?:data|estimates|figures|consensus)\b|[,.;]?\s*$|[,.;]\s)`,
  'gm',
);
/** DATA_SOURCE's cues with the capital after them: a text without one skips the pattern. */
export const DATA_SOURCE_CUE =
  /\b(?:polled|surveyed|compiled|tracked|tallied) by\s+[A-Z\u00C0-\u00DE\u0100-\u017F]|\b(?:according to|per)\s+[A-Z\u00C0-\u00DE\u0100-\u017F]/;
/** "Visible Alpha data show": run only when the text has the phrase (it would otherwise try every capital). */
export const DATA_SHOW_CUE = /\b(?:data|estimates|figures)\s+(?:show|showed|shows|compiled)\b/;
export const DATA_SHOW = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,2}?)\s+(?:data|estimates|figures)\s+(?:show|showed|shows|compiled)\b`,
  'g',
);
/** A firm's name as advisers are written: "Goodwin Procter", "Cravath, Swaine & Moore", "Goldman Sachs & Co. LLC". */
const FIRM_NAME = String.raw`(?:[A-Z][\w.'’-]*(?:,[^\S\n]+[A-Z][\w.'’-]*)+[^\S\n]+&[^\S\n]+[A-Z][\w.'’-]*|[A-Z][\w.'’&-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w.'’-]*){0,4})`;
/** The lead of a financing: "a 2024 funding round led by Accel", "a Series B led by Index". */
export const ROUND_LEAD = new RegExp(
  String.raw`\b(?:round|financing|funding|raise|[Ss]eries [A-H])[^\S\n]+(?:[\w$€£.,-]+[^\S\n]+){0,2}?(?:co-)?led[^\S\n]+by[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})`,
  'g',
);
/** The company whose round a firm led, named by its possessive: "which led Vanaja Naturals' Series A round". */
export const ROUND_OWNER = new RegExp(
  String.raw`\b(?:co-)?led[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=['’]s?[^\S\n]+(?:[\w$€£₹.,-]+[^\S\n]+){0,4}?(?:round|financing|raise|[Ss]eries[^\S\n]+[A-H]|seed)\b)`,
  'g',
);
/** The company money goes into, described right after: "a $14 million seed round in Framecast, which
 * builds…", "invested $50 million in Ledgerline, a payroll startup". */
export const INVESTEE_NAMED = new RegExp(
  String.raw`\b(?:round|stake|investment|invest(?:ed|s|ing)?(?:[^\S\n]+[\w$€£.,-]+){0,3}?)[^\S\n]+in[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=,[^\S\n]+(?:a|an|which|the|who)[^\S\n])`,
  'g',
);
/** A time told between a tie and its partner: "a joint venture in September with X", "merged last year with Y". */
const TOLD_WHEN = String.raw`(?:[^\S\n]+(?:in|last|this|earlier this|early|late)[^\S\n]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[^\S\n]+\d{4})?|\d{4}|spring|summer|autumn|fall|winter|year|month|week))?`;

/**
 * Where a name read by a slot pattern ends: no further letter, and no possessive, capital or ticker
 * bracket after it (a bracket with a price, "Colm Wire ($50m)", ends it).
 */
const NAME_ENDS = String.raw`(?![\w\u00C0-\u024F&'’-]|[^\S\n]*(?:['’]s\b|\((?![$€£¥\d]|US\$)|[A-Z&]))`;
/**
 * A name in the slot a deal gives a company: what is bought ("bought Splunk", "the takeover of Hess"),
 * whose business is bought ("bought the lens business of Marlow Glass"),
 * where money goes or comes from ("a stake in Veritrace", "poured $2 billion into Sablewing AI", "seed
 * funding from Seedcamp") or whom a company
 * works with ("teams with Kyndryl"). One word is enough here; places and people are kept out. The cue
 * is a look-behind, so the long verb alternation is only tried where a capitalised word starts after
 * a word that can end a cue ("of", "with", "bought").
 */
export const DEAL_SLOT = new RegExp(
  String.raw`${NAME_START}(?=${CAPITAL})(?<=\b(?:of|in|into|on|with|from|${tailWords(ACQUIRE_VERBS)})[^\S\n]+)(?<=\b(?:(?:${activeForms(ACQUIRE_VERBS)}|(?:acquisition|purchase|sale) of)[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:business|unit|division|arm|assets|operations|plant|brand|subsidiary|portfolio)[^\S\n]+of|${activeForms(ACQUIRE_VERBS)}|(?:acquisition|purchase|takeover|buyout|pickup|pick-up) of|(?:${activeForms(ACQUIRE_VERBS)})[^\S\n]+(?:the[^\S\n]+(?:rest|remainder)|a[^\S\n]+majority|(?:majority[^\S\n]+)?control)[^\S\n]+of|(?:stake|investment|shareholding) in|${PERCENT_SIZE}[^\S\n]+(?:(?:equity|ownership|economic)[^\S\n]+)?(?:interest|holding) in|(?:${activeForms(ACQUIRE_VERBS)})[^\S\n]+(?:(?:about|roughly|nearly|almost|around)[^\S\n]+)?${PERCENT_SIZE} of|(?:bought|buys|buying|buy) into|(?:funding|financing|investment|backing|round|extension) from|invest(?:s|ed|ing)?(?:[^\S\n]+[\w$€£.,-]+){0,5}?[^\S\n]+in|(?:${activeForms(FUND_VERBS)})(?:[^\S\n]+[\w$€£.,-]+){1,4}?[^\S\n]+(?:into|in|on)|(?:${activeForms(PARTNER_VERBS)}|partnership|alliance|joint venture|collaboration|tie-up|merge|merger|combine|combination)${TOLD_WHEN} with)[^\S\n]+)(${WORD}(?:[^\S\n]+${WORD}){0,4})${NAME_ENDS}`,
  'g',
);
/**
 * The other side of a deal named after a preposition: the thing a price is paid for ("is paying $410
 * million for X", "a $410 million deal for X"), the buyer a business is sold or licensed to ("sold its
 * snacks unit to X", "the sale of its unit to X"; not "the rights to" a drug), the seller something is
 * bought from ("buy cheese from X"), the customer of a contract ("a contract from X", "an agreement
 * with X"), the company a round goes into ("a Series B in X") and the one choosing ("selected by X").
 * These slots also hold plain nouns and products, so the name needs two words ("Pinecrest Dairy").
 */
export const COUNTERPART_SLOT = new RegExp(
  String.raw`${NAME_START}(?=${CAPITAL})(?<=\b(?:for|from|with|to|in|into|by|which|counts|counted|up|approached|backed|backing|supply|supplies|supplied|supplying|adding|adds|added|add)[^\S\n]+)(?<=\b(?:(?:signed|signs|lined|lines)[^\S\n]+up|(?:is|are|will|to)[^\S\n]+add(?:ing)?|adds|added|rights[^\S\n]+(?:to|for|in)(?:[^\S\n]+[\w'’$€£.,%-]+){1,8}?[^\S\n]+from|(?:deal|bid|offer|agreement|pact|contract|order|auction|arrangement)s?(?:[^\S\n]+(?:last|this|earlier)[^\S\n]+(?:year|month|week))?[^\S\n]+(?:for|from|with)|(?:contract|order|concession|tender)s?[^\S\n]+by|(?:counts|counted)(?=[^\S\n]+(?:[A-Z][\w&'’-]*[^\S\n]+){1,4}(?:as|among)[^\S\n]+(?:its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:investors?|backers?|shareholders?|owners?)\b)|(?:agreement|contract|deal|pact)s?,?[^\S\n]+under[^\S\n]+which|(?:ordered|orders|ordering)(?:[^\S\n]+[\w$€£¥.,-]+){1,6}?[^\S\n]+from|(?:deal|agreement|pact|contract|order|arrangement)s?[^\S\n]+(?:worth|valued[^\S\n]+at)(?:[^\S\n]+[\w$€£¥₹.,-]+){1,5}?[^\S\n]+(?:with|from)|(?:awarded|awards|award|awarding|handed|granted|grants)(?:[^\S\n]+[\w$€£¥₹.,-]+){1,6}?[^\S\n]+(?:contract|order|concession|tender)s?[^\S\n]+to|(?:battle|contest|bidding[^\S\n]+war)[^\S\n]+for|outbid(?:[^\S\n]+[\w&.'’-]+){1,5}?[^\S\n]+for|(?:check|cheque)[^\S\n]+(?:to|for|into)|(?:approached|backed|backing|supply|supplies|supplied|supplying)|(?:working|work|works|worked)[^\S\n]+with|(?:paid|pays|pay|paying|bid|bids|offered|offers)(?:[^\S\n]+[\w$€£.,-]+){1,5}?[^\S\n]+for|(?<!in-)(?:${activeForms(SELL_VERBS)}|licen[cs](?:e|es|ed|ing))(?:[^\S\n]+(?!rights\b)[\w'’$€£.,%-]+){0,9}?[^\S\n]+to|(?:sale|divestiture|disposal)[^\S\n]+of(?:[^\S\n]+[\w'’-]+){1,5}?[^\S\n]+to|(?:${activeForms(ACQUIRE_VERBS)})(?:[^\S\n]+[\w$€£.,%-]+){1,6}?[^\S\n]+from|(?:its|their)(?:[^\S\n]+[\w$€£.,-]+){0,4}?[^\S\n]+(?:purchase|acquisition)[^\S\n]+from|(?:round|Series[^\S\n]+[A-H]|financing)[^\S\n]+(?:in|into|for)|(?:selected|picked|chosen|tapped|hired|funded|acquired|bought|purchased|snapped[^\S\n]+up|taken[^\S\n]+over)[^\S\n]+by|(?:merged|merge|merges|merging|combined|combine|combines|combining)(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+with)[^\S\n]+)(${WORD}(?:[^\S\n]+${WORD}){1,4})${NAME_ENDS}`,
  'g',
);
/**
 * A one-word seller after "bought … from" or "its … purchase from": "LS Power bought Bayou Crest from
 * Cleco in 2021", "its fleet purchase from Euronav in 2023". The word
 * must end the clause or come before its date or price, and read as a name (plainOneWordName).
 */
export const BOUGHT_FROM_ONE = new RegExp(
  String.raw`(?=${CAPITAL})(?<=\b(?:(?:bought|acquired|purchased|(?:acquisition|purchase)[^\S\n]+of)(?:[^\S\n]+[\w'’$€£.,%-]+){1,6}?|(?:its|their)(?:[^\S\n]+[\w$€£.,-]+){0,4}?[^\S\n]+(?:purchase|acquisition))[^\S\n]+from[^\S\n]+)(${WORD})(?=[^\S\n]+(?:in[^\S\n]+(?:19|20)\d\d|for|last|earlier)\b|[.,;])`,
  'g',
);
/** A company sold whole to a named buyer: "the sale of Pellam Outdoor to Kestrel Brands". */
export const SOLD_WHOLE_TO = new RegExp(
  String.raw`\b(?:sale|divestiture)[^\S\n]+of[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?${CAPITAL})`,
  'g',
);
/**
 * The buyer after a passive: "agreed to be acquired by Markel". One word is enough when the text
 * names it again (a one-off capitalised word after "by" is as often a person's surname).
 */
export const ACQUIRED_BY = new RegExp(
  String.raw`\b(?:acquired|bought|purchased|taken[^\S\n]+over|snapped[^\S\n]+up)[^\S\n]+by[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,4})${NAME_ENDS}`,
  'g',
);
/** A deals list line: "Finvero (Milan) — acquired by Nexi, €610m, June": the company bought opens it. */
export const DASH_LIST_TARGET = new RegExp(
  String.raw`^(?:\d{1,2}[.)][^\S\n]+|[-•*][^\S\n]+)?(${WORD}(?:[^\S\n]+${WORD}){0,3})(?:[^\S\n]+\([^()\n]{1,30}\))?[^\S\n]+[—–-][^\S\n]+(?:acquired|bought|purchased)[^\S\n]+by[^\S\n]`,
  'gm',
);
/** A line of such a list, where a one-word buyer is named once and still a firm. */
export const DASH_LIST_LINE = /^[^\n]{1,60}\s[—–-]\s+(?:acquired|bought|purchased)\s+by\s[^\n]*$/m;

/** A company named among past buys: "has made several acquisitions in baking, including Trestle Bakeries". */
export const BOUGHT_AMONG = new RegExp(
  String.raw`\b(?:acquisitions|purchases|takeovers)\b[^.;\n]{0,60}?,?[^\S\n]+(?:including|such[^\S\n]+as)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,4})${NAME_ENDS}`,
  'g',
);
/**
 * The second of two companies bought in one breath: "bought Pawnee Creek Equine, a horse practice outside
 * Tulsa, and Sandhill Pet Emergency". Two words at least: "bought Acme and Monday's…" names no firm.
 */
export const BOUGHT_SECOND = new RegExp(
  String.raw`(?<![\w\u00C0-\u024F])(?=${CAPITAL})(?<=\b(?:bought|acquired|purchased|snapped[^\S\n]+up|picked[^\S\n]+up)[^\S\n]+(?:${WORD}[^\S\n]+){0,4}${WORD}(?:,[^,;.\n]{1,90},)?[^\S\n]+and[^\S\n]+)(${WORD}(?:[^\S\n]+${WORD}){1,4})${NAME_ENDS}`,
  'g',
);
/** Where a sentence (or, in 'm' patterns, a line) starts. */
const SENTENCE_START = String.raw`(?:^|(?<=[.!?]["”’]?[^\S\n]+))`;
/**
 * A capital next, before a pattern's look-behinds: V8 tries a pattern at every position of the text, and
 * this one-character test spares the look-behinds at all the positions where no name can start.
 */
const CAPITAL_NEXT = String.raw`(?=${CAPITAL})`;
/** What two companies do together, after their names: "A and B agreed to…", "completed their merger". */
const PAIR_VERB = String.raw`(?:(?:have|has|will|had|also|jointly)[^\S\n]+)?(?:called[^\S\n]+off|scrapped|abandoned|ended|broke[^\S\n]+off|agreed|signed|struck|formed|announced|completed|closed|finali[sz]ed|launched|set[^\S\n]+up|unveiled|inked|entered|created|sealed|teamed|partnered|plan|are[^\S\n]+forming|will[^\S\n]+form|will[^\S\n]+combine|will[^\S\n]+merge|combined|merged)\b`;
/**
 * The second of two companies that act together, named before the verb: "Novo Nordisk and Kinetix AI
 * agreed to co-develop…", "DoorDash and Ulta Beauty struck a tie-up". The first is a name or an anchor.
 */
export const PAIR_SUBJECT = new RegExp(
  String.raw`${CAPITAL_NEXT}(?<=(?:\)|\b[A-Z][\w&.'’-]*)[^\S\n]+and[^\S\n]+(?:(?:U\.S\.|U\.K\.|[a-z][\w-]*)[^\S\n]+){0,2})(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+${PAIR_VERB})`,
  'g',
);
/**
 * The first of two companies that act together, opening the sentence: "Smurfit Kappa and U.S. peer
 * WestRock completed their merger". Two words or more, as for any name that opens a sentence, or one
 * word when the pair's own merger or venture follows (PAIR_OWN_DEAL).
 */
export const PAIR_FIRST = new RegExp(
  String.raw`${CAPITAL_NEXT}${SENTENCE_START}(?:[A-Z][\w.]*['’]s[^\S\n]+)?(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+and[^\S\n]+(?:[\w.-]+[^\S\n]+){0,2}?${WORD}(?:[^\S\n]+${WORD}){0,3}[^\S\n]+(?:\([^()\n]{1,30}\)[^\S\n]+)?${PAIR_VERB})`,
  'gm',
);
/** "…called off their planned merger", "…formed a joint venture": a deal only two firms make together. */
export const PAIR_OWN_DEAL = new RegExp(
  String.raw`^[^\S\n]+and[^\S\n]+[^\n]{1,60}?[^\S\n]${PAIR_VERB}[^\S\n]+(?:to[^\S\n]+(?:merge|combine)\b|(?:their|a|an)[^\S\n]+(?:[\w$€£.,-]+[^\S\n]+){0,4}?(?:merger|combination|joint[^\S\n]+venture|partnership|alliance)\b)`,
);
/** A company made a subsidiary: "Sanwa Kogyo will make Tachibana Seiki a wholly owned subsidiary". */
export const MADE_SUBSIDIARY = new RegExp(
  String.raw`\b(?:make|makes|made|making)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=,?[^\S\n]+(?:into[^\S\n]+)?(?:a|its)[^\S\n]+(?:(?:wholly|fully)[- ]owned[^\S\n]+|consolidated[^\S\n]+)?subsidiary\b)`,
  'g',
);
/** The company a buyout takes private: "Tamsin Capital took Pinecrest Dairy private". */
export const TAKEN_PRIVATE = new RegExp(
  String.raw`\b(?:took|take|takes|taking|will[^\S\n]+take)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+private\b)`,
  'g',
);
/** The firm chosen to buy: "named Tollgate Pulp as the stalking-horse bidder", "picked Arlo Foods as preferred buyer". */
export const CHOSEN_BIDDER = new RegExp(
  String.raw`\b(?:named|selected|chose|chosen|picked|tapped|designated)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+as[^\S\n]+(?:(?:the|its|a)[^\S\n]+)?(?:stalking[- ]horse|preferred|winning|successful)[^\S\n]+(?:bidder|buyer|purchaser|acquirer)\b)`,
  'g',
);
/** The same firm told first: "Tollgate Pulp was picked as the preferred bidder for Varn Foods". */
export const CHOSEN_BIDDER_FIRST = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+(?:was|were|is|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:named|selected|chosen|picked|tapped|designated)[^\S\n]+(?:as[^\S\n]+)?(?:(?:the|its|a)[^\S\n]+)?(?:stalking[- ]horse|preferred|winning|successful)[^\S\n]+(?:bidder|buyer|purchaser|acquirer)\b)`,
  'g',
);
/** A phrase with its spaces read as any run of spaces within a line. */
const spaced = (phrase: string) => phrase.replace(/ /g, String.raw`[^\S\n]+`);
/** Up to `n` words before a phrase's last word: "a $5 billion stake", "its planned purchase". */
const GAP = (n: number) => String.raw`(?:[\w$€£.,%-]+[^\S\n]+){0,${n}}?`;
/** What only a buyer or a backer does: "led the round", "acquired", "invested". */
const BUY_OR_BACK_VERBS = [
  String.raw`(?:co-)?led(?=[^\S\n]*[,.;])`,
  spaced(
    `(?:co-)?led (?:the|a|an|its|that|this) (?:(?:company|startup|firm)['’]s )?${GAP(4)}(?:round|financing|raise|[Ss]eries|seed|investment)`,
  ),
  'invested|invest|acquired|acquire|bought|buy|purchased|is (?:buying|acquiring|investing)|snapped up',
].join('|');
/**
 * What a firm does as the subject of a deal, and a person, a place or an agency rarely does: the
 * verb tells that the capitalised words before it name a company.
 */
const SUBJECT_DEAL_VERBS = [
  BUY_OR_BACK_VERBS,
  'sold|sell|sells|is selling',
  spaced(
    `(?:paid|pays|pay|is paying) (?:about |roughly |nearly |some |more than )?(?:[$€£¥]|US\\$)${GAP(3)}for`,
  ),
  '(?:merged|combined) with|merge|combine',
  spaced(
    `(?:took|disclosed|built|amassed|holds|owns|raised|boosted|cut|trimmed) (?:a|an|its) ${GAP(2)}stake`,
  ),
  spaced(
    `(?:ended|abandoned|dropped|broke off|is in(?: advanced| early| exclusive| late-stage)?) talks to (?:buy|acquire|sell|merge)`,
  ),
  spaced('is (?:exploring|weighing) (?:a )?sale'),
  spaced(
    `(?:reached|reach|struck|strike|signed|signs|sign|inked|ink|sealed|seal|entered into|enter into) (?:a|an) ${GAP(4)}(?:deal|agreement|pact|contract|partnership|alliance)`,
  ),
  spaced(`(?:won|landed|secured|clinched|was awarded) (?:(?:a|an) )?${GAP(4)}(?:contract|order)s?`),
  spaced(
    `(?:made|launched|submitted|sweetened|raised) (?:a|an|its) ${GAP(3)}(?:offer|bid|approach|proposal)`,
  ),
  spaced(`rejected (?:a|an|the) ${GAP(4)}(?:offer|bid|approach)`),
  spaced(`(?:accepted|backed|recommended|endorsed) (?:a|an|the) ${GAP(4)}(?:offer|bid|approach|proposal)`),
  spaced(`agreed to (?:a|an|the) ${GAP(3)}(?:takeover|buyout|acquisition|sale|merger)`),
  spaced(
    `(?:completed|closed|finali[sz]ed|terminated|called off|scrapped) (?:its|the|a) ${GAP(3)}(?:acquisition|purchase|sale|merger|takeover|buyout|deal|agreement to (?:buy|acquire|sell|merge))`,
  ),
  spaced('walked away from|is partnering|partnered|teamed up|will partner|formed a joint venture'),
  spaced('(?:take|takes|took|taken|taking) (?:full |majority |sole )?control of'),
  spaced(
    `(?:won|wins|drew|draws|attracted|secured|landed|picked up|received|got) (?:[\\w$€£.,-]+ ){0,3}?(?:backing|investment|funding|financing) from`,
  ),
  spaced(
    `(?:raised|raises|is raising|has raised) (?:about |roughly |nearly |more than )?(?:[$€£¥]|US\\$)[\\d.,]+(?:[^\\S\\n]*(?:million|billion|m|bn))? (?:in|from)`,
  ),
  spaced(
    "(?:is|remains|was|became) (?:its|their|the company['’]s) (?:single )?(?:largest|biggest) (?:(?:outside|external|institutional) )?(?:shareholder|investor|owner)",
  ),
].join('|');
/** Words a subject can have between itself and its verb: "has", "agreed to", "plans to". */
const SUBJECT_AUX = spaced(
  '(?:(?:has|have|had|also|will|would|then|recently|quietly|previously|earlier|agreed to|plans to|is to|is set to|is poised to|is expected to|is about to) ){0,2}',
);
/** "Norrland Paper said on Tuesday it would buy…", "X disclosed that it had sold…": the firm reports its own deal. */
const SAID_IT = String.raw`(?:(?:said|says|announced|disclosed|confirmed|revealed)(?:[^\S\n]+(?:on[^\S\n]+[A-Z][a-z]+day|today|late[^\S\n]+[A-Z][a-z]+day))?,?[^\S\n]+(?:that[^\S\n]+)?(?:it|they)[^\S\n]+)?`;
/** After a sentence's opening adverb and its comma: "Separately, Corvena agreed…", "Meanwhile, X bought…",
 * "In a regulatory filing, X disclosed…". */
const OPENER_START = String.raw`(?<=(?:^|[.!?]["”’]?[^\S\n]+)(?:Separately|Meanwhile|Elsewhere|Additionally|Also|Earlier|Later|Previously|Last\s+(?:year|month|week)|In\s+(?:19|20)\d\d|On\s+[A-Z][a-z]+day|In\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,3}?(?:filing|statement|release|announcement|letter|update)),[^\S\n]+)`;
// Not after "and", "as" or "while": "A, B and C bought…" is a list's last name, "as Chief Executive…" no clause.
// ", and Zoomlion acquired…", ", while Banijay merged with…" after a clause of its own is a new subject.
const CLAUSE_START = String.raw`(?<=\b(?:after|when|because|that)[^\S\n]+|[a-z\d],[^\S\n]+(?:and|while|whereas)[^\S\n]+)`;
/**
 * "Kurobe Trading, which supplies graphite to cell makers, will sign…": a relative clause between a firm and
 * its verb. Not before "has sold" or "sells": a product sells copies, a brand sells in a market.
 */
const DESCRIBED_BEFORE_VERB = String.raw`,[^\S\n]+which[^,;\n]{1,100},(?![^\S\n]+(?:has[^\S\n]+|had[^\S\n]+|also[^\S\n]+)?(?:sold|sells|sell|is[^\S\n]+selling)\b)`;
/** A deal verb after a name: "agreed to buy…", "took a 49% stake" (not "bought back stock", "sold her shares"). */
const DEAL_VERB_AHEAD = String.raw`[^\S\n]+${SAID_IT}${SUBJECT_AUX}(?:${SUBJECT_DEAL_VERBS})\b(?![^\S\n]+(?:(?:[\d,.]+|her|his|their)[^\S\n]+)?(?:shares|stock|back|bonds|notes|debt)\b)(?![^\S\n]+(?:her|his)\b)`;
/**
 * A firm named as the subject of a deal verb at the start of a sentence or of a clause ("…after Boyd
 * Gaming terminated its agreement to acquire…"): "Kleiner Perkins led the round", "Harbor Lane
 * Robotics agreed to buy…". The verb must tell a deal ("bought 5,000 shares", "sold bonds" do not).
 * Any capitalised word can open a sentence, so a one-word name must be named again inside a sentence
 * (oneWordName).
 */
export const DEAL_SUBJECT = new RegExp(
  String.raw`${CAPITAL_NEXT}(?:${SENTENCE_START}|(?<=^[-•*][^\S\n]+)|${CLAUSE_START}|${OPENER_START})(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=(?:['’]s?[^\S\n]+(?:board|directors|shareholders|stockholders)|${DESCRIBED_BEFORE_VERB})?${DEAL_VERB_AHEAD})`,
  'gm',
);
/**
 * A firm described by its own purchase or backing in a relative clause, wherever it stands: "Its biggest
 * backer is Northzone, which led the company's Series B". "Which" tells a firm from a person ("who"); a
 * seller's verb would not ("Harvest Table, which sells bowls").
 */
export const RELATIVE_SUBJECT = new RegExp(
  String.raw`${CAPITAL_NEXT}(?<![\w\u00C0-\u024F&'’-]|${WORD}[^\S\n]+)(${WORD}(?:[^\S\n]+${WORD}){0,3}),[^\S\n]+which[^\S\n]+${SUBJECT_AUX}(?:${BUY_OR_BACK_VERBS})\b`,
  'g',
);
/** "Meta took a 49% stake…", "Elliott has built a stake…": a known but ambiguous name acting as a firm. */
export const DEAL_VERB_NEXT = new RegExp(`^${DEAL_VERB_AHEAD}`);
/**
 * A firm named by the possessive before its own deal: "regulators blocked Brimstone Midstream's $3 billion
 * acquisition of…". Two words or more; a person's purchase ("Jane Doe's") is told apart by namedAsPerson.
 */
export const DEAL_OWNER = new RegExp(
  String.raw`(?<!${WORD}[^\S\n]+|[\w&'’-])(${WORD}(?:[^\S\n]+${WORD}){1,3})(?=['’]s[^\S\n]+${GAP(3)}(?:(?:planned|proposed|pending|agreed|hostile|unsolicited|failed|completed)[^\S\n]+)?(?:(?:acquisition|purchase|takeover|buyout|merger|bid|offer)[^\S\n]+(?:of|for|with)|sale[^\S\n]+to)[^\S\n]+(?:the[^\S\n]+)?${CAPITAL})`,
  'g',
);
/**
 * The company bought, named between its buyer's possessive and the deal noun: "completed its Allenby Dairy
 * acquisition", "closed its $300 million Quarry Radio purchase". Two words or more: "its European
 * acquisition" and "its Q3 purchase" name no firm.
 */
export const NAMED_PURCHASE = new RegExp(
  String.raw`${NAME_START}(?=${CAPITAL})(?<=\b(?:its|their)[^\S\n]+(?:(?:planned|proposed|pending|agreed|completed|recent|announced)[^\S\n]+)?(?:(?:[$€£]|US\$)[\d.,]+[^\S\n]*(?:million|billion|bn|m)?[^\S\n]+)?)(${WORD}(?:[^\S\n]+${WORD}){1,3})(?=[^\S\n]+(?:acquisition|purchase|takeover|buyout)\b)`,
  'g',
);
/** A name of a consortium's list: "a consortium of Sweden's Pandox and Norway's Eiendomsspar". */
const CONSORTIUM_ITEM = String.raw`${WORD}(?:[^\S\n]+${WORD}){0,4}`;
export const CONSORTIUM_MEMBER = new RegExp(
  String.raw`${NAME_START}(?<=\b${CONSORTIUM_OF}[^\S\n]+(?:${CONSORTIUM_ITEM}(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+))*)(${CONSORTIUM_ITEM})(?=,|[^\S\n]+and[^\S\n]|[^\S\n]*[.;:)]|[^\S\n]+(?:in|for|that|which|who|completed|agreed|to)\b|$)`,
  'gm',
);
/** Patterns that read a plain name from where a deal puts it: it must read as addPrivate would keep it. */
export const SLOT_PATTERNS = new Set<RegExp>([
  DEAL_SLOT,
  ROUND_OWNER,
  DESCRIBED_COUNTERPART,
  MADE_SUBSIDIARY,
  COUNTERPART_SLOT,
  PAIR_SUBJECT,
  PAIR_FIRST,
  DEAL_SUBJECT,
  RELATIVE_SUBJECT,
  DEAL_OWNER,
  SOLD_WHOLE_TO,
  ACQUIRED_BY,
  BOUGHT_AMONG,
  BOUGHT_SECOND,
  TAKEN_PRIVATE,
  CHOSEN_BIDDER,
  CHOSEN_BIDDER_FIRST,
  CONSORTIUM_MEMBER,
  NAMED_PURCHASE,
]);
/** Slot patterns whose name the deal's own words follow: its verb ("Regal Rexnord bought…", "A and B
 * struck…"), its possessive ("Brimstone Midstream's acquisition of…") or the deal's noun ("its Allenby
 * Dairy acquisition"), never a noun the name describes. */
export const VERB_AFTER = new Set<RegExp>([
  DEAL_SUBJECT,
  CHOSEN_BIDDER_FIRST,
  RELATIVE_SUBJECT,
  PAIR_SUBJECT,
  DEAL_OWNER,
  NAMED_PURCHASE,
]);
/** Patterns whose name is the thing a deal is about: "buy Lumen's Fiber Unit" names its seller instead. */
export const NO_POSSESSIVE = new Set<RegExp>([
  ...SLOT_PATTERNS,
  ACQUIRED_OBJECT,
  ACQUIRED_NAMED,
  ACQUIRED_BEFORE,
  BOUGHT_NAMED_UNIT,
  PRICED_COUNTERPARTY,
]);
/** Patterns whose name starts right after a cue, read forward (the others end at a suffix or a comma). */
export const STARTS_AT_CUE = new Set<RegExp>([
  DESCRIPTOR,
  ACQUIRED_OBJECT,
  ACQUIRED_NAMED,
  PRICED_COUNTERPARTY,
  UNIT_OWNER,
  TO_BE_NAMED,
  ROUND_LEAD,
  ROUND_OWNER,
  INVESTEE_NAMED,
  DEAL_SLOT,
  COUNTERPART_SLOT,
  TAKEN_PRIVATE,
  CHOSEN_BIDDER,
]);
/** A company sold whole, named as the subject: "X is being sold to Y", "agreed to sell itself to Y", "will
 * become a unit of Y", "has been owned since 2021 by Y". */
const SOLD_WHOLE = String.raw`(?:(?:is|are|was|were|been|being|be)[^\S\n]+sold|sell(?:s|ing)?[^\S\n]+itself|sold[^\S\n]+itself)[^\S\n]+to|become[^\S\n]+(?:a|an)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:unit|subsidiary|division)[^\S\n]+of|(?:been|is|are|was|were)[^\S\n]+(?:wholly[^\S\n]+|fully[^\S\n]+)?owned[^\S\n]+(?:since[^\S\n]+\d{4}[^\S\n]+)?by`;
/** The company bought, named before a passive: "Walgreens was taken private by Sycamore Partners". */
export const PASSIVE_OBJECT = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:[^\S\n]+${WORD}){0,3})[^\S\n]+(?:(?:has|had|have|will|would|agreed[^\S\n]+to|is|are|was|were)[^\S\n]+){0,2}(?:${SOLD_WHOLE}|${passiveForms(ACQUIRE_VERBS)}|(?:is|are|was|were|been|being|be)[^\S\n]+taken[^\S\n]+private[^\S\n]+by)\b`,
  'g',
);
/** A company that raised money, named before the verb and any relative clause or apposition: "Quarrystone
 * AI, which builds claims agents, raised a $250 million Series C", "received a $200 million investment from". */
export const RAISED_FUNDS = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:[^\S\n]+${WORD}){0,3})(?:,[^\S\n]+(?:which|that|an?|the)[^\S\n][^,\n]{1,120},)?[^\S\n]+(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?(?:raised|raises|secured|secures|closed|closes|landed|lands|received|receives|attracted|drew|got)[^\S\n]+(?:an?[^\S\n]+)?(?:[$€£]|US\$)[\d.,]+[^\S\n]*(?:million|billion|m|bn)?[^\S\n]+(?:[Ss]eries|seed|round|funding|financing|(?:(?:equity|strategic|minority|growth)[^\S\n]+)?(?:investment|injection)[^\S\n]+from|in[^\S\n]+(?:a[^\S\n]+|its[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?(?:funding|financing|capital|round))\b`,
  'g',
);
/** The lead or owner written before "-led"/"-backed": "a Tamsin Ventures-led round", "KKR-backed X". */
export const HYPHEN_LEAD = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:[^\S\n]+${WORD}){0,3})-(?:led|backed)\b`,
  'g',
);
/** Advisers on a deal: "Goodwin Procter is its legal counsel", "X is serving as financial advisor to Y". */
export const ADVISER_IS = new RegExp(
  String.raw`(${FIRM_NAME})[^\S\n]+(?:is|are|was|were|has been|acted as|served as)[^\S\n]+(?:(?:serving|acting)[^\S\n]+as[^\S\n]+)?(?:the[^\S\n]+|its[^\S\n]+|their[^\S\n]+)?(?:(?:exclusive|lead|joint|sole)[^\S\n]+)?(?:financial|legal|M&A)[^\S\n]+(?:adviser|advisor|counsel)s?\b`,
  'g',
);
/**
 * "ABN AMRO advised Nordhavn", "Bexley Marsh provided legal advice to Foxcote", "advised by Lazard", "the
 * auction, run by Dunlin & Co,", "with Cravath, Swaine & Moore as legal counsel".
 */
export const ADVISED = new RegExp(
  String.raw`(${FIRM_NAME})[^\S\n]+(?:advised|(?:provided|gave|is providing|are providing)[^\S\n]+(?:legal|financial|tax|M&A)[^\S\n]+(?:advice|counsel)[^\S\n]+to)[^\S\n]+(?=[A-Z])|\b(?:advised|(?:auction|sale process|process)[^\S\n]*,?[^\S\n]+(?:run|managed|handled))[^\S\n]+by[^\S\n]+(${FIRM_NAME})|\bwith[^\S\n]+(${FIRM_NAME})[^\S\n]+as[^\S\n]+(?:its[^\S\n]+)?(?:financial|legal)[^\S\n]+(?:adviser|advisor|counsel)`,
  'g',
);
/** Cheap tests that must pass before a whole-text pattern that starts at every capital is tried. */
export const PREFILTER = new Map<RegExp, RegExp>();
/** Several firms after a plural descriptor: "the venture firms Lindqvist Ventures and Tarragon Growth". */
export const FIRM_LIST = new RegExp(
  String.raw`\b(?:venture(?: capital)? firms|private[- ]equity firms|investment firms|hedge funds|asset managers|investors|backers|lenders|banks|brokerages|law firms|suppliers|(?<!\b(?:corporate|antitrust|tax|litigation|M&A|senior|managing|founding|general|equity|name|restructuring|finance|capital markets|private equity)\s)partners|rivals|competitors|contractors|startups|companies),?\s+(?:including\s+|such as\s+|include\s+)?((?:${CAP}(?:[^\S\n]+${CAP}){0,3},\s+){0,4}${CAP}(?:[^\S\n]+${CAP}){0,3},?\s+(?:and|or)\s+${CAP}(?:[^\S\n]+${CAP}){0,3})`,
  'g',
);
PREFILTER.set(ACQUIRED_BEFORE, /,\s+which\s/);
PREFILTER.set(ROUND_OWNER, /\bled\s/);
PREFILTER.set(
  DESCRIBED_COUNTERPART,
  new RegExp(String.raw`(?:its|their)\s+(?:[\w-]+\s+){0,2}?${COUNTERPART_NOUNS},`),
);
PREFILTER.set(BOUGHT_NAMED_UNIT, /\b(?:bought|acquired|purchased|took over)\b/);
PREFILTER.set(
  RAISED_FUNDS,
  /\b(?:raised|raises|secured|secures|closed|closes|landed|lands|received|receives|attracted|drew|got)\s+(?:an?\s+)?(?:[$€£]|US\$)\d/,
);
PREFILTER.set(
  PASSIVE_OBJECT,
  new RegExp(
    String.raw`\b(?:(?:${participleForms(ACQUIRE_VERBS)}|taken private)\s+by|sold\s+to|itself\s+to|owned\s+(?:since\s+\d{4}\s+)?by|become\s+an?\s+(?:[\w-]+\s+)?(?:unit|subsidiary|division)\s+of)\b`,
  ),
);
PREFILTER.set(ADVISER_IS, /\b(?:adviser|advisor|counsel)/);
PREFILTER.set(ADVISED, /\badvised\b|\badvice\b|\b(?:run|managed|handled) by\b/);
PREFILTER.set(ROUND_LEAD, /\bled by\b/);
PREFILTER.set(TAKEN_PRIVATE, /\sprivate\b/);
PREFILTER.set(CHOSEN_BIDDER, /\s(?:bidder|buyer|purchaser|acquirer)\b/);
PREFILTER.set(CHOSEN_BIDDER_FIRST, /\s(?:bidder|buyer|purchaser|acquirer)\b/);
PREFILTER.set(MADE_SUBSIDIARY, /\ssubsidiary\b/);
PREFILTER.set(PAIR_SUBJECT, /\sand\s/);
PREFILTER.set(PAIR_FIRST, /\sand\s/);
PREFILTER.set(
  DEAL_SUBJECT,
  /\s(?:led|invest|acquire|bought|buy|purchased|snapped|sold|sell|is selling|paid|pay|is paying|accepted|backed|recommended|endorsed|agreed to|merge|combine|took|disclosed|built|amassed|holds|owns|raised|boosted|cut|trimmed|ended|abandoned|dropped|broke off|is in|is exploring|is weighing|is buying|is acquiring|reach|struck|strike|sign|inked|ink|sealed|seal|enter into|entered into|won|landed|secured|clinched|was awarded|made|launched|submitted|sweetened|rejected|completed|closed|finali[sz]ed|terminated|called off|scrapped|walked away|is partnering|partnered|teamed up|will partner|formed a joint)/,
);
// These two start at their one literal (" by ", " of ") and look back for the verb: a search for the
// literal is far quicker than trying the verbs at every position.
PREFILTER.set(
  ACQUIRED_BY,
  / by (?<=\b(?:acquired|bought|purchased|over|up) by )[A-Z\u00C0-\u00DE\u0100-\u017F]/,
);
PREFILTER.set(SOLD_WHOLE_TO, / of (?<=\b(?:sale|divestiture) of )[A-Z\u00C0-\u00DE\u0100-\u017F]/);
PREFILTER.set(
  BOUGHT_FROM_ONE,
  /\b(?:bought|acquired|purchased|acquisition of|purchase of)\s[^.;\n]{1,80}\sfrom [A-Z\u00C0-\u00DE\u0100-\u017F]|\s(?:purchase|acquisition) from [A-Z\u00C0-\u00DE\u0100-\u017F]/,
);
PREFILTER.set(RELATIVE_SUBJECT, /,\s+which\s/);
PREFILTER.set(BOUGHT_AMONG, /\b(?:including|such as) [A-Z\u00C0-\u00DE\u0100-\u017F]/);
PREFILTER.set(
  BOUGHT_SECOND,
  /\b(?:bought|acquired|purchased|up)\s[^.;\n]{1,150}\sand [A-Z\u00C0-\u00DE\u0100-\u017F]/,
);
PREFILTER.set(
  DEAL_OWNER,
  /['’]s\s[^.;\n]{0,40}(?:acquisition|purchase|takeover|buyout|merger|bid|offer|sale)\s/,
);
PREFILTER.set(HYPHEN_LEAD, /-(?:led|backed)\b/);
PREFILTER.set(NAMED_PURCHASE, /\b(?:its|their)\s[^.;\n]{0,60}\s(?:acquisition|purchase|takeover|buyout)\b/);
PREFILTER.set(CONSORTIUM_MEMBER, /\b(?:consortium|club|investor group)\s/);
PREFILTER.set(INVESTEE_NAMED, /\bin\s+[A-Z][^,]{0,40},\s+(?:a|an|which|the|who)\s/);
PREFILTER.set(PAID_FOR, /\b(?:paid|pays|pay|paying|spent|spends|spend|shelled)\s/);
PREFILTER.set(PRICED_COUNTERPARTY, /\b(?:from|to)\s+[A-Z][^.;\n]{0,60}\sfor\s/);
// The first looks below are parts of their patterns (a match of the pattern holds a match of the look)
// or looser forms of them (every DESCRIPTOR alternative ends in one of the listed words). They start at
// a rare character or a short word list, so a text without them skips a pattern tried at every capital.
PREFILTER.set(UNIT_OWNER, new RegExp(OWNED_UNIT));
PREFILTER.set(APPOSITIVE, /,\s+(?:the|a|an|one of)\s/);
// DESCRIPTOR's look starts at the capital and looks back for the word: the capital is the rarer start.
PREFILTER.set(
  DESCRIPTOR,
  /[A-Z\u00C0-\u00DE\u0100-\u017F](?<=(?:tech|seller|fund|manager|firm|group|producer|bank|brokerage|[Bb]roker|adviser|advisor|start-?up|analysts? at|(?:ist|ner|tor|ger)s? at|consultancy|investors? in|investor|rival|lender|insurer|retailer|maker|brand|chain|specialist|exchange|developer|operator|supplier|provider|contractor|carrier|utility|conglomerate|subsidiary|manufacturer|distributor|trader|processor|refiner|miner|publisher|grocer|airline|studio|marketplace|app|platform|company|business|builder|house)\s+.)/,
);
PREFILTER.set(
  ACQUIRED_OBJECT,
  /(?:(?:to|will) (?:jointly |also )?(?:buy|acquire|purchase)|acquired|bought|(?:acquisition|purchase|takeover) of)\s+[A-Z\u00C0-\u00DE\u0100-\u017F]/,
);
PREFILTER.set(TO_BE_NAMED, /\b(?:called|named|known as)\s/);
PREFILTER.set(DASH_LIST_TARGET, /\s[—–-]\s+(?:acquired|bought|purchased)\s+by\s/);
export const POSSESSIVE_PERSON = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,2})(?:’s|'s)\s+(?:(?:analyst|strategist|economist|chief [a-z]+ officer|[A-Z]{2,4})\s+)?([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)`,
  'g',
);
/** The part of POSSESSIVE_PERSON from the possessive on: a text without it skips the pattern. */
export const POSSESSIVE_PERSON_CUE =
  /(?:’s|'s)\s+(?:(?:analyst|strategist|economist|chief [a-z]+ officer|[A-Z]{2,4})\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z]/;

const AUTHORITY_END =
  /\b(?:Commission|Department|Agency|Authority|Administration|Reserve|Court|Ministry|Parliament|Congress|Senate|Office|Bureau|Council|Government|Regulators?|Officials?|Tribunal)$/;
const PERSON_TITLE_START =
  /^(?:Chief|Executive|President|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|Minister|Secretary|Chairman|Chairwoman|Chair|CEO|CFO|Judge|Justice|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Prince|King|Queen)\b/;
/**
 * A name read from a deal slot may stand as a private firm: not a short acronym ("AI", "EV"), not a
 * place, not a longer form of a known name ("Google Cloud" is Google's), and not a person the text
 * names as one ("Elon Musk said", "Mr. Musk").
 */
export function isDealSlotName(
  name: string,
  after: string,
  text: string,
  known: (name: string) => boolean,
): boolean {
  const words = name.split(/\s+/);
  // "bought Dutch chipmaker Nexperia", "a Spokane lender": a word that describes, not a name.
  if (DESCRIBING_END.test(name)) return false;
  // "The European Commission rejected…", "Senator Jane Doe's bid…": an authority or a person, not a firm.
  if (AUTHORITY_END.test(name) || PERSON_TITLE_START.test(name)) return false;
  // "Jane Doe bought…": a given name and a surname, with no word that makes it a firm's.
  if (
    words.length <= 3 &&
    words.length >= 2 &&
    GIVEN_NAMES.has(words[0]!) &&
    !SUFFIX_END.test(name) &&
    !LEGAL_FORM_END.test(name)
  )
    return false;
  // "a joint venture with Jinling Medical Technology of Nanjing": a firm's home town after "of" ("Bank of
  // America" is one name).
  const ofTown =
    words.length >= 2 &&
    /^\s+of\s+[A-Z][a-z]+(?:[,.;]|\s+[a-z])/.test(after) &&
    !/\b(?:Bank|Trust|University|Institute|College|School|Department|Ministry|Government|Republic|State|City|Port|Society|Association|Council|Board|Office|Agency|Authority|Commission|Bancorp|Church)$/.test(
      name,
    );
  if (
    !ofTown &&
    /^\s+(?!(?:in|for|from|on|at|to|and|or|with|as|last|this|earlier|next|later|which|that|after|before|by|through|under|over|during|since|until|into|than|was|were|is|are|will|would|has|had|have|its|their|a|an|the|about|worth|valued|together|outright|plus|alongside|won|wins|got|gets|faces|drew|draws|needs|requires|remains|could|may|might|should|must|[a-z]+ed|covering|including|giving|allowing|letting|bringing|valuing|creating|making|marking|ending)\b)[a-z]/.test(
      after,
    )
  )
    return false;
  if (/^[A-Z]{1,4}$/.test(name) && !known(name)) return false;
  if (PLACES.has(nameKey(name)) || PLACES.has(nameKey(words[0]!))) return false;
  for (let k = words.length - 1; k >= 1; k--) if (known(words.slice(0, k).join(' '))) return false;
  return words.length < 2 || !namedAsPerson(text, words[words.length - 1]!);
}

/** Every pattern that finds a private firm, in the order resolveCompanies tries them (earlier ones win a span). */
export const FIRM_PATTERNS: readonly RegExp[] = [
  APPOSITIVE,
  DESCRIPTOR,
  SUFFIXED_NAME,
  ACQUIRED_OBJECT,
  ACQUIRED_NAMED,
  ACQUIRED_BEFORE,
  BOUGHT_NAMED_UNIT,
  PRICED_COUNTERPARTY,
  DESCRIBED_COUNTERPART,
  PAID_FOR,
  UNIT_OWNER,
  TO_BE_NAMED,
  ADVISER_IS,
  ADVISED,
  ROUND_LEAD,
  ROUND_OWNER,
  HYPHEN_LEAD,
  CONSORTIUM_MEMBER,
  INVESTEE_NAMED,
  NAMED_PURCHASE,
  DEAL_SLOT,
  COUNTERPART_SLOT,
  PAIR_SUBJECT,
  PAIR_FIRST,
  TAKEN_PRIVATE,
  CHOSEN_BIDDER,
  CHOSEN_BIDDER_FIRST,
  MADE_SUBSIDIARY,
  PASSIVE_OBJECT,
  RAISED_FUNDS,
  DEAL_SUBJECT,
  RELATIVE_SUBJECT,
  DEAL_OWNER,
  SOLD_WHOLE_TO,
  ACQUIRED_BY,
  BOUGHT_AMONG,
  BOUGHT_SECOND,
  BOUGHT_FROM_ONE,
  DASH_LIST_TARGET,
];
