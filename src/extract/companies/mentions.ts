/**
 * Resolves every company mention in one article: anchors first, then a per-article alias map built
 * from them ("Lumen Technologies (NYSE: LUMN)" makes "Lumen" and "Lumen’s" mean LUMN), then directory
 * names, bare tickers and private firms the text shows are businesses ("Citron, the short-seller",
 * "Wedbush’s Dan Ives", "Fjellstad Capital"). Ambiguous names count only when anchored.
 */
import type { Company } from '../../domain/facts.js';
import { findAnchors, findDescribedListings, LEADING_JUNK, type Anchor } from './anchors.js';
import { QUIET_TICKERS } from './builtin-more.js';
import { createDirectory, type CompanyDirectory, type DirectoryEntry } from './directory.js';
import { nameKey, stripLegalSuffix, tokenize } from './tokens.js';
import { isCalendarWord } from '../dates.js';
import {
  ACQUIRE_VERBS,
  activeForms,
  FUND_VERBS,
  PARTNER_VERBS,
  participleForms,
  passiveForms,
  SELL_VERBS,
  tailWords,
} from '../verbs.js';
import { GIVEN_NAMES } from './given-names.js';
import { PLACES } from './places.js';

export interface Entity {
  key: string;
  /** Named with an exchange anchor, a cashtag or the tag line: a company the story is about. */
  anchored?: boolean;
  name: string;
  ticker: string | null;
  exchange: string | null;
  kind: 'listed' | 'private';
}

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  text: string;
}

export interface CompanyIndex {
  entities: Entity[];
  mentions: Mention[];
  /** Mentions whose span lies within [start, end). */
  within(start: number, end: number): Mention[];
  byKey(key: string): Entity | undefined;
  /** Resolves a written name or ticker to an entity of this article, if any. */
  resolve(nameOrTicker: string): Entity | undefined;
  companies(): Company[];
}

const SUFFIX_WORDS =
  'Inc\\.?|Co\\.|Company|K\\.K\\.|Corp\\.?|Corporation|LLP|LLC|Ltd\\.?|plc|PLC|AG|SE|SA|S\\.A\\.|N\\.V\\.|NV|B\\.V\\.|BV|S\\.p\\.A\\.|SpA|KGaA|Oy|A/S|AS|ASA|AB|Oyj|GmbH|Capital|Partners|Bank|Holdings|Group|Securities|Ventures|Management|Advisors|Advisers|Associates|Technologies|Labs|Systems|Therapeutics|Pharmaceuticals|Pharma|Biotech|Industries|Motors|Airlines|Energy|Grid|Networks|Semiconductor|Semiconductors|Software|Robotics|Biosciences|Foods|Brands|Logistics|Analytics|Dynamics|Solutions|Solution|Aerospace|Materials|Research|Investments|Equity|Financial|Insurance|Media|Studios|Entertainment|Telecom|Communications|Mining|Metals|Resources|Petroleum|Oil|Gas|Power|Utilities|Electric|Automotive|Health|Healthcare|Medical|Devices|Retail|Stores|Markets|Exchange|Trust|Fund|Funds|Aviation|Airways|Shipping|Freight|Diagnostics|Biopharma|Bio|Biologics|Chemicals|Instruments|Electronics|Precision|Outlets|Hotels|Resorts|Bancorp|Bancshares|Apparel|Defense|Dental|Motion|Ophthalmics|Therapeutics|Genomics|Pharmaceutical|Cosmetics|Beverages|Restaurants|Realty|Properties|Infrastructure|Mobility|Semiconductor|Photonics|Optics|Quantum|Biotherapeutics|Biopharmaceuticals|Biopharmaceutical|Bioscience|Biomedical|Medicines|Vaccines|Oncology|Sciences|Kaisha';
// Accented letters belong to names too ("Ørsted", "Petróleo"), and so does a form like "A/S".
/** Where a name may start: \b, but one that knows "Øresund" and "Électricité" begin with a letter. */
const NAME_START = String.raw`(?<![\w\u00C0-\u024F])`;
const CAP = String.raw`[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&'’.-]*(?:/[A-Z]{1,3}\b)?`;
const SUFFIXED_NAME = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:,?[^\S\n]+(?:${CAP}|&|de|of)){0,4}?\s+(?:${SUFFIX_WORDS}))(?![\w-])(?!\s+(?:[A-Z&]|of\s+[A-Z]))`,
  'g',
);
const LEGAL_FORM_END =
  /\s(?:Inc\.?|Corp\.?|Co\.|Ltd\.?|LLC|plc|PLC|AG|SE|S\.A\.|N\.V\.|B\.V\.|K\.K\.|GmbH|Oy|Oyj|A\/S|ASA|AB|S\.p\.A\.)$/;
const SUFFIX_ONLY = new RegExp(`^(?:${SUFFIX_WORDS})$`);
const SUFFIX_END = new RegExp(`\\s(?:${SUFFIX_WORDS})$`);
/** "Tokyo Gas", "Kansai Electric": a place and the utility it serves name a firm in two words. */
const UTILITY_END = /\s(?:Gas|Electric|Electron|Steel|Telecom)$/;
const APPOSITIVE = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,3}),\s+(?:the|a|an)\s+(?:(?:privately|publicly|closely|family|employee|venture|founder)[- ](?:held|traded|owned|run|backed|led)\s+)?(?:(?!(?:at|of|for|with|in|from|to)\s)[\w-]+\s+){0,2}?(short[- ]seller|hedge fund|investment (?:bank|firm)|private[- ]equity (?:firm|group|fund)|asset manager|brokerage|research (?:firm|house)|activist(?: investor| fund)?|venture(?: capital)? firm|start-?up|company|firm|lender|bank|insurer|retailer|supplier|maker|manufacturer|developer|operator|provider|chipmaker|carrier|utility|conglomerate|group|business|rival|competitor|subsidiary|unit|owner|buyer|acquirer|brand|chain|producer|\w*maker|specialist|designer|builder|manufacturer|distributor|operator|platform|network|app|wallet|marketplace|exchange|service|hospital network|health system|nonprofit|cooperative|contractor|subcontractor|integrator|consultancy|laboratory|studio|shipper|refiner|wholesaler|installer|joint venture|venture|(?:largest|biggest|controlling|majority) (?:shareholder|owner|investor))(?![\w-])`,
  'g',
);
const DESCRIPTOR = new RegExp(
  String.raw`\b(?:(?:[Ff]in|[Bb]io|[Mm]ed|[Ii]nsur|[Ee]d|[Pp]rop|[Cc]lean|[Cc]limate|[Aa]g|[Hh]ealth|[Rr]eg|[Dd]eep)tech(?:\s+(?:startup|start-up|company|firm|group|lender))?|short[- ]seller|hedge fund|pension fund(?: manager)?|(?:asset|fund|wealth) manager|private[- ]equity (?:firm|group)|(?:independent |oil |gas |steel )?producer|investment (?:firm|bank)|asset manager|brokerage|[Bb]roker|research firm|[Pp]roxy adviser|adviser|advisor|start-?up|analysts? at|investors? in|infrastructure investor|investor|rival|lender|insurer|retailer|\w*maker|brand|chain|developer|operator|supplier|provider|contractor|carrier|utility|conglomerate|subsidiary|manufacturer|distributor|trader|processor|refiner|miner|publisher|grocer|airline|studio|marketplace|(?<!\b(?:the|an?|our|its|their|this|that|your)\s)app|(?:crypto |options |futures |stock |derivatives |digital[- ]asset )?exchange|platform|specialist|company|firm|group|business|\w*builder|(?:trading|research|fashion|auction|publishing) house)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})`,
  'g',
);
/** The named object of a purchase with a price, a description or a year: "agreed to buy Orchard Lane
 * Bakeries for $900 million", "completed its acquisition of Fenwick Telemetry in 2025". */
const ACQUIRED_OBJECT = new RegExp(
  String.raw`\b(?:agreed to (?:jointly )?(?:buy|acquire|purchase)|(?:will|to) (?:jointly |also )?(?:buy|acquire|purchase)|(?:has |have )?(?:acquired|bought)|(?:acquisition|purchase|takeover) of)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})(?=\s+for\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+|over\s+|up to\s+)?[$€£¥]|,\s+(?:a|an|which|the)\s|\s+in\s+(?:19|20)\d\d\b|\s+(?:last|earlier this) (?:year|month|quarter)\b|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+(?:closed|was completed|was announced|is expected|fell through|collapsed|was blocked|made|gave|turned|brought)\b)`,
  'g',
);
/** A capitalised word without a full stop: a name that does not run into the next sentence. */
const WORD = String.raw`[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&'’-]*`;
/** The named object of a purchase, two or more capitalised words: "its takeover of Skyhop Regional on Tuesday". */
const ACQUIRED_NAMED = new RegExp(
  String.raw`\b(?:agreed to (?:jointly )?(?:buy|acquire|purchase)|(?:will|to) (?:jointly |also )?(?:buy|acquire|purchase)|(?:has |have )?(?:acquired|bought)|(?:is |are )?(?:buying|acquiring)|(?:acquisition|purchase|takeover|buyout) of|(?:tender offer|bid|offer) for)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){1,4})(?![\w\u00C0-\u024F&'’-]|[^\S\n]*(?:['’]s\b|\(|[A-Z]))`,
  'g',
);
/** The other side of a priced purchase or sale: "bought a plant from Asahi Kasei for $80 million",
 * "sold its butter arm to Ornua for €160 million", "…for an undisclosed sum". */
const PRICED_COUNTERPARTY = new RegExp(
  String.raw`\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|purchases?|sold|sells?|selling|divested|licen[cs]ed|licen[cs]es)\b[^.;\n]{0,80}?\b(?:from|to)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})(?=\s+for\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+|over\s+|up to\s+)?(?:[$€£¥]|[A-Z]{1,2}\$|an?\s+undisclosed|undisclosed))`,
  'g',
);
/** What a price was paid for: "It paid about $4 billion for Esterline in 2019". */
const PAID_FOR = new RegExp(
  String.raw`\b(?:paid|pays|pay|paying|spent|spends|spend|shelled\s+out)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|more than\s+|almost\s+|around\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)[\d.,]+(?:\s*(?:billion|million|bn|m|b)\b)?\s+for\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})(?=\s+in\s+(?:19|20)\d\d\b|\s+(?:last|earlier this)\s+(?:year|month)\b|\s*[,.;]|\s+and\b)`,
  'g',
);
/** The object of a past deal told in a relative clause: "DreamWorks Animation, which it bought in 2016". */
const ACQUIRED_BEFORE = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,3}),\s+which\s+(?:it|they|${CAP}(?:[^\S\n]+${CAP}){0,2})\s+(?:had\s+|has\s+|already\s+)?(?:bought|acquired|purchased|took over)\b`,
  'g',
);
/** A possessive, then the unit it owns: the tail of UNIT_OWNER (also its first look, see PREFILTER). */
const OWNED_UNIT = String.raw`['’]s?\s+(?:[\w-]+\s+){0,3}?(?:business(?:es)?|units?|divisions?|operations|arm|assets|segments?|subsidiar(?:y|ies)|brands?|plants?|factor(?:y|ies)|mills?|mines?|portfolio|stake)\b`;
/**
 * The owner of a unit that changes hands: "bought Veoneer's driver-assistance business", "will pay
 * €1.2 billion for Naturgy's grid assets".
 */
const UNIT_OWNER = new RegExp(
  String.raw`\b(?:${activeForms(ACQUIRE_VERBS)}|${activeForms(SELL_VERBS)}|(?:acquisition|purchase|sale) of|(?:pay|pays|paid|paying)\s+(?:[\w$€£¥.,-]+\s+){1,5}?for)\s+(${CAP}(?:[^\S\n]+${CAP}){0,2})${OWNED_UNIT}`,
  'g',
);
/** A new entity and its name: "the venture, to be called Volunteer Cell Manufacturing". */
const TO_BE_NAMED = new RegExp(
  String.raw`\b(?:venture|company|entity|business|firm|subsidiary|group)s?,?\s+(?:which will be|to be|will be)\s+(?:called|named|known as)\s+(${CAP}(?:[^\S\n]+${CAP}){0,3})`,
  'g',
);
/** Data providers: "analysts polled by LSEG", "according to FactSet estimates", "Visible Alpha data show". */
const DATA_SOURCE = new RegExp(
  String.raw`\b(?:polled|surveyed|compiled|tracked|tallied) by\s+(${CAP}(?:[^\S\n]+${CAP}){0,2})|\b(?:according to|per)\s+(${CAP}(?:[^\S\n]+${CAP}){0,2}?)(?=\s+(?:data|estimates|figures|consensus)\b|[,.;]?\s*$|[,.;]\s)`,
  'gm',
);
/** DATA_SOURCE's cues with the capital after them: a text without one skips the pattern. */
const DATA_SOURCE_CUE =
  /\b(?:polled|surveyed|compiled|tracked|tallied) by\s+[A-Z\u00C0-\u00DE]|\b(?:according to|per)\s+[A-Z\u00C0-\u00DE]/;
/** "Visible Alpha data show": run only when the text has the phrase (it would otherwise try every capital). */
const DATA_SHOW_CUE = /\b(?:data|estimates|figures)\s+(?:show|showed|shows|compiled)\b/;
const DATA_SHOW = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,2}?)\s+(?:data|estimates|figures)\s+(?:show|showed|shows|compiled)\b`,
  'g',
);
/** A firm's name as advisers are written: "Goodwin Procter", "Cravath, Swaine & Moore", "Goldman Sachs & Co. LLC". */
const FIRM_NAME = String.raw`(?:[A-Z][\w.'’-]*(?:,[^\S\n]+[A-Z][\w.'’-]*)+[^\S\n]+&[^\S\n]+[A-Z][\w.'’-]*|[A-Z][\w.'’&-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w.'’-]*){0,4})`;
/** The lead of a financing: "a 2024 funding round led by Accel", "a Series B led by Index". */
const ROUND_LEAD = new RegExp(
  String.raw`\b(?:round|financing|funding|raise|[Ss]eries [A-H])[^\S\n]+(?:[\w$€£.,-]+[^\S\n]+){0,2}?(?:co-)?led[^\S\n]+by[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})`,
  'g',
);
/** The company money goes into, described right after: "a $14 million seed round in Framecast, which
 * builds…", "invested $50 million in Ledgerline, a payroll startup". */
const INVESTEE_NAMED = new RegExp(
  String.raw`\b(?:round|stake|investment|invest(?:ed|s|ing)?(?:[^\S\n]+[\w$€£.,-]+){0,3}?)[^\S\n]+in[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=,[^\S\n]+(?:a|an|which|the|who)[^\S\n])`,
  'g',
);
/**
 * A name in the slot a deal gives a company: what is bought ("bought Splunk", "the takeover of Hess"),
 * whose business is bought ("bought the lens business of Marlow Glass"),
 * where money goes or comes from ("a stake in Veritrace", "poured $2 billion into Sablewing AI", "seed
 * funding from Seedcamp") or whom a company
 * works with ("teams with Kyndryl"). One word is enough here; places and people are kept out. The cue
 * is a look-behind, so the long verb alternation is only tried where a capitalised word starts after
 * a word that can end a cue ("of", "with", "bought").
 */
const DEAL_SLOT = new RegExp(
  String.raw`${NAME_START}(?=[A-Z\u00C0-\u00DE])(?<=\b(?:of|in|into|on|with|from|${tailWords(ACQUIRE_VERBS)})[^\S\n]+)(?<=\b(?:(?:${activeForms(ACQUIRE_VERBS)}|(?:acquisition|purchase|sale) of)[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:business|unit|division|arm|assets|operations|plant|brand|subsidiary|portfolio)[^\S\n]+of|${activeForms(ACQUIRE_VERBS)}|(?:acquisition|purchase|takeover|buyout|pickup|pick-up) of|(?:${activeForms(ACQUIRE_VERBS)})[^\S\n]+(?:the[^\S\n]+(?:rest|remainder)|a[^\S\n]+majority|(?:majority[^\S\n]+)?control)[^\S\n]+of|(?:stake|investment) in|(?:funding|financing|investment|backing|round|extension) from|invest(?:s|ed|ing)?(?:[^\S\n]+[\w$€£.,-]+){0,5}?[^\S\n]+in|(?:${activeForms(FUND_VERBS)})(?:[^\S\n]+[\w$€£.,-]+){1,4}?[^\S\n]+(?:into|in|on)|(?:${activeForms(PARTNER_VERBS)}|partnership|alliance|joint venture|collaboration|tie-up|merge|merger|combine|combination) with)[^\S\n]+)(${WORD}(?:[^\S\n]+${WORD}){0,4})(?![\w\u00C0-\u024F&'’-]|[^\S\n]*(?:['’]s\b|\(|[A-Z&]))`,
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
const COUNTERPART_SLOT = new RegExp(
  String.raw`${NAME_START}(?=[A-Z\u00C0-\u00DE])(?<=\b(?:for|from|with|to|in|into|by|up|approached|backed|backing|supply|supplies|supplied|supplying|adding|adds|added|add)[^\S\n]+)(?<=\b(?:(?:signed|signs|lined|lines)[^\S\n]+up|(?:is|are|will|to)[^\S\n]+add(?:ing)?|adds|added|rights[^\S\n]+(?:to|for|in)(?:[^\S\n]+[\w'’$€£.,%-]+){1,8}?[^\S\n]+from|(?:deal|bid|offer|agreement|pact|contract|order|auction|arrangement)s?[^\S\n]+(?:for|from|with)|(?:battle|contest|bidding[^\S\n]+war)[^\S\n]+for|(?:approached|backed|backing|supply|supplies|supplied|supplying)|(?:working|work|works|worked)[^\S\n]+with|(?:paid|pays|pay|paying)(?:[^\S\n]+[\w$€£.,-]+){1,5}?[^\S\n]+for|(?<!in-)(?:${activeForms(SELL_VERBS)}|licen[cs](?:e|es|ed|ing))(?:[^\S\n]+(?!rights\b)[\w'’$€£.,%-]+){0,6}?[^\S\n]+to|(?:sale|divestiture|disposal)[^\S\n]+of(?:[^\S\n]+[\w'’-]+){1,5}?[^\S\n]+to|(?:${activeForms(ACQUIRE_VERBS)})(?:[^\S\n]+[\w$€£.,%-]+){1,6}?[^\S\n]+from|(?:round|Series[^\S\n]+[A-H]|financing)[^\S\n]+(?:in|into|for)|(?:selected|picked|chosen|tapped|hired|funded|acquired|bought|purchased|snapped[^\S\n]+up|taken[^\S\n]+over)[^\S\n]+by|(?:merged|merge|merges|merging|combined|combine|combines|combining)(?:[^\S\n]+[\w'’-]+){1,4}?[^\S\n]+with)[^\S\n]+)(${WORD}(?:[^\S\n]+${WORD}){1,4})(?![\w\u00C0-\u024F&'’-]|[^\S\n]*(?:['’]s\b|\(|[A-Z&]))`,
  'g',
);
/**
 * A one-word seller after "bought … from": "LS Power bought Bayou Crest from Cleco in 2021". The word
 * must end the clause or come before its date or price, and read as a name (plainOneWordName).
 */
const BOUGHT_FROM_ONE = new RegExp(
  String.raw`(?=[A-Z\u00C0-\u00DE])(?<=\b(?:bought|acquired|purchased|(?:acquisition|purchase)[^\S\n]+of)(?:[^\S\n]+[\w'’$€£.,%-]+){1,6}?[^\S\n]+from[^\S\n]+)(${WORD})(?=[^\S\n]+(?:in[^\S\n]+(?:19|20)\d\d|for|last|earlier)\b|[.,;])`,
  'g',
);
/** A company sold whole to a named buyer: "the sale of Pellam Outdoor to Kestrel Brands". */
const SOLD_WHOLE_TO = new RegExp(
  String.raw`\b(?:sale|divestiture)[^\S\n]+of[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?[A-Z\u00C0-\u00DE])`,
  'g',
);
/**
 * The buyer after a passive: "agreed to be acquired by Markel". One word is enough when the text
 * names it again (a one-off capitalised word after "by" is as often a person's surname).
 */
const ACQUIRED_BY = new RegExp(
  String.raw`\b(?:acquired|bought|purchased|taken[^\S\n]+over|snapped[^\S\n]+up)[^\S\n]+by[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,4})(?![\w\u00C0-\u024F&'’-]|[^\S\n]*(?:['’]s\b|\(|[A-Z&]))`,
  'g',
);
/** A deals list line: "Finvero (Milan) — acquired by Nexi, €610m, June": the company bought opens it. */
const DASH_LIST_TARGET = new RegExp(
  String.raw`^(?:\d{1,2}[.)][^\S\n]+|[-•*][^\S\n]+)?(${WORD}(?:[^\S\n]+${WORD}){0,3})(?:[^\S\n]+\([^()\n]{1,30}\))?[^\S\n]+[—–-][^\S\n]+(?:acquired|bought|purchased)[^\S\n]+by[^\S\n]`,
  'gm',
);
/** A line of such a list, where a one-word buyer is named once and still a firm. */
const DASH_LIST_LINE = /^[^\n]{1,60}\s[—–-]\s+(?:acquired|bought|purchased)\s+by\s[^\n]*$/m;

/** A company named among past buys: "has made several acquisitions in baking, including Trestle Bakeries". */
const BOUGHT_AMONG = new RegExp(
  String.raw`\b(?:acquisitions|purchases|takeovers)\b[^.;\n]{0,60}?,?[^\S\n]+(?:including|such[^\S\n]+as)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,4})(?![\w\u00C0-\u024F&'’-]|[^\S\n]*(?:['’]s\b|\(|[A-Z&]))`,
  'g',
);
/** Where a sentence (or, in 'm' patterns, a line) starts. */
const SENTENCE_START = String.raw`(?:^|(?<=[.!?]["”’]?[^\S\n]+))`;
/**
 * A capital next, before a pattern's look-behinds: V8 tries a pattern at every position of the text, and
 * this one-character test spares the look-behinds at all the positions where no name can start.
 */
const CAPITAL_NEXT = String.raw`(?=[A-Z\u00C0-\u00DE])`;
/** What two companies do together, after their names: "A and B agreed to…", "completed their merger". */
const PAIR_VERB = String.raw`(?:(?:have|has|will|had|also|jointly)[^\S\n]+)?(?:called[^\S\n]+off|scrapped|abandoned|agreed|signed|struck|formed|announced|completed|closed|finali[sz]ed|launched|set[^\S\n]+up|unveiled|inked|entered|created|sealed|teamed|partnered|plan|are[^\S\n]+forming|will[^\S\n]+form|will[^\S\n]+combine|will[^\S\n]+merge|combined|merged)\b`;
/**
 * The second of two companies that act together, named before the verb: "Novo Nordisk and Kinetix AI
 * agreed to co-develop…", "DoorDash and Ulta Beauty struck a tie-up". The first is a name or an anchor.
 */
const PAIR_SUBJECT = new RegExp(
  String.raw`${CAPITAL_NEXT}(?<=(?:\)|\b[A-Z][\w&.'’-]*)[^\S\n]+and[^\S\n]+(?:(?:U\.S\.|U\.K\.|[a-z][\w-]*)[^\S\n]+){0,2})(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+${PAIR_VERB})`,
  'g',
);
/**
 * The first of two companies that act together, opening the sentence: "Smurfit Kappa and U.S. peer
 * WestRock completed their merger". Two words or more, as for any name that opens a sentence, or one
 * word when the pair's own merger or venture follows (PAIR_OWN_DEAL).
 */
const PAIR_FIRST = new RegExp(
  String.raw`${CAPITAL_NEXT}${SENTENCE_START}(?:[A-Z][\w.]*['’]s[^\S\n]+)?(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+and[^\S\n]+(?:[\w.-]+[^\S\n]+){0,2}?${WORD}(?:[^\S\n]+${WORD}){0,3}[^\S\n]+(?:\([^()\n]{1,30}\)[^\S\n]+)?${PAIR_VERB})`,
  'gm',
);
/** "…called off their planned merger", "…formed a joint venture": a deal only two firms make together. */
const PAIR_OWN_DEAL = new RegExp(
  String.raw`^[^\S\n]+and[^\S\n]+[^\n]{1,60}?[^\S\n]${PAIR_VERB}[^\S\n]+(?:to[^\S\n]+(?:merge|combine)\b|(?:their|a|an)[^\S\n]+(?:[\w$€£.,-]+[^\S\n]+){0,4}?(?:merger|combination|joint[^\S\n]+venture|partnership|alliance)\b)`,
);
/** A company made a subsidiary: "Sanwa Kogyo will make Tachibana Seiki a wholly owned subsidiary". */
const MADE_SUBSIDIARY = new RegExp(
  String.raw`\b(?:make|makes|made|making)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=,?[^\S\n]+(?:into[^\S\n]+)?(?:a|its)[^\S\n]+(?:(?:wholly|fully)[- ]owned[^\S\n]+|consolidated[^\S\n]+)?subsidiary\b)`,
  'g',
);
/** The company a buyout takes private: "Tamsin Capital took Pinecrest Dairy private". */
const TAKEN_PRIVATE = new RegExp(
  String.raw`\b(?:took|take|takes|taking|will[^\S\n]+take)[^\S\n]+(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=[^\S\n]+private\b)`,
  'g',
);
/** A phrase with its spaces read as any run of spaces within a line. */
const spaced = (phrase: string) => phrase.replace(/ /g, String.raw`[^\S\n]+`);
/** Up to `n` words before a phrase's last word: "a $5 billion stake", "its planned purchase". */
const GAP = (n: number) => String.raw`(?:[\w$€£.,%-]+[^\S\n]+){0,${n}}?`;
/**
 * What a firm does as the subject of a deal, and a person, a place or an agency rarely does: the
 * verb tells that the capitalised words before it name a company.
 */
/** What only a buyer or a backer does: "led the round", "acquired", "invested". */
const BUY_OR_BACK_VERBS = [
  String.raw`(?:co-)?led(?=[^\S\n]*[,.;])`,
  spaced(
    `(?:co-)?led (?:the|a|an|its|that|this) (?:(?:company|startup|firm)['’]s )?${GAP(4)}(?:round|financing|raise|[Ss]eries|seed|investment)`,
  ),
  'invested|invest|acquired|acquire|bought|buy|purchased|is (?:buying|acquiring|investing)|snapped up',
].join('|');
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
    `(?:ended|abandoned|dropped|broke off|is in(?: advanced| early| exclusive| late-stage)?) talks to (?:buy|acquire)`,
  ),
  spaced('is (?:exploring|weighing) (?:a )?sale'),
  spaced(
    `(?:reached|struck|signed|inked|sealed|entered into) (?:a|an) ${GAP(4)}(?:deal|agreement|pact|contract|partnership|alliance)`,
  ),
  spaced(`(?:won|landed|secured|clinched|was awarded) (?:a|an) ${GAP(4)}(?:contract|order)`),
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
].join('|');
/** Words a subject can have between itself and its verb: "has", "agreed to", "plans to". */
const SUBJECT_AUX = spaced(
  '(?:(?:has|have|had|also|will|would|then|recently|quietly|previously|earlier|agreed to|plans to|is to|is set to|is poised to|is expected to|is about to) ){0,2}',
);
/**
 * A firm named as the subject of a deal verb at the start of a sentence or of a clause ("…after Boyd
 * Gaming terminated its agreement to acquire…"): "Kleiner Perkins led the round", "Harbor Lane
 * Robotics agreed to buy…". The verb must tell a deal ("bought 5,000 shares", "sold bonds" do not).
 * Any capitalised word can open a sentence, so a one-word name must be named again inside a sentence
 * (oneWordName).
 */
// Not after "and", "as" or "while": "A, B and C bought…" is a list's last name, "as Chief Executive…" no clause.
// ", and Zoomlion acquired…" after a clause of its own is a new subject.
/** After a sentence's opening adverb and its comma: "Separately, Corvena agreed…", "Meanwhile, X bought…". */
const OPENER_START = String.raw`(?<=(?:^|[.!?]["”’]?[^\S\n]+)(?:Separately|Meanwhile|Elsewhere|Additionally|Also|Earlier|Later|Previously|Last\s+(?:year|month|week)|In\s+(?:19|20)\d\d|On\s+[A-Z][a-z]+day),[^\S\n]+)`;
const CLAUSE_START = String.raw`(?<=\b(?:after|when|because|that)[^\S\n]+|[a-z\d],[^\S\n]+and[^\S\n]+)`;
/** A deal verb after a name: "agreed to buy…", "took a 49% stake" (not "bought back stock", "sold her shares"). */
const DEAL_VERB_AHEAD = String.raw`[^\S\n]+${SUBJECT_AUX}(?:${SUBJECT_DEAL_VERBS})\b(?![^\S\n]+(?:(?:[\d,.]+|her|his|their)[^\S\n]+)?(?:shares|stock|back|bonds|notes|debt)\b)(?![^\S\n]+(?:her|his)\b)`;
const DEAL_SUBJECT = new RegExp(
  String.raw`${CAPITAL_NEXT}(?:${SENTENCE_START}|(?<=^[-•*][^\S\n]+)|${CLAUSE_START}|${OPENER_START})(${WORD}(?:[^\S\n]+${WORD}){0,3})(?=(?:['’]s?[^\S\n]+(?:board|directors|shareholders|stockholders))?${DEAL_VERB_AHEAD})`,
  'gm',
);
/**
 * A firm described by its own purchase or backing in a relative clause, wherever it stands: "Its biggest
 * backer is Northzone, which led the company's Series B". "Which" tells a firm from a person ("who"); a
 * seller's verb would not ("Harvest Table, which sells bowls").
 */
const RELATIVE_SUBJECT = new RegExp(
  String.raw`${CAPITAL_NEXT}(?<![\w\u00C0-\u024F&'’-]|${WORD}[^\S\n]+)(${WORD}(?:[^\S\n]+${WORD}){0,3}),[^\S\n]+which[^\S\n]+${SUBJECT_AUX}(?:${BUY_OR_BACK_VERBS})\b`,
  'g',
);
/** "Meta took a 49% stake…", "Elliott has built a stake…": a known but ambiguous name acting as a firm. */
const DEAL_VERB_NEXT = new RegExp(`^${DEAL_VERB_AHEAD}`);
/**
 * A firm named by the possessive before its own deal: "regulators blocked Brimstone Midstream's $3 billion
 * acquisition of…". Two words or more; a person's purchase ("Jane Doe's") is told apart by namedAsPerson.
 */
const DEAL_OWNER = new RegExp(
  String.raw`(?<!${WORD}[^\S\n]+|[\w&'’-])(${WORD}(?:[^\S\n]+${WORD}){1,3})(?=['’]s[^\S\n]+${GAP(3)}(?:(?:planned|proposed|pending|agreed|hostile|unsolicited|failed|completed)[^\S\n]+)?(?:(?:acquisition|purchase|takeover|buyout|merger|bid|offer)[^\S\n]+(?:of|for|with)|sale[^\S\n]+to)[^\S\n]+(?:the[^\S\n]+)?[A-Z\u00C0-\u00DE])`,
  'g',
);
const NATIONALITIES =
  'Dutch|German|Swiss|French|British|Italian|Spanish|Japanese|(?:South )?Korean|Chinese|Canadian|American|Swedish|Norwegian|Danish|Finnish|Belgian|Austrian|Irish|Israeli|Indian|Australian|Brazilian|Mexican|Taiwanese|European|Asian|Nordic';
/** "the Dutch Veldhoven Pompen B.V.": a nationality is not part of the name. */
const NATIONALITY_BEFORE_NAME = new RegExp(`^(?:${NATIONALITIES})\\s+(?=[A-Z])`);
/** "a takeover of British packaging maker DS Smith": a nationality alone names no company. */
const NATIONALITY_ONLY = new RegExp(`^(?:${NATIONALITIES})$`);
/** "the Federal Reserve Bank of Kansas City", "the People's Bank of China": a central bank is no company. */
const CENTRAL_BANK = /\b(?:Federal Reserve|Reserve Bank|Central Bank|People['’]s Bank)\b/;
/** Patterns that read a plain name from where a deal puts it: it must read as addPrivate would keep it. */
const SLOT_PATTERNS = new Set<RegExp>([
  DEAL_SLOT,
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
  TAKEN_PRIVATE,
]);
/** Slot patterns whose name the deal's own words follow: its verb ("Regal Rexnord bought…", "A and B
 * struck…") or its possessive ("Brimstone Midstream's acquisition of…"), never a noun the name describes. */
const VERB_AFTER = new Set<RegExp>([DEAL_SUBJECT, RELATIVE_SUBJECT, PAIR_SUBJECT, DEAL_OWNER]);
/** Patterns whose name is the thing a deal is about: "buy Lumen's Fiber Unit" names its seller instead. */
const NO_POSSESSIVE = new Set<RegExp>([
  ...SLOT_PATTERNS,
  ACQUIRED_OBJECT,
  ACQUIRED_NAMED,
  ACQUIRED_BEFORE,
  PRICED_COUNTERPARTY,
]);
/** Patterns whose name starts right after a cue, read forward (the others end at a suffix or a comma). */
const STARTS_AT_CUE = new Set<RegExp>([
  DESCRIPTOR,
  ACQUIRED_OBJECT,
  ACQUIRED_NAMED,
  PRICED_COUNTERPARTY,
  UNIT_OWNER,
  TO_BE_NAMED,
  ROUND_LEAD,
  INVESTEE_NAMED,
  DEAL_SLOT,
  COUNTERPART_SLOT,
  TAKEN_PRIVATE,
]);
/** The company bought, named before a passive: "Walgreens was taken private by Sycamore Partners". */
/** A company sold whole, named as the subject: "X is being sold to Y", "agreed to sell itself to Y", "will
 * become a unit of Y", "has been owned since 2021 by Y". */
const SOLD_WHOLE = String.raw`(?:(?:is|are|was|were|been|being|be)[^\S\n]+sold|sell(?:s|ing)?[^\S\n]+itself|sold[^\S\n]+itself)[^\S\n]+to|become[^\S\n]+(?:a|an)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:unit|subsidiary|division)[^\S\n]+of|(?:been|is|are|was|were)[^\S\n]+(?:wholly[^\S\n]+|fully[^\S\n]+)?owned[^\S\n]+(?:since[^\S\n]+\d{4}[^\S\n]+)?by`;
const PASSIVE_OBJECT = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:[^\S\n]+${WORD}){0,3})[^\S\n]+(?:(?:has|had|have|will|would|agreed[^\S\n]+to|is|are|was|were)[^\S\n]+){0,2}(?:${SOLD_WHOLE}|${passiveForms(ACQUIRE_VERBS)}|(?:is|are|was|were|been|being|be)[^\S\n]+taken[^\S\n]+private[^\S\n]+by)\b`,
  'g',
);
/** A company that raised money, named before the verb and any relative clause or apposition: "Quarrystone
 * AI, which builds claims agents, raised a $250 million Series C". */
const RAISED_FUNDS = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:[^\S\n]+${WORD}){0,3})(?:,[^\S\n]+(?:which|that|an?|the)[^\S\n][^,\n]{1,120},)?[^\S\n]+(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?(?:raised|raises|secured|secures|closed|closes|landed|lands|received|receives|attracted|drew|got)[^\S\n]+(?:an?[^\S\n]+)?(?:[$€£]|US\$)[\d.,]+[^\S\n]*(?:million|billion|m|bn)?[^\S\n]+(?:[Ss]eries|seed|round|funding|financing|in[^\S\n]+(?:a[^\S\n]+|its[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?(?:funding|financing|capital|round))\b`,
  'g',
);
/** The lead or owner written before "-led"/"-backed": "a Tamsin Ventures-led round", "KKR-backed X". */
const HYPHEN_LEAD = new RegExp(
  String.raw`${NAME_START}(${WORD}(?:[^\S\n]+${WORD}){0,3})-(?:led|backed)\b`,
  'g',
);
/** Advisers on a deal: "Goodwin Procter is its legal counsel", "X is serving as financial advisor to Y". */
const ADVISER_IS = new RegExp(
  String.raw`(${FIRM_NAME})[^\S\n]+(?:is|are|was|were|has been|acted as|served as)[^\S\n]+(?:(?:serving|acting)[^\S\n]+as[^\S\n]+)?(?:the[^\S\n]+|its[^\S\n]+|their[^\S\n]+)?(?:(?:exclusive|lead|joint|sole)[^\S\n]+)?(?:financial|legal|M&A)[^\S\n]+(?:adviser|advisor|counsel)s?\b`,
  'g',
);
/** "ABN AMRO advised Nordhavn", "advised by Lazard", "with Cravath, Swaine & Moore as legal counsel". */
const ADVISED = new RegExp(
  String.raw`(${FIRM_NAME})[^\S\n]+advised[^\S\n]+(?=[A-Z])|\badvised[^\S\n]+by[^\S\n]+(${FIRM_NAME})|\bwith[^\S\n]+(${FIRM_NAME})[^\S\n]+as[^\S\n]+(?:its[^\S\n]+)?(?:financial|legal)[^\S\n]+(?:adviser|advisor|counsel)`,
  'g',
);
/** Cheap tests that must pass before a whole-text pattern that starts at every capital is tried. */
const PREFILTER = new Map<RegExp, RegExp>();
/** Several firms after a plural descriptor: "the venture firms Lindqvist Ventures and Tarragon Growth". */
const FIRM_LIST = new RegExp(
  String.raw`\b(?:venture(?: capital)? firms|private[- ]equity firms|investment firms|hedge funds|asset managers|investors|backers|lenders|banks|brokerages|law firms|suppliers|(?<!\b(?:corporate|antitrust|tax|litigation|M&A|senior|managing|founding|general|equity|name|restructuring|finance|capital markets|private equity)\s)partners|rivals|competitors|contractors|startups|companies),?\s+(?:including\s+|such as\s+|include\s+)?((?:${CAP}(?:[^\S\n]+${CAP}){0,3},\s+){0,4}${CAP}(?:[^\S\n]+${CAP}){0,3},?\s+(?:and|or)\s+${CAP}(?:[^\S\n]+${CAP}){0,3})`,
  'g',
);
PREFILTER.set(ACQUIRED_BEFORE, /,\s+which\s/);
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
PREFILTER.set(ADVISED, /\badvised\b/);
PREFILTER.set(ROUND_LEAD, /\bled by\b/);
PREFILTER.set(TAKEN_PRIVATE, /\sprivate\b/);
PREFILTER.set(MADE_SUBSIDIARY, /\ssubsidiary\b/);
PREFILTER.set(PAIR_SUBJECT, /\sand\s/);
PREFILTER.set(PAIR_FIRST, /\sand\s/);
PREFILTER.set(
  DEAL_SUBJECT,
  /\s(?:led|invest|acquire|bought|buy|purchased|snapped|sold|sell|is selling|paid|pay|is paying|accepted|backed|recommended|endorsed|agreed to|merge|combine|took|disclosed|built|amassed|holds|owns|raised|boosted|cut|trimmed|ended|abandoned|dropped|broke off|is in|is exploring|is weighing|is buying|is acquiring|reached|struck|signed|inked|sealed|entered into|won|landed|secured|clinched|was awarded|made|launched|submitted|sweetened|rejected|completed|closed|finali[sz]ed|terminated|called off|scrapped|walked away|is partnering|partnered|teamed up|will partner|formed a joint)/,
);
// These two start at their one literal (" by ", " of ") and look back for the verb: a search for the
// literal is far quicker than trying the verbs at every position.
PREFILTER.set(ACQUIRED_BY, / by (?<=\b(?:acquired|bought|purchased|over|up) by )[A-Z\u00C0-\u00DE]/);
PREFILTER.set(SOLD_WHOLE_TO, / of (?<=\b(?:sale|divestiture) of )[A-Z\u00C0-\u00DE]/);
PREFILTER.set(
  BOUGHT_FROM_ONE,
  /\b(?:bought|acquired|purchased|acquisition of|purchase of)\s[^.;\n]{1,80}\sfrom [A-Z\u00C0-\u00DE]/,
);
PREFILTER.set(RELATIVE_SUBJECT, /,\s+which\s/);
PREFILTER.set(BOUGHT_AMONG, /\b(?:including|such as) [A-Z\u00C0-\u00DE]/);
PREFILTER.set(
  DEAL_OWNER,
  /['’]s\s[^.;\n]{0,40}(?:acquisition|purchase|takeover|buyout|merger|bid|offer|sale)\s/,
);
PREFILTER.set(HYPHEN_LEAD, /-(?:led|backed)\b/);
PREFILTER.set(INVESTEE_NAMED, /\bin\s+[A-Z][^,]{0,40},\s+(?:a|an|which|the|who)\s/);
PREFILTER.set(PAID_FOR, /\b(?:paid|pays|pay|paying|spent|spends|spend|shelled)\s/);
PREFILTER.set(PRICED_COUNTERPARTY, /\b(?:from|to)\s+[A-Z][^.;\n]{0,60}\sfor\s/);
// The first looks below are parts of their patterns (a match of the pattern holds a match of the look)
// or looser forms of them (every DESCRIPTOR alternative ends in one of the listed words). They start at
// a rare character or a short word list, so a text without them skips a pattern tried at every capital.
PREFILTER.set(UNIT_OWNER, new RegExp(OWNED_UNIT));
PREFILTER.set(APPOSITIVE, /,\s+(?:the|a|an)\s/);
// DESCRIPTOR's look starts at the capital and looks back for the word: the capital is the rarer start.
PREFILTER.set(
  DESCRIPTOR,
  /[A-Z\u00C0-\u00DE](?<=(?:tech|seller|fund|manager|firm|group|producer|bank|brokerage|[Bb]roker|adviser|advisor|start-?up|analysts? at|investors? in|investor|rival|lender|insurer|retailer|maker|brand|chain|specialist|exchange|developer|operator|supplier|provider|contractor|carrier|utility|conglomerate|subsidiary|manufacturer|distributor|trader|processor|refiner|miner|publisher|grocer|airline|studio|marketplace|app|platform|company|business|builder|house)\s+.)/,
);
PREFILTER.set(
  ACQUIRED_OBJECT,
  /(?:(?:to|will) (?:jointly |also )?(?:buy|acquire|purchase)|acquired|bought|(?:acquisition|purchase|takeover) of)\s+[A-Z\u00C0-\u00DE]/,
);
PREFILTER.set(TO_BE_NAMED, /\b(?:called|named|known as)\s/);
PREFILTER.set(DASH_LIST_TARGET, /\s[—–-]\s+(?:acquired|bought|purchased)\s+by\s/);
const POSSESSIVE_PERSON = new RegExp(
  String.raw`${NAME_START}(${CAP}(?:[^\S\n]+${CAP}){0,2})(?:’s|'s)\s+(?:(?:analyst|strategist|economist|chief [a-z]+ officer|[A-Z]{2,4})\s+)?([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)`,
  'g',
);
/** The part of POSSESSIVE_PERSON from the possessive on: a text without it skips the pattern. */
const POSSESSIVE_PERSON_CUE =
  /(?:’s|'s)\s+(?:(?:analyst|strategist|economist|chief [a-z]+ officer|[A-Z]{2,4})\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z]/;
/** Words that start capitalised phrases but never companies. */
const NOT_COMPANY = new Set(
  [
    // Where shares trade ("trades on the New York Stock Exchange"): a venue, not a party to the story.
    'new york stock exchange',
    'nasdaq stock market',
    'london stock exchange',
    'tokyo stock exchange',
    'hong kong stock exchange',
    'stock exchange of hong kong',
    'toronto stock exchange',
    'tsx venture exchange',
    'australian securities exchange',
    'korea exchange',
    'national stock exchange',
    'bombay stock exchange',
    'shanghai stock exchange',
    'shenzhen stock exchange',
    'taiwan stock exchange',
    'singapore exchange',
    'tel aviv stock exchange',
    'frankfurt stock exchange',
    'johannesburg stock exchange',
    'six swiss exchange',
    'u.s',
    'us',
    'u.k',
    'uk',
    'america',
    'china',
    'europe',
    'japan',
    'germany',
    'france',
    'india',
    'russia',
    'britain',
    'canada',
    'norway',
    'sweden',
    // Countries and regions before a possessive ("Korea's Hanseo Cell") are places, not firms.
    'korea',
    'south korea',
    'taiwan',
    'singapore',
    'hong kong',
    'switzerland',
    'netherlands',
    'italy',
    'spain',
    'denmark',
    'finland',
    'ireland',
    'israel',
    'brazil',
    'mexico',
    'australia',
    'asia',
    'africa',
    'latin america',
    'the netherlands',
    'saudi arabia',
    'vietnam',
    'indonesia',
    'poland',
    'austria',
    'belgium',
    'tokyo',
    'seoul',
    'paris',
    'berlin',
    'frankfurt',
    'zurich',
    'shanghai',
    'wall street',
    'washington',
    'beijing',
    'brussels',
    'london',
    'new york',
    'federal reserve',
    'the fed',
    'fed',
    'congress',
    'the',
    'this',
    'that',
    'here',
    'there',
    'its',
    'their',
    'world bank',
    'central bank',
    'european central bank',
    'treasury',
    'white house',
    'senate',
    'european union',
    'eu',
    'ceo',
    'cfo',
    'ai',
    'it',
    'he',
    'she',
    'they',
    'we',
    'i',
    'in',
    'on',
    'at',
    'as',
    'and',
    'but',
    'for',
    'bulls',
    'bears',
    'investors',
    'analysts',
    'shares',
    'stock',
    'street',
    'market',
    'markets',
    'nasdaq',
    'dow',
    's&p',
    // Business words written with an ampersand ("fintech M&A", "R&D spending").
    'm&a',
    'r&d',
    'p&l',
    'stock market',
    'wall street journal',
    // A press release's defined terms ("the \"Company\"", "the Company's Annual Report") are not names.
    'company',
    'corporation',
    'firm',
    'group',
    'issuer',
    'purchaser',
  ].map((s) => s),
);
const GENERIC_FIRST = new Set([
  'american',
  'united',
  'general',
  'first',
  'national',
  'global',
  'new',
  'royal',
  'bank',
  'digital',
  'international',
  'north',
  'south',
  'east',
  'west',
  'western',
  'eastern',
  'pacific',
  'atlantic',
  'great',
  'big',
  'the',
  'data',
  'advanced',
  'applied',
  'capital',
  'energy',
  'power',
  'blue',
  'green',
  'red',
  'black',
  'white',
  'golden',
  'silver',
  'smart',
  'open',
  'central',
  'premier',
  'standard',
  'public',
  'liberty',
  'summit',
  'alpha',
  'delta',
  'omega',
  'apex',
  'core',
  'prime',
  'union',
  'city',
  'metro',
  'southern',
  'northern',
  'continental',
  'universal',
  'deutsche',
]);

const NO_ALIASES = createDirectory([], { builtin: false });

/** "…Ford to buy from hold", "…Zoom at Overweight": a rating given to the name before. */
const RATED_AS =
  /^\s+(?:to|at|as)\s+(?:an?\s+)?["“'‘]?(?:strong buy|buy|sell|hold|neutral|outperform|underperform|overweight|underweight|equal[- ]weight|market perform|sector perform|peer perform|in[- ]line|accumulate|reduce)\b/i;

/** "… and Gridline Risk, a cyber startup, have formed a partnership": the other of a pair and their deal. */
const PAIR_DOES_DEAL =
  /^\s+and\s+(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*(?:\s+\([^)]{1,30}\))?(?:,[^,;]{1,60},)?\s+(?:have\s+|has\s+|had\s+)?(?:formed|signed|struck|inked|agreed|set up|launched|teamed up|partnered|announced)\s+(?:an?\s+|to\s+)?(?:[\w-]+\s+){0,3}?(?:partnership|alliance|joint venture|agreement|deal|pact|collaboration|merge|combine)/;

/** "Texas-based", "KKR-backed", "New York-chartered": a word that describes, not a name. */
const DESCRIBING = String.raw`-(?:based|owned|backed|controlled|listed|headquartered|born|chartered|registered|incorporated|regulated|licensed|focused)`;
const DESCRIBING_END = new RegExp(`${DESCRIBING}$`);
/** "Ohio-based X", "KKR-backed X": the place or the owner before a name. */
const DESCRIBING_START = new RegExp(String.raw`^(?:[A-Z][\w.]*[- ])?[A-Z]?\w*${DESCRIBING}\s+`);

/** "Mars completed its $36 billion purchase of…", "Shell struck a deal…": what only a business does. */
const DOES_DEALS =
  /^\s+(?:completed|closed|finalized|finalised|struck|signed|announced|unveiled|made|sweetened|raised)\s+(?:its|an?|the)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:acquisition|purchase|takeover|merger|deal|bid|offer|agreement|sale|buyout)\b/;

export function resolveCompanies(
  text: string,
  directory: CompanyDirectory,
  tagTickers: string[] = [],
): CompanyIndex {
  const entities = new Map<string, Entity>();
  const writtenNames = new Map<string, string[]>();
  // A private firm of the directory is one entity under all its names: keyed by its listed name.
  const entityFor = (
    ticker: string | null,
    name: string,
    exchange: string | null,
    keyName = name,
  ): Entity => {
    const key = ticker ? `T:${ticker}` : `N:${nameKey(stripLegalSuffix(keyName))}`;
    let e = entities.get(key);
    if (!e) {
      e = { key, name, ticker, exchange, kind: ticker ? 'listed' : 'private' };
      entities.set(key, e);
    }
    if (!e.exchange && exchange) e.exchange = exchange;
    const names = writtenNames.get(key) ?? [];
    names.push(name);
    writtenNames.set(key, names);
    return e;
  };
  // "Nordlys" then "Nordlys Grid AS": one private firm, named by its longer form.
  const samePrivate = (name: string): Entity | undefined => {
    const k = nameKey(stripLegalSuffix(name));
    for (const e of entities.values()) {
      if (e.ticker) continue;
      const ek = nameKey(stripLegalSuffix(e.name));
      if (ek === k || ek.startsWith(`${k} `) || k.startsWith(`${ek} `)) {
        if (name.length > e.name.length) e.name = name;
        const names = writtenNames.get(e.key) ?? [];
        names.push(name);
        writtenNames.set(e.key, names);
        return e;
      }
    }
    return undefined;
  };
  // "Hartwell Electric's unit … Hartwell (NYSE: HTWE)": a firm named with one word more than an
  // anchored short name is that listed company.
  const anchoredShortFor = (name: string): Entity | undefined => {
    const k = nameKey(stripLegalSuffix(name)).split(' ');
    for (const e of entities.values()) {
      if (!e.ticker || !e.anchored) continue;
      const ek = nameKey(stripLegalSuffix(e.name)).split(' ');
      if (k.length === ek.length + 1 && ek.every((w, i) => w === k[i])) return e;
    }
    return undefined;
  };
  const fromEntry = (entry: DirectoryEntry, written: string): Entity =>
    entityFor(entry.ticker, written, entry.exchange, entry.name);

  // 1. Anchors and the article's own aliases.
  const anchors = findAnchors(text, directory);
  const terms = definedTerms(text);
  const anchored = new Set<string>(tagTickers);
  const aliasRecords: Array<{ ticker: string; name: string; aliases: string[] }> = [];
  const privateAliases: Array<{ name: string; entity: Entity }> = [];
  const mentions: Mention[] = [];
  for (const a of anchors) {
    anchored.add(a.ticker);
    const entry = directory.byTicker(a.ticker);
    const e = entityFor(a.ticker, a.name, a.exchange ?? entry?.exchange ?? null);
    e.anchored = true;
    mentions.push({ entity: e, start: a.start, end: a.end, text: text.slice(a.start, a.end) });
    aliasRecords.push({ ticker: a.ticker, name: a.name, aliases: derivedAliases(a) });
  }
  for (const t of tagTickers) {
    const entry = directory.byTicker(t);
    if (entry) entityFor(t, stripLegalSuffix(entry.name), entry.exchange).anchored = true;
  }

  // An article without anchors shares one empty alias directory instead of building its own.
  const local = aliasRecords.length
    ? createDirectory(
        aliasRecords.map((r) => ({
          ticker: r.ticker,
          name: r.name,
          exchange: null,
          aliases: r.aliases,
          cik: null,
          origin: 'article' as const,
        })),
        { builtin: false },
      )
    : NO_ALIASES;

  // 2. Private firms shown to be businesses by the text.
  const addPrivate = (raw: string, start: number): void => {
    const name = cleanFirmName(raw);
    if (
      !name ||
      !/^[A-Z\u00C0-\u00DE]/.test(name) ||
      NOT_COMPANY.has(nameKey(name)) ||
      // "buy New York-chartered custodian X": a describing word, not a name.
      DESCRIBING_END.test(name) ||
      // "New Mexico utility owner TXNM Energy": a state or region written before what it describes.
      PLACES.has(nameKey(name)) ||
      NATIONALITY_ONLY.test(name) ||
      CENTRAL_BANK.test(name) ||
      isCalendarWord(name) ||
      // "Tokyo Electron Ltd.", "Japan Industrial Partners", "Tokyo Gas": a place may start a name that
      // carries a legal form, or ends like a firm's or a utility's.
      (NOT_COMPANY.has(nameKey(name.split(' ')[0]!)) &&
        !LEGAL_FORM_END.test(name) &&
        !(
          (name.split(/\s+/).length >= 3 ? SUFFIX_END : UTILITY_END).test(name) &&
          !/,|\sof\s|\s(?:Exchange|Markets)$/.test(name)
        ))
    )
      return;
    const hit =
      local.byAlias(name) ??
      local.byAlias(stripLegalSuffix(name)) ??
      directory.byAlias(name) ??
      directory.byAlias(stripLegalSuffix(name));
    if (hit?.entry.kind === 'media') return;
    const s = start + raw.indexOf(name);
    if (mentions.some((x) => s < x.end && s + name.length > x.start)) return; // already named here
    if (hit) {
      if (hit.ambiguous && !(hit.entry.ticker && anchored.has(hit.entry.ticker))) {
        // An ambiguous directory name with a business cue ("Target, the retailer") still counts.
      }
      const e = entities.get(`T:${hit.entry.ticker}`) ?? fromEntry(hit.entry, name);
      mentions.push({ entity: e, start: s, end: s + name.length, text: name });
      return;
    }
    // "Financial" or "Capital" alone is a word, not a firm.
    if (!name.includes(' ') && SUFFIX_ONLY.test(name)) return;
    // "Arthur J. Gallagher & Co.": a name cut at a middle initial is the start of a longer one.
    if (/\s[A-Z]$/.test(name) && /^\.\s+[A-Z]/.test(text.slice(s + name.length))) return;
    // "bought "His Dark Materials" producer Bad Wolf": a title in quotation marks is a work, not a firm.
    if (/["“]$/.test(text.slice(Math.max(0, s - 1), s)) && /^["”]/.test(text.slice(s + name.length))) return;
    const e = samePrivate(name) ?? anchoredShortFor(name) ?? entityFor(null, name, null);
    mentions.push({ entity: e, start: s, end: s + name.length, text: name });
    privateAliases.push({ name, entity: e });
  };
  const known = (n: string): boolean => !!(local.byAlias(n) ?? directory.byAlias(n));
  let m: RegExpExecArray | null;
  for (const re of [
    APPOSITIVE,
    DESCRIPTOR,
    SUFFIXED_NAME,
    ACQUIRED_OBJECT,
    ACQUIRED_NAMED,
    ACQUIRED_BEFORE,
    PRICED_COUNTERPARTY,
    PAID_FOR,
    UNIT_OWNER,
    TO_BE_NAMED,
    ADVISER_IS,
    ADVISED,
    ROUND_LEAD,
    HYPHEN_LEAD,
    INVESTEE_NAMED,
    DEAL_SLOT,
    COUNTERPART_SLOT,
    PAIR_SUBJECT,
    PAIR_FIRST,
    TAKEN_PRIVATE,
    MADE_SUBSIDIARY,
    PASSIVE_OBJECT,
    RAISED_FUNDS,
    DEAL_SUBJECT,
    RELATIVE_SUBJECT,
    DEAL_OWNER,
    SOLD_WHOLE_TO,
    ACQUIRED_BY,
    BOUGHT_AMONG,
    BOUGHT_FROM_ONE,
    DASH_LIST_TARGET,
  ]) {
    if (PREFILTER.get(re)?.test(text) === false) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      let raw = (m[1] ?? m[2] ?? m[3])!;
      // "bought Finland's Wolt", "Italy's CIFA": a country's possessive before the name is no part of it.
      const country = /^([A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?)['’]s[^\S\n]+(?=[A-Z\u00C0-\u00DE])/.exec(raw);
      if (country && isPlaceName(country[1]!)) raw = raw.slice(country[0].length);
      // A name read forward from a cue ends with its sentence ("satellite maker Heliant. Corvane has…").
      if (STARTS_AT_CUE.has(re)) raw = raw.replace(/((?:[a-z]{2,}|[A-Z]{2,}|\d)[.!?])\s+[A-Z].*$/s, '$1');
      if (/\n/.test(raw)) continue;
      // "The company is its financial adviser", "It advised": no firm's name.
      if (
        (re === ADVISER_IS || re === ADVISED) &&
        /^(?:The|This|That|It|Its|They|He|She|We|A|An)\b/.test(raw)
      )
        continue;
      // "buy Lumen's Fiber Unit": a possessive names the seller, not the thing bought.
      // A plural possessive inside a name stays ("Ontario Teachers' Pension Plan").
      if (NO_POSSESSIVE.has(re) && /['’](?!\s+[A-Z])|[^s]['’]\s/.test(raw)) continue;
      if (re === SUFFIXED_NAME && /^(The|A|An)\s/.test(raw) && raw.split(/\s+/).length <= 2) continue;
      // "The Big Biotech", "the Swiss pharma group": a nickname built from a describing word, not a name.
      if (
        re === SUFFIXED_NAME &&
        /^(?:The|A|An)\s+(?:Big|Large|Small|Giant|Major|Leading|Global|Swiss|German|French|British|American|Japanese|Chinese|Korean|Dutch|Danish|Italian|Spanish|Canadian|Indian|European|Asian)\s+\S+$/.test(
          raw,
        )
      )
        continue;
      // Headlines capitalise every word: "Lumen Leverages Fiber Network To Power AI" is not a company.
      if (
        re !== APPOSITIVE &&
        isTitleCaseLine(text, m.index) &&
        !DASH_LIST_LINE.test(lineAround(text, m.index))
      )
        continue;
      // A deal slot holds a name only as addPrivate would clean it ("Texas-based Veritrace" → "Veritrace").
      if (
        re === ACQUIRED_BY &&
        !raw.includes(' ') &&
        !namedAgain(text, raw, m.index + m[0].lastIndexOf(raw)) &&
        !DASH_LIST_LINE.test(lineAround(text, m.index))
      )
        continue;
      if (re === BOUGHT_FROM_ONE && (!plainOneWordName(raw) || namedAsPerson(text, raw))) continue;
      if (
        re === PAIR_FIRST &&
        !raw.includes(' ') &&
        !(
          plainOneWordName(raw) &&
          PAIR_OWN_DEAL.test(text.slice(m.index + raw.length, m.index + raw.length + 160))
        )
      )
        continue;
      if (re === DEAL_SUBJECT && !raw.includes(' ')) {
        // A name the directory or the article's anchors know is read with the others (step 3).
        if (known(raw)) continue;
        // "Quest Diagnostics … Quest acquired…": the short form of a known name the text also gives.
        const longer = longerKnownName(text, raw, directory);
        if (longer) {
          if (!mentions.some((x) => m!.index < x.end && m!.index + raw.length > x.start))
            mentions.push({
              entity: fromEntry(longer, raw),
              start: m.index,
              end: m.index + raw.length,
              text: raw,
            });
          continue;
        }
        if (!oneWordName(text, raw, m.index) && !loneNameDoingDeal(text, raw, m.index)) continue;
      }
      if (
        re === RELATIVE_SUBJECT &&
        !raw.includes(' ') &&
        !known(raw) &&
        !oneWordName(text, raw, m.index) &&
        !(plainOneWordName(raw) && !namedAsPerson(text, raw))
      )
        continue;
      if (SLOT_PATTERNS.has(re)) {
        // "took X private in…": the word after the name is the cue's own.
        const end = m.index + m[0].length + (re === TAKEN_PRIVATE ? ' private'.length : 0);
        // A name its pattern reads before the deal's verb is followed by that verb, not by a noun it describes.
        const after = VERB_AFTER.has(re) ? '' : text.slice(end, end + 30);
        if (!isDealSlotName(cleanFirmName(raw), after, text, known)) continue;
      }
      // "$PLSH: Plush Co agreed to be acquired by…": the name after a cashtag is that ticker's.
      if (
        (re === PASSIVE_OBJECT || re === RAISED_FUNDS) &&
        /\$[A-Z]{1,5}:?\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      addPrivate(raw, m.index + m[0].indexOf(raw));
    }
  }
  const dataSources: RegExpExecArray[] = [];
  DATA_SOURCE.lastIndex = 0;
  if (DATA_SOURCE_CUE.test(text)) while ((m = DATA_SOURCE.exec(text))) dataSources.push(m);
  if (DATA_SHOW_CUE.test(text)) {
    DATA_SHOW.lastIndex = 0;
    while ((m = DATA_SHOW.exec(text))) dataSources.push(m);
  }
  for (m of dataSources) {
    const raw = (m[1] ?? m[2])!;
    // "polled by the company" or "according to Monday's filing": capitalised but not a firm.
    if (/\n/.test(raw) || /^(?:The|A|An|Its|Their|Monday|Tuesday|Wednesday|Thursday|Friday)\b/.test(raw))
      continue;
    if (raw.split(/\s+/).length > 1 && !SUFFIXED_NAME.test(raw)) {
      SUFFIXED_NAME.lastIndex = 0;
      // Two or three capitalised words after "according to" are usually a person's name.
      if (!/(?:polled|surveyed|compiled|tracked|tallied) by/.test(m[0])) continue;
    }
    SUFFIXED_NAME.lastIndex = 0;
    addPrivate(raw, m.index + m[0].indexOf(raw));
  }
  FIRM_LIST.lastIndex = 0;
  while ((m = FIRM_LIST.exec(text))) {
    const list = m[1]!;
    if (/\n/.test(list) || isTitleCaseLine(text, m.index)) continue;
    let from = m.index + m[0].indexOf(list);
    for (const item of list.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) {
      const at = text.indexOf(item, from);
      from = at + item.length;
      if (item.trim()) addPrivate(item.trim(), at);
    }
  }
  POSSESSIVE_PERSON.lastIndex = 0;
  const possessives = POSSESSIVE_PERSON_CUE.test(text);
  while (possessives && (m = POSSESSIVE_PERSON.exec(text))) {
    const org = m[1]!;
    const person = m[2]!;
    // "Here's What It Means for Investors": a headline's capitals name no person and no firm.
    // "Dick's Sporting Goods": a listed name with a possessive in it, no firm's person.
    if (
      directory.byAlias(person) ||
      directory.byAlias(`${org}'s ${person}`) ||
      /\n/.test(m[0]) ||
      isTitleCaseLine(text, m.index)
    )
      continue;
    if (!/^[A-Z][a-z]+ /.test(person)) continue;
    addPrivate(org, m.index);
  }

  // 3. Directory names, the article's aliases and bare tickers, token by token.
  const tokens = tokenize(text);
  // Characters already inside a mention: a bitmap keeps "is this span taken?" cheap on long texts.
  const covered = new Uint8Array(text.length + 1);
  let coveredUpTo = 0;
  const taken = (s: number, e: number): boolean => {
    for (; coveredUpTo < mentions.length; coveredUpTo++)
      covered.fill(1, mentions[coveredUpTo]!.start, mentions[coveredUpTo]!.end);
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  for (const hit of local === NO_ALIASES ? [] : local.matchNames(tokens)) {
    if (taken(hit.start, hit.end)) continue;
    const e = entities.get(`T:${hit.entry.ticker}`)!;
    mentions.push({ entity: e, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
  }
  const pending: Array<{ entry: DirectoryEntry; start: number; end: number }> = [];
  for (const hit of directory.matchNames(tokens)) {
    if (taken(hit.start, hit.end) || hit.entry.kind === 'media') continue;
    const written = text.slice(hit.start, hit.end).replace(/['’]s$/, '');
    if (terms.has(written)) continue;
    // A name of several words is written capitalised: "Canadian natural-cheese" is no "Canadian Natural".
    if (
      /\s/.test(written) &&
      written
        .split(/\s+/)
        .some((w) => /^[a-z]/.test(w) && !/^(?:(?:of|and|de|the|du|der|la|le)$|[a-z][A-Z])/.test(w))
    )
      continue;
    if (hit.ambiguous) {
      pending.push({ entry: hit.entry, start: hit.start, end: hit.end });
      continue;
    }
    const e = fromEntry(hit.entry, written);
    mentions.push({ entity: e, start: hit.start, end: hit.end, text: written });
  }
  // Private-firm aliases: "Nordlys Grid AS" → later "Nordlys" / "Nordlys Grid".
  const privLocal = new Map<string, Entity>();
  for (const p of privateAliases) {
    for (const alias of privateDerived(p.name)) {
      const k = nameKey(alias);
      // A known name that is only ambiguous ("Tidewater?") yields to the firm the article names in full.
      const known = directory.byAlias(alias);
      if (!privLocal.has(k) && (!known || known.ambiguous)) privLocal.set(k, p.entity);
    }
  }
  // A known company named in full lends its short forms too: "Quest Diagnostics … Quest has been a
  // steady buyer", unless the short form is another company's name or a person's given name.
  const namedInFull = mentions.filter(
    (m) =>
      m.entity.ticker && /\s/.test(m.text) && directory.byAlias(m.text)?.entry.ticker === m.entity.ticker,
  );
  for (const p of namedInFull) {
    for (const alias of prefixAliases(p.text)) {
      const k = nameKey(alias);
      const other = directory.byAlias(alias);
      if (privLocal.has(k) || GIVEN_NAMES.has(alias) || (other && other.entry.ticker !== p.entity.ticker))
        continue;
      privLocal.set(k, p.entity);
    }
  }
  const privFirst = new Set([...privLocal.keys()].map((k) => k.split(' ')[0]!));
  const acronyms = acronymsOf(entities.values(), text, directory);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!/^[A-Z]/.test(tok.text)) continue;
    for (let n = privFirst.has(tok.norm) ? 4 : 0; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const key = tokens
        .slice(i, i + n)
        .map((t) => t.norm)
        .join(' ');
      const e = privLocal.get(key);
      if (!e) continue;
      const end = tokens[i + n - 1]!.end;
      if (!taken(tok.start, end))
        mentions.push({ entity: e, start: tok.start, end, text: text.slice(tok.start, end) });
      i += n - 1;
      break;
    }
    if (/^[A-Z]{2,5}(\.[A-Z])?$/.test(tok.text) && !taken(tok.start, tok.end) && !terms.has(tok.text)) {
      const entry = directory.byTicker(tok.text);
      const isAnchored = anchored.has(tok.text);
      if ((entry && !COMMON_CAPS.has(tok.text) && !QUIET_TICKERS.has(tok.text)) || isAnchored) {
        const e =
          entities.get(`T:${tok.text}`) ??
          (entry ? fromEntry(entry, stripLegalSuffix(entry.name)) : undefined);
        if (e) mentions.push({ entity: e, start: tok.start, end: tok.end, text: tok.text });
      } else {
        // "Community Health Systems … CHS shares jumped": the initials of a company named in full first.
        const e = acronyms.get(tok.text);
        if (e && e.firstAt < tok.start)
          mentions.push({ entity: e.entity, start: tok.start, end: tok.end, text: tok.text });
      }
    }
  }
  // Ambiguous names count once the same company is anchored or named unambiguously, or once the text
  // uses the name as a business somewhere: "Shell sold its stake", "Shell's", "shares of Shell".
  const actsAsBusiness = (p: (typeof pending)[number]): boolean =>
    // "Brookfield's $4.4 billion purchase", but not a surname's "Elena Marsh's bid".
    (/['’]s$/.test(text.slice(p.start, p.end)) &&
      !/[A-Z][\w.'’-]*\s+$/.test(text.slice(Math.max(0, p.start - 30), p.start))) ||
    /^(?:['’]s\b|\s+(?:shares|stock|said|says|agreed|agrees|sold|sells|bought|buys|acquired|acquires|will|plans|reported|reports|rose|fell|gained|slipped|declined|jumped|Inc\b|Corp\b|plc\b|(?:is|was|has been)\s+(?:weighing|exploring|considering|mulling|nearing|preparing|buying|selling|acquiring|in talks)\b|(?:has|had)\s+(?:agreed|bought|sold|acquired)\b))/.test(
      text.slice(p.end, p.end + 12),
    ) ||
    /\b(?:shares of|rival|peer|oil major|retailer|carmaker|lender|(?:acquired|bought|purchased|taken over|taken private|owned|backed) by|(?:rating|target|target price|objective|coverage|stake) (?:on|of|in|for)|(?:acquisition|purchase|takeover|buyout|deal|bid|offer) (?:of|for)|merger with|(?:selected|chosen|picked|tapped|hired) by|(?:agreed|agrees|plans|offered) to (?:buy|acquire))\s+$/i.test(
      text.slice(Math.max(0, p.start - 24), p.start),
    ) ||
    // "Mars completed its $36 billion purchase of Kellanova", "Ripple paid $1.25 billion for…": a buyer.
    DOES_DEALS.test(text.slice(p.end, p.end + 60)) ||
    DEAL_VERB_NEXT.test(text.slice(p.end, p.end + 90)) ||
    // "Travelers and Gridline Risk, a cyber startup, have formed a partnership": one of a pair doing a deal.
    PAIR_DOES_DEAL.test(text.slice(p.end, p.end + 140)) ||
    // "Deutsche Bank upgraded Ford to buy": only a listed company is rated.
    /\b(?:upgraded|downgraded|upgrades|downgrades)\s+$/i.test(
      text.slice(Math.max(0, p.start - 14), p.start),
    ) ||
    (/\b(?:raised|raises|cut|cuts|lowered|lowers|moved|moves|rates|rated)\s+$/i.test(
      text.slice(Math.max(0, p.start - 10), p.start),
    ) &&
      RATED_AS.test(text.slice(p.end, p.end + 40))) ||
    // "won an order worth Rs 2,300 crore from HP": the customer of a contract.
    /\b(?:order|contract|deal)s?\s+(?:(?:worth|valued at)\s+[^.;]{1,30}?\s+)?from\s+$/i.test(
      text.slice(Math.max(0, p.start - 60), p.start),
    );
  // A private name ("Mars?") has no ticker: it counts once the text names the same firm under another of
  // its names ("Mars Inc."), or under a name that starts alike ("Mars Wrigley").
  const pendingKey = (entry: DirectoryEntry): string =>
    entry.ticker ? `T:${entry.ticker}` : `N:${nameKey(stripLegalSuffix(entry.name))}`;
  const business = new Set(pending.filter(actsAsBusiness).map((p) => pendingKey(p.entry)));
  for (const p of pending) {
    const written = text.slice(p.start, p.end).replace(/['’]s$/, '');
    const key = pendingKey(p.entry);
    let entity = entities.get(key) ?? (p.entry.ticker ? undefined : samePrivate(written));
    if (!entity && business.has(key)) entity = fromEntry(p.entry, written);
    if (!entity || taken(p.start, p.end)) continue;
    mentions.push({ entity, start: p.start, end: p.end, text: written });
  }

  mentions.sort((a, b) => a.start - b.start);
  // "…is buying the Cleveland company (NASDAQ: MDMS)": the listing belongs to the private firm named last
  // before the description, unless another company already holds that ticker.
  // A description that opens its sentence ("The Cavan-based group, which is listed … under the ticker KRX")
  // points back to the firm the sentence before opens with.
  for (const d of findDescribedListings(text)) {
    if ([...entities.values()].some((e) => e.ticker === d.ticker)) continue;
    const before = mentions.filter((m) => m.end <= d.at && d.at - m.start < 800 && !m.entity.ticker);
    const named = d.pointsBack ? subjectBefore(text, before, d.at) : before.pop();
    if (!named) continue;
    Object.assign(named.entity, { ticker: d.ticker, exchange: d.exchange, kind: 'listed', anchored: true });
  }
  // Display name: the longest written form ("Lumen Technologies" over "Lumen").
  for (const e of entities.values()) {
    const names = (writtenNames.get(e.key) ?? []).map((n) => n.replace(/['’]s$/, ''));
    const best = names.sort((a, b) => b.length - a.length)[0];
    if (best && !/^[A-Z]{1,5}$/.test(best)) e.name = best;
    else if (e.ticker) {
      const entry = directory.byTicker(e.ticker);
      if (entry) e.name = stripLegalSuffix(entry.name);
    }
  }
  const used = new Set(mentions.map((x) => x.entity.key));
  for (const t of tagTickers) used.add(`T:${t}`);
  const list = [...entities.values()].filter((e) => used.has(e.key));

  return {
    entities: list,
    mentions,
    within(s, e) {
      // Mentions are sorted by start: binary search the first, then walk.
      let lo = 0;
      let hi = mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (mentions[mid]!.start < s) lo = mid + 1;
        else hi = mid;
      }
      const out: Mention[] = [];
      for (let i = lo; i < mentions.length && mentions[i]!.start < e; i++)
        if (mentions[i]!.end <= e) out.push(mentions[i]!);
      return out;
    },
    byKey: (k) => entities.get(k),
    resolve(nameOrTicker) {
      if (/^[A-Z.]{1,6}$/.test(nameOrTicker) && entities.has(`T:${nameOrTicker}`))
        return entities.get(`T:${nameOrTicker}`);
      const k = nameKey(stripLegalSuffix(nameOrTicker));
      return list.find((e) => nameKey(stripLegalSuffix(e.name)) === k);
    },
    companies: () => list.map((e) => ({ name: e.name, ticker: e.ticker, exchange: e.exchange })),
  };
}

/**
 * A name read from a deal slot may stand as a private firm: not a short acronym ("AI", "EV"), not a
 * place, not a longer form of a known name ("Google Cloud" is Google's), and not a person the text
 * names as one ("Elon Musk said", "Mr. Musk").
 */
/**
 * Each company's initials ("Community Health Systems" → "CHS") that the text uses at least twice, with
 * where the full name first appears. Left out: two-letter initials ("PE", "HR" are plain abbreviations),
 * initials two companies share, a ticker or a common abbreviation the directory knows.
 */
function acronymsOf(
  entities: Iterable<Entity>,
  text: string,
  directory: CompanyDirectory,
): Map<string, { entity: Entity; firstAt: number }> {
  const out = new Map<string, { entity: Entity; firstAt: number } | null>();
  for (const e of entities) {
    const words = e.name
      .split(/[\s-]+/)
      .filter((w) => /^[A-Z]/.test(w) && !/^(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SE|SA|NV|GmbH)\.?$/.test(w));
    if (words.length < 3 || words.length > 5) continue;
    const initials = words.map((w) => w[0]).join('');
    if (COMMON_CAPS.has(initials) || directory.byTicker(initials)) continue;
    const firstAt = text.indexOf(e.name);
    const uses = text.match(new RegExp(`\\b${initials}\\b`, 'g'))?.length ?? 0;
    if (firstAt < 0 || uses < 2) continue;
    out.set(initials, out.has(initials) && out.get(initials)?.entity !== e ? null : { entity: e, firstAt });
  }
  return new Map([...out].filter((kv): kv is [string, { entity: Entity; firstAt: number }] => !!kv[1]));
}

const AUTHORITY_END =
  /\b(?:Commission|Department|Agency|Authority|Administration|Reserve|Court|Ministry|Parliament|Congress|Senate|Office|Bureau|Council|Government|Regulators?|Officials?|Tribunal)$/;
const PERSON_TITLE_START =
  /^(?:Chief|Executive|President|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|Minister|Secretary|Chairman|Chairwoman|Chair|CEO|CFO|Judge|Justice|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Prince|King|Queen)\b/;
function isDealSlotName(
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
  if (
    /^\s+(?!(?:in|for|from|on|at|to|and|or|with|as|last|this|earlier|which|that|after|before|by|through|under|over|during|since|until|into|than|was|were|is|are|will|would|has|had|have|its|their|a|an|the|about|worth|valued|together|outright|plus|alongside|won|wins|got|gets|faces|drew|draws|needs|requires|remains|could|may|might|should|must|[a-z]+ed)\b)[a-z]/.test(
      after,
    )
  )
    return false;
  if (/^[A-Z]{1,4}$/.test(name) && !known(name)) return false;
  if (PLACES.has(nameKey(name)) || PLACES.has(nameKey(words[0]!))) return false;
  for (let k = words.length - 1; k >= 1; k--) if (known(words.slice(0, k).join(' '))) return false;
  return words.length < 2 || !namedAsPerson(text, words[words.length - 1]!);
}

/** The line of the text that holds `at`. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The text names `word` somewhere other than at `at`, as a whole word. */
function namedAgain(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (i !== at && !/[\w\u00C0-\u024F]/.test((text[i - 1] ?? ' ') + (text[i + word.length] ?? ' ')))
      return true;
  return false;
}

/**
 * "Brightwell has acquired Tiller Labs": one capitalised word opening a sentence is a name only when the
 * text also writes it capitalised inside a sentence ("shares of Brightwell"), on its own rather than
 * as part of a longer name, and never as a person's surname.
 */
function oneWordName(text: string, word: string, at: number): boolean {
  if (word.length < 3 || /^[A-Z]+$/.test(word) || NATIONALITY_ONLY.test(word)) return false;
  if (namedAsPerson(text, word)) return false;
  let inside = false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i === at || /[\w\u00C0-\u024F]/.test(text[i + word.length] ?? ' ')) continue;
    const before = text.slice(Math.max(0, i - 40), i);
    // "Bill Ackman", "Investment Management": the last word of a longer name, a surname most often.
    if (/(?<![.!?]["”’]?)[^\S\n]+[A-Z][\w'’-]*[^\S\n]+$/.test(before) && !/(?:^|\n)\S+[^\S\n]+$/.test(before))
      return false;
    if (/[a-z\d,;:)][^\S\n]+$/.test(before)) inside = true;
  }
  return inside;
}

/** A verb only a buyer has: "acquired", "agreed to buy", "paid $1.25 billion for", "completed its purchase". */
const BUYER_VERB = new RegExp(
  String.raw`^[^\S\n]+(?:(?:has|had|also|then|quietly|previously|recently)[^\S\n]+)?(?:acquired|bought|purchased|snapped[^\S\n]+up|agreed[^\S\n]+to[^\S\n]+(?:buy|acquire|purchase)|paid[^\S\n]+(?:about[^\S\n]+|roughly[^\S\n]+|some[^\S\n]+)?(?:[$€£¥]|US\$)|completed[^\S\n]+its[^\S\n]+(?:[\w$€£.,-]+[^\S\n]+){0,2}?(?:acquisition|purchase|takeover))\b`,
);
/** Sentence openers that take a buyer's verb without naming a firm: "Others bought", "Together acquired". */
const LONE_OPENERS = new Set(
  'both|each|either|neither|many|most|some|several|others|other|together|meanwhile|instead|later|earlier|then|also|still|last|next|management|nobody|everyone|someone|anyone|government|officials|buyers|insiders'.split(
    '|',
  ),
);
/** A capitalised word that reads as a name rather than people in the plural, an adverb or a quantifier. */
const plainOneWordName = (word: string): boolean =>
  word.length >= 4 &&
  /^[A-Z][a-z]/.test(word) &&
  !/(?:ly|ers|ors|ists|ants|ents|ives|ians|ees|ings)$/.test(word) &&
  !LONE_OPENERS.has(word.toLowerCase());

/**
 * "Zoomlion acquired Italy's CIFA in 2008": a one-word firm named once, opening a sentence as a buyer.
 * Words that open sentences as buyers without being names ("Investors bought", "Separately acquired")
 * are people in the plural, adverbs and quantifiers; a surname is ruled out when the text names a person.
 */
function loneNameDoingDeal(text: string, word: string, at: number): boolean {
  return (
    plainOneWordName(word) &&
    !namedAgain(text, word, at) &&
    !namedAsPerson(text, word) &&
    BUYER_VERB.test(text.slice(at + word.length, at + word.length + 70))
  );
}

/**
 * Abbreviations the text defines from plain words: "uninterruptible power supply (UPS)", "remaining
 * performance obligations (RPO)". Such a word is a term here, not a ticker, however the directory knows it.
 */
function definedTerms(text: string): Set<string> {
  const out = new Set<string>();
  if (!/[a-z]\s+\([A-Z]{2,5}\)/.test(text)) return out;
  for (const m of text.matchAll(/((?:\b[a-z][\w-]*\s+){2,5})\(([A-Z]{2,5})\)/g)) {
    const acronym = m[2]!;
    const words = m[1]!.trim().split(/[\s-]+/);
    const initials = words
      .slice(-acronym.length)
      .map((w) => w[0]!.toUpperCase())
      .join('');
    if (initials === acronym) out.add(acronym);
  }
  return out;
}

/** The directory entry of a longer name the text writes starting with `word`: "Quest" → Quest Diagnostics. */
function longerKnownName(text: string, word: string, directory: CompanyDirectory): DirectoryEntry | null {
  const after = new RegExp(String.raw`${NAME_START}${word}((?:[^\S\n]+${WORD}){1,3})`, 'g');
  for (const m of text.matchAll(after)) {
    const words = m[1]!.trim().split(/\s+/);
    for (let k = words.length; k >= 1; k--) {
      const hit = directory.byAlias(`${word} ${words.slice(0, k).join(' ')}`);
      if (hit && !hit.ambiguous && hit.entry.kind !== 'media') return hit.entry;
    }
  }
  return null;
}

/** "…," Musk said', "Musk, who…", "Mr. Musk": the text names `surname` as a person somewhere. */
function namedAsPerson(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const before = text.slice(Math.max(0, at - 5), at);
    const after = text.slice(at + surname.length, at + surname.length + 8);
    // "…," Kiriyama said', "…in 2019, Pellow said at the time.": a surname attributing what was said.
    // "Separately, Nexon said on Thursday that it had agreed…" is a firm's statement.
    const said = text.slice(at + surname.length, at + surname.length + 40);
    if (
      /\b(?:Mr|Ms|Mrs|Dr)\.\s$/.test(before) ||
      /^,\s+who\b/.test(after) ||
      (/["”’]\s$/.test(before) && /^\s+(?:said|says|told|added)\b/.test(said)) ||
      (/[a-z\d],\s$/.test(before) && /^\s+(?:said|says|told|added)\b[^.!?]{0,25}[.!?]/.test(said))
    )
      return true;
  }
  return false;
}

/** A lowercase word of four letters or more that no title style leaves lowercase (prepositions aside). */
const PROSE_WORD = /\s(?!(?:with|from|into|over|than|upon|amid|onto|under|after|about|versus)\s)[a-z]{4,}\s/;
function isTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const endNl = text.indexOf('\n', at);
  const line = text.slice(start, endNl < 0 ? text.length : endNl);
  if (/[.!?]["”’)]?$/.test(line.trim()) && line.length > 120) return false;
  // A sentence that ends with a full stop is prose, however many names it holds; anchors don't count.
  // So is one with a lowercase verb or noun a title would capitalise ("Graybar bought Tessco Technologies.").
  if (
    /[a-z0-9)%]\.["”’)]?$/.test(line.trim()) &&
    (/\s[a-z]{2,}\s[a-z]{2,}\s/.test(line) || PROSE_WORD.test(line))
  )
    return false;
  const words = line
    .replace(/\([^()]{0,30}\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return caps / words.length >= 0.7;
}

/** Tickers that are also everyday capitalised words or acronyms: bare, they need an anchor. */
const COMMON_CAPS = new Set([
  'AI',
  'ON',
  'NOW',
  'ALL',
  'ARE',
  'BE',
  'SO',
  'GO',
  'CAN',
  'BIG',
  'EV',
  'IT',
  'UK',
  'US',
  'BP',
  'TD',
  'MA',
  'MS',
  'GE',
  'GM',
  'DE',
  'PM',
  'EL',
  'CL',
  'CI',
  'HD',
  'DD',
  'SF',
  'DB',
  'SO',
  'AA',
  'PATH',
  'TEAM',
  'NET',
  'SNAP',
  'SHOP',
  'COST',
  'LOW',
  'DASH',
  'HAS',
  'MAT',
  'CAT',
  'ICE',
  'EA',
  'APP',
  'LIN',
  'MO',
  'KR',
  'AMT',
  'ARM',
  'TM',
  'FT',
  'CEO',
  'CFO',
  'EPS',
  'IPO',
  'ETF',
  'YTD',
  'SEC',
  'USD',
  'DOW',
]);

/**
 * The firm a sentence opening with a description ("The Japanese publisher…") is about: a mention that
 * opens the sentence, else one that opens the sentence before ("Nexon has agreed…", "Separately, Glanbia
 * said…", "Bidvest shares fell…").
 */
function subjectBefore(text: string, before: Mention[], at: number): Mention | undefined {
  const starts = [...text.slice(0, at).matchAll(/(?:^|[.!?]["”’]?\s+|\n\s*)(?=\S)/g)].map(
    (m) => m.index + m[0].length,
  );
  const here = starts.pop() ?? 0;
  const prev = starts.pop() ?? 0;
  const opening = (m: Mention, from: number): boolean =>
    m.start >= from &&
    /^(?:[A-Z][\w-]*,\s+|(?:Shares|Stock)\s+(?:of|in)\s+)?$/.test(text.slice(from, m.start));
  return before.find((m) => opening(m, here)) ?? before.find((m) => m.start < here && opening(m, prev));
}

/** "Sierra Crest Financial Corp." → "Sierra Crest Financial", "Sierra Crest", "Sierra". */
function derivedAliases(a: Anchor): string[] {
  return prefixAliases(a.name).filter((x) => x !== a.name);
}

function prefixAliases(name: string): string[] {
  const out = new Set<string>();
  const stripped = stripLegalSuffix(name);
  out.add(stripped);
  const words = stripped.split(/\s+/);
  for (let k = words.length - 1; k >= 2; k--) out.add(words.slice(0, k).join(' '));
  if (words.length > 1 && words[0]!.length >= 4 && !GENERIC_FIRST.has(words[0]!.toLowerCase()))
    out.add(words[0]!);
  // "Suzhou Lanqi Biopharma" is "Lanqi" after its first mention: a Chinese name opens with its city or province.
  if (words.length > 2 && CHINESE_PLACES.has(words[0]!.toLowerCase()))
    for (const alias of prefixAliases(words.slice(1).join(' '))) out.add(alias);
  return [...out];
}

/** Cities and provinces that open Chinese company names ("Jiangsu Hengrui", "Zhejiang Geely"). */
const CHINESE_PLACES = new Set(
  (
    'suzhou|jiangsu|zhejiang|shenzhen|shanghai|beijing|guangzhou|hangzhou|nanjing|wuxi|chengdu|tianjin|' +
    'qingdao|xiamen|hubei|hunan|sichuan|shandong|anhui|fujian|henan|hebei|yunnan|guangdong|chongqing|wuhan|' +
    'changchun|harbin|shenyang|dalian|ningbo|jiangxi|shanxi|shaanxi|liaoning|jilin|guangxi|hainan|zhuhai|' +
    'foshan|dongguan|hefei|changsha|kunming|zhengzhou|jinan|fuzhou|nanchang|shijiazhuang|taiyuan|guiyang'
  ).split('|'),
);

/** A country, state or city ("Finland", "Texas", "Beijing"): the lists of places and of words no firm is called. */
const isPlaceName = (name: string): boolean => PLACES.has(nameKey(name)) || NOT_COMPANY.has(nameKey(name));

/** "Calgary-based Muskeg Energy" → "Muskeg Energy"; "Monday. Waste Management" → "Waste Management". */
function cleanFirmName(raw: string): string {
  let name = raw.replace(/^.*(?:[a-z]{2,}|[A-Z]{2,}|\d)[.!?]\s+(?=[A-Z])/, '').replace(/^.*--/, '');
  // Wire headline slugs glued to the first word: "BRIEF-Acme Energy", "UPDATE 2-Acme", "EXCLUSIVE-Acme".
  name = name.replace(
    /^(?:BRIEF|UPDATE(?: \d+)?|EXCLUSIVE|RPT|REFILE|CORRECTED|WRAPUP(?: \d+)?|FACTBOX|ANALYSIS|INSIGHT)-(?=[A-Z])/,
    '',
  );
  // A sentence's full stop is not part of the name ("… Beteiligungen GmbH. The deal"), an abbreviation's is.
  name = name.replace(/(?<!\b(?:St|Mt|Ft|Dr|Jr|Sr))\.\s+[A-Z].*$/, '.');
  if (!/(?:\b(?:Inc|Corp|Co|Ltd|Bros|Jr)|\.[A-Za-z])\.$/.test(name)) name = name.replace(/\.$/, '');
  // "Chief Executive Officer of Aarwerk Holding AG": a job title before the firm.
  name = name.replace(
    /^(?:[A-Z][a-z]+\s+){0,3}(?:Officer|President|Director|Chair(?:man|woman)?|Partner|Head|Manager|Member|Founder|Secretary|Treasurer|Counsel|Analyst|Strategist|Economist)\s+of\s+(?:the\s+)?/,
    '',
  );
  // "Italy's Leonardo S.p.A.": a country's possessive is not part of the name.
  const place = /^([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])/.exec(name);
  if (place && NOT_COMPANY.has(nameKey(place[1]!))) name = name.slice(place[0].length);
  // "the Dutch Veldhoven Pompen B.V.": a nationality is not part of the name.
  name = name.replace(NATIONALITY_BEFORE_NAME, '');
  // "In January, Wendover Markets": a leading preposition first, so the comma rule below sees "January,".
  name = name.replace(LEADING_JUNK, '');
  // "based in Pittsburgh, Caldera Robotics": a comma ends a place or an adverb, unless a legal suffix
  // follows or the name is a partnership of surnames ("Cravath, Swaine & Moore").
  if (
    /^[A-Z][\w.-]*,\s+/.test(name) &&
    !/^[^,]+,\s+(?:Inc|Ltd|plc|Corp|Co|LLC)\.?$/.test(name) &&
    !/^[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)+\s+&\s+[A-Z][\w'’-]*$/.test(name)
  )
    name = name.replace(/^[^,]+,\s+/, '');
  name = name.replace(LEADING_JUNK, '');
  // "Ohio-based X", "KKR-backed X": the place or the owner is not part of the name.
  name = name.replace(DESCRIBING_START, '');
  // "headquartered in Austin, Texas, Kelvara Energy Systems designs…": a place before a comma is not either.
  name = name.replace(/^([A-Z][\w.]*(?: [A-Z][\w.]*)?),\s+(?=[A-Z])/, (whole, place: string) =>
    isPlaceName(place) ? '' : whole,
  );
  name = name.replace(
    /^(?:Competitor|Rival|Partner|Customer|Supplier|Broker|Proxy adviser|Adviser|Startup|Drugmaker|Chipmaker|Automaker)\s+/,
    '',
  );
  return name.replace(/['’]s$/, '').trim();
}

function privateDerived(name: string): string[] {
  return [name, ...prefixAliases(name)];
}
