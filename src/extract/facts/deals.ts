/**
 * Deals: acquisitions, mergers, divestitures, partnerships, investments and contracts between
 * identifiable parties, each mention found from a cue phrase and the companies around it; then every
 * mention of one transaction inside the article is merged into a single deal (best value, asset,
 * roles, most advanced status). Precision first: a cue needs two identifiable parties, and generic
 * words ("the deal", "the transaction") only reinforce a deal found elsewhere.
 * Type follows the text's framing: a sale by the seller ("sold / agreed to sell / the sale of X's unit
 * to Y") is a divestiture, otherwise the buyer's view. The asset is what changes hands or what a
 * partnership covers, only when named (see asset.ts). Confidence starts at 0.9 (0.75 for rumours) and
 * loses OFF_LEAD_PENALTY when a party is absent from the headline and lead (context.ts), on every path.
 */
import type { DealFact, Money, Party } from '../../domain/facts.js';
import type { Entity } from '../companies/mentions.js';
import {
  BACK_REFERENCE,
  evidenceOf,
  impliedSubject,
  mentionsIn,
  offLeadPenalty,
  type ArticleContext,
} from '../context.js';
import { findDates } from '../dates.js';
import { findMoney, type MoneyMatch } from '../money.js';
import { ASSET_MAX_WORDS, assetBeforeOwner, cleanAsset, partnershipAsset, possessedAsset } from './asset.js';
import type { Span } from '../sentences.js';
import { DEAL_FAMILY } from '../merge.js';

type DealType = DealFact['type'];
type Role = NonNullable<Party['role']>;
type Status = DealFact['status'];

interface Cue {
  re: RegExp;
  type: DealType | null;
  /** How the parties are laid out around the cue. */
  shape:
    | 'actor-object'
    | 'object-actor'
    | 'seller-to-buyer'
    | 'mutual'
    | 'contract-list'
    | 'investor-investee'
    | 'investee-investor'
    | 'supplier-customer'
    | 'customer-supplier'
    | 'order-placer'
    | 'held-stake'
    | 'rival-bid'
    | 'relative-object'
    | 'relative-actor'
    | 'seller-only'
    | 'backers'
    | 'led-round';
  /** An equity investment (stake, shares): never folded into a partnership between the same firms. */
  equity?: boolean;
  /** The cue itself says how the deal stands ("rejected an approach from"). */
  status?: Status;
}

const CUES: Cue[] = [
  {
    re: /\b(?:paid|pays|pay|will pay|to pay)\s+(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+(?:an?\s+)?\d+(?:\.\d+)?%\s+(?:stake\s+)?(?:of|in)\b/gi,
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    re: /\b(?:an?\s+)?(?:\d+(?:\.\d+)?%\s+|minority\s+|majority\s+|equity\s+|controlling\s+)?stake in\b/gi,
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "a hedge fund that owns 6.2% of X", "is the largest shareholder in X": a stake already held.
    re: /\b(?:(?:owns|holds|owned|held)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|some\s+)?\d+(?:\.\d+)?%\s+of|(?:is|was|remains|became)\s+(?:the\s+|a\s+)?(?:largest|biggest|single largest|second-largest|major|controlling)\s+(?:shareholder|stockholder|investor|owner)\s+(?:in|of))(?=\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?[A-Z])/g,
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
    status: 'completed',
  },
  {
    re: /\b(?:buy|buys|bought|purchase|purchases|purchased)\s+\$(?:[^.;]|\.(?=\d)){0,30}?\bof\s+(?:newly[- ]issued\s+)?(?:[\w&-]+\s+){0,3}?(?:stock|shares)\b/gi,
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "a $400 million Series C financing led by X", "a Series B in 2024, led by X": the round's lead.
    re: /\b(?:(?:funding|financing|investment|series [a-z]) round|series [a-z](?: (?:funding|financing|round))?|(?:seed|growth|venture) (?:funding|financing)|round)(?:\s+in\s+\d{4})?,?\s+led by\b/gi,
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
  },
  {
    // "Lumora is backed by Sequoia Capital and Greylock Partners", "raised $140 million from investors
    // including Bessemer": each backer holds a stake in the subject.
    re: /\b(?:(?:backers|investors|shareholders),?\s+(?:include|included|including|are)\s+|(?:is|are|was|were|has been|have been)\s+(?:also\s+)?backed\s+by|(?:had\s+|has\s+|have\s+)?(?:previously\s+|already\s+)?raised\s+(?:about\s+|more than\s+|over\s+|nearly\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)[\d.,]+\s*(?:billion|million|bn|m)?\s+from\s+(?:(?:investors|backers|firms)\s+)?(?:(?:including|such as|like)\s+)?)/gi,
    type: 'investment',
    shape: 'backers',
    equity: true,
    status: 'completed',
  },
  {
    // "X raised $40 million in a Tamsin Ventures-led round": the firm before "-led" invests in X.
    re: /-led\s+(?:(?:\$|€|£)[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:(?:funding|financing|seed|growth|equity|series [a-z])\s+)?(?:round|financing|raise)\b/gi,
    type: 'investment',
    shape: 'led-round',
    equity: true,
  },
  {
    // "received a $50 million strategic investment from Y": Y invests in the sentence's subject.
    re: /\b(?:received|receives|secured|secures|raised|raises|landed|lands|won|wins|accepted|accepts|took|takes|got|gets|obtained|attracted|drew)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:investment|funding|financing|backing)\s+from\b/gi,
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
  },
  {
    re: /\b(?:paid|pays|pay|will pay|to pay|agreed to pay)\s+(?:[^.;]|\.(?=\d)){0,40}?\bfor\b/gi,
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    re: /\b(?:agreement|contract|deal|pact)s?\s+to\s+(?:supply|provide|deliver|build|host|connect|power|manufacture|support|service)\b/gi,
    type: 'contract',
    shape: 'supplier-customer',
  },
  {
    // "a $90 million agreement with the Navy to store records": the subject supplies the named customer.
    re: /\b(?:agreement|contract|deal|pact)s?\s+with\b(?=[^;]{0,80}?\bto\s+(?:supply|provide|deliver|build|host|store|connect|power|manufacture|support|service|run|operate|manage|maintain)\b)/gi,
    type: 'contract',
    shape: 'contract-list',
  },
  {
    // Hiring a person ("hired a former Oracle executive") is no contract.
    re: /\b(?:has\s+|have\s+)?(?:chose|chosen|picks?|picked|selected|selects|tapped|taps|hired|hires|awarded|awards)\b(?!\s+(?:a|an|its|his|her|their|former|new|veteran|ex-)\b)/gi,
    type: 'contract',
    shape: 'customer-supplier',
  },
  {
    // "DreamWorks Animation, which it bought in 2016": a past deal told in a relative clause.
    re: /,\s+which\s+(?:it|they|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:had\s+|has\s+|already\s+)?(?:bought|acquired|purchased|took over)\b/g,
    type: 'acquisition',
    shape: 'relative-object',
  },
  {
    // "owned by buyout firm Tamarack, which bought it in 2021": the relative's antecedent bought the
    // sentence's subject.
    re: /,\s+which\s+(?:had\s+|has\s+|first\s+)?(?:bought|acquired|purchased|took over)\s+(?:it|them)\b/g,
    type: 'acquisition',
    shape: 'relative-actor',
  },
  {
    // "X will supply Y with lenses under a $200 million contract": a supply contract.
    re: /\b(?:will|would|to|agreed to|is set to)\s+supply\b(?=[^.;]{0,80}\b(?:contract|agreement|deal|order)\b)/gi,
    type: 'contract',
    shape: 'supplier-customer',
  },
  {
    // "Micron already supplies memory chips to Nvidia": a standing supply relationship.
    re: /\b(?:already\s+)?(?:supplies|supplied|is supplying|has supplied|has been supplying|have supplied|has long supplied)(?=\s+(?:[\w-]+\s+){1,5}?to\s+(?:[\w&-]+\s+){0,2}?[A-Z])/g,
    type: 'contract',
    shape: 'supplier-customer',
    status: 'completed',
  },
  {
    // "signed a three-year supply agreement with Nucor": the kind of agreement makes it a contract.
    re: /\b(?:supply|services?|offtake|distribution|sourcing|procurement|outsourcing|hosting|manufacturing|maintenance|power[- ]purchase)\s+(?:agreement|contract|deal|pact)s?\s+with\b/gi,
    type: 'contract',
    shape: 'contract-list',
  },
  {
    // "Merck licensed a cancer drug from Hengrui": in-licensing, a partnership with the licensor.
    re: /\blicen[cs](?:ed|es|ing)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:drug|compound|molecule|antibody|medicine|therapy|candidate|rights|technology|patents?|platform|asset)s?\s+from\b/gi,
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "licensed commercial rights in Japan to Ono", "a licensing deal with Samsung".
    re: /\b(?:(?:licen[cs](?:ed|es|ing)|granted|grants|granting)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:rights|technology|patents?|compounds?|drugs?|platform|IP)\b(?:[^.;]){0,40}?\bto|licen[cs](?:e|ing)\s+(?:agreement|deal|pact|partnership)\s+with)\b/gi,
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "the company's proposed sale to Altamira", "Acme's sale to Beta": the whole company is bought.
    re: /(?<=(?:['’]s|\bits|\btheir)\s+(?:(?:proposed|planned|pending|agreed|announced)\s+)?)sale\s+to\b/gi,
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "rejected an approach from Bramwell Partners worth about £1.9 billion": a bid that failed.
    re: /\b(?:rejected|rebuffed|turned down|spurned)\s+(?:an?\s+|the\s+)?(?:[\w$£€¥.,-]+\s+){0,3}?(?:approach|offer|bid|proposal)\s+from\b/gi,
    type: 'acquisition',
    shape: 'object-actor',
    status: 'terminated',
  },
  {
    // "eBay had approached the marketplace about a possible takeover": a rumoured bid.
    re: /\bapproached\b(?=[^.;]{0,80}?\babout\s+(?:an?\s+)?(?:possible\s+|potential\s+)?(?:takeover|acquisition|buyout|merger|combination|bid|sale)\b)/gi,
    type: 'acquisition',
    shape: 'actor-object',
    status: 'rumored',
  },
  {
    // "which took treadmill maker X private for $1.2 billion": a buyout.
    re: /\b(?:took|takes|take|taking)(?=\s+(?:[\w&.-]+\s+|\([^()]{1,20}\)\s+){1,6}?private\b)/g,
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "X and Y called off their £2 billion takeover": a deal the two ended.
    re: /\b(?:called off|call off|calling off|scrapped|abandoned|terminated|walked away from)\s+(?:their|the|its)\s+(?:proposed\s+|planned\s+|agreed\s+|pending\s+)?(?:[$£€¥][\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:takeover|acquisition|buyout)\b(?!\s+(?:of|by)\b)/gi,
    type: 'acquisition',
    shape: 'mutual',
    status: 'terminated',
  },
  {
    // "Oakhurst Energy is exploring a sale of its Permian Basin assets": a sale weighed, no buyer yet.
    re: /\b(?:is|are|was|were|has been|have been)\s+(?:exploring|weighing|considering|reviewing|studying|mulling|evaluating)\s+(?:a\s+|the\s+)?(?:possible\s+|potential\s+)?(?:sale|divestiture|disposal)\s+of\s+(?:its|their)\b/gi,
    type: 'divestiture',
    shape: 'seller-only',
    status: 'rumored',
  },
  {
    // "X and Y terminated the licensing alliance they formed in 2023": a partnership that ended.
    re: /\b(?:terminated|ended|scrapped|dissolved|called off|unwound|wound down|walked away from|pulled out of)\s+(?:their|the|its)\s+(?:[\w-]+\s+){0,3}?(?:alliance|partnership|collaboration|joint venture|tie-up|licen[cs]ing (?:deal|agreement|pact))\b/gi,
    type: 'partnership',
    shape: 'mutual',
    status: 'terminated',
  },
  {
    // "X has held preliminary talks with Y about its processing plants": a rumoured purchase.
    re: /\b(?:held|holds|holding|is in|are in|was in|were in|entered|opened)\s+(?:preliminary\s+|early\s+|early-stage\s+|advanced\s+|exclusive\s+|informal\s+)?(?:talks|discussions)\s+with(?=\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,20}\)\s+){1,5}(?:(?:advisers|advisors|executives|management|owners)\s+)?about\s+(?:buying|acquiring|a\s+(?:possible\s+|potential\s+)?(?:takeover|acquisition|purchase|buyout|bid)\b|(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:plants?|units?|business(?:es)?|divisions?|assets|operations|brands?|factories|mills)\b))/g,
    type: 'acquisition',
    shape: 'actor-object',
    status: 'rumored',
  },
  {
    // "X is among the investors in Y": a stake already held.
    re: /\b(?:is|are|was|were)\s+(?:among|one of)\s+the\s+(?:[\w-]+\s+)?(?:investors|backers|shareholders)\s+in\b/gi,
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
    status: 'completed',
  },
  {
    // "Existing investor Y will keep its 15% holding": a stake already held in the company just told.
    re: /\b(?:will\s+|would\s+|is to\s+|to\s+)?(?:keep|keeps|kept|retain|retains|retained|hold on to|holds on to)\s+(?:its|their)\s+(?:existing\s+)?\d+(?:\.\d+)?%\s+(?:holding|stake|interest)\b(?!\s+in\b)/g,
    type: 'investment',
    shape: 'held-stake',
    equity: true,
    status: 'completed',
  },
  {
    // "Danaher also studied a bid but walked away", "Acme is also weighing an offer": a rival bidder for
    // the company whose takeover was just told.
    re: /\b(?:(?:is|was|has been|had been)\s+)?(?:also\s+)?(?:studied|weighed|weighing|considered|considering|explored|exploring|prepared|preparing|mulled|mulling)\s+(?:an?\s+|its own\s+)?(?:rival\s+|competing\s+|possible\s+|potential\s+)?(?:bid|offer|counterbid|counteroffer|approach)\b(?!\s+(?:for|to|from)\b)/gi,
    type: 'acquisition',
    shape: 'rival-bid',
    status: 'rumored',
  },
  {
    // "Marlowe Equity looked at X earlier this year but walked away": a bid that was dropped.
    re: /\b(?:looked at|studied|weighed|considered|explored|eyed)(?:\s+(?:an?\s+)?(?:bid|offer|deal|takeover)\s+for|\s+(?:buying|acquiring))?(?=\s+(?:rival\s+)?[A-Z][^.;]{0,80}?\b(?:but|before)\s+(?:later\s+|eventually\s+|ultimately\s+|then\s+)?(?:walked away|pulled out|backed away|backed off|abandoned|dropped)\b)/g,
    type: 'acquisition',
    shape: 'actor-object',
    status: 'terminated',
  },
  {
    re: /\b(?:was|were|is|are|been|being|agreed to be|will be|to be)\s+(?:acquired|bought|purchased|taken over)\s+by\b/gi,
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "X agreed to a $1.2 billion takeover by Y": the subject is bought.
    re: /\b(?:takeover|buyout|acquisition)\s+(?:offer\s+|bid\s+)?by\b/gi,
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "A takeover of X by Y", "a buyout of X led by Y": the target named first, then its buyer.
    re: /\b(?:takeover|buyout|acquisition|purchase)\s+of\s+(?:[\w&.'’-]+\s+|\([^()]{1,30}\)\s+){1,6}?(?:led\s+)?by\b/gi,
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "X accepted a sweetened $1.2 billion offer from Y": Y buys X.
    re: /\b(?:accepted|accepts|agreed to|backed|recommended|endorsed)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:offer|bid|proposal|approach)\s+from\b/gi,
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    re: /\b(?:agreed to (?:acquire|buy|purchase|take over)|(?:plans?|plans|planning|aims|aiming|intends|offered|offers|moved|moves|set|sets) to (?:acquire|buy|purchase|take over)|to (?:acquire|buy|purchase)|will (?:acquire|buy|purchase)|(?:has|have) (?:acquired|bought|purchased)|acquires|acquired|is acquiring|acquiring|buys|bought|purchased|(?:is|are) buying|(?:is|are) taking over|(?:will|would|to|set to|plans to) take over|absorb(?:s|ed|ing)?|took over(?!\s+(?:as|from|in)\b)|takes over(?!\s+(?:as|from|in)\b)|snapped up|snaps up|scooped up|swooped on|takeover of|(?:acquisition|purchase|buyout) of|(?:bid|offer|deal) (?:for|to buy|to acquire)|pursuit of|won the (?:auction|bidding|bidding war) for|tender offer for (?:all (?:of )?)?(?:the )?(?:outstanding )?(?:(?:shares|stock) of)?|picked up(?!\s+(?:coverage|steam|pace|momentum|the tab|speed|where))|picks up(?!\s+(?:coverage|steam|pace|momentum|the tab|speed|where)))\b/gi,
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    re: /\b(?:agreed to merge with|(?:agreed|agree|agrees|plan|plans|planning|set|sets) to merge\b|will merge\b|to merge with|will merge with|merg(?:e|es|ed|ing) with|merger with|combin(?:e|es|ed|ing) with|combination with|merger of|merger between|merger agreement with|all-stock merger|mega-merger|merger)\b/gi,
    type: 'merger',
    shape: 'mutual',
  },
  {
    re: /\b(?:(?:completed|closed|finalized|announced|agreed)?\s*(?:the )?sale of|agreed to sell|(?:plans|plan|set|moved) to sell|to sell|will sell|sell(?:s|ing)?|sold|divest(?:s|ed|ing|iture of|iture)?|offload(?:s|ed|ing)?|unload(?:s|ed|ing)?|dispos(?:e|al) of|carve-?out of|(?:spin(?:s|ning)? off|spun off)(?![^.;]*\b(?:shareholders|stockholders|separately (?:listed|traded)|separate (?:public|listed|publicly traded) company|tax-free)\b))\b/gi,
    type: 'divestiture',
    shape: 'seller-to-buyer',
  },
  {
    re: /\b(?:invest(?:s|ed|ing)?\b(?:(?:[^.;]|\.(?=\d)){0,40}?)\bin|investment in|spend(?:s|ing)?\b(?:(?:[^.;]|\.(?=\d)){0,40}?)\bon|led (?:a|the)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:(?:(?:funding|financing|investment|series [a-z]|seed|growth|equity) )?round|series [a-z]|seed (?:round|financing)) (?:in|for|of|into)|(?:funding|financing) round (?:in|for))\b/gi,
    type: 'investment',
    shape: 'investor-investee',
  },
  {
    // "after cloud provider Y placed an order worth $700 million": Y buys from the sentence's subject.
    re: /\b(?:(?:placed|places|placing|firmed up|firms up|firming up|finali[sz]ed|booked)\s+(?:an?\s+|its\s+)?(?:[\w$€£.,-]+\s+){0,3}?orders?|ordered(?=\s+(?:[\w$€£.,-]+\s+){1,5}?from\s))\b/gi,
    type: 'contract',
    shape: 'order-placer',
  },
  {
    re: /\b(?:(?:string|series|slew|number|run) of (?:[\w-]+ ){0,3}contracts\s*\(|contracts?\s+(?:with|from)|(?:won|wins|win|winning|secured|secures|securing|landed|lands|landing|awarded|received|receives|signed|signs)\b(?:[^.;]|\.(?=\d|[A-Z]\.|\s[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?(?:contract|order|deal)s?\b)){0,60}?\b(?<!(?:licen[cs]ing|partnership|collaboration|merger|distribution)[\s-])(?:contract|order|deal)s?\b(?:\s+(?:with|from|by))?|contract awards? from)/gi,
    type: 'contract',
    shape: 'contract-list',
  },
  {
    re: /\b(?:agreed|teamed up|signed an agreement|signed a deal) with\b(?:[^.;]|\.(?=\d)){0,60}?\bto (?:jointly )?(?:develop|build|design|make|produce|market|sell|offer|distribute|co-develop)\b|\b(?:jointly develop|co-develop)\b/gi,
    type: 'partnership',
    shape: 'mutual',
  },
  {
    re: /\b(?:partner(?:ed|s|ing)? with|(?:to|will) partner with|partnership with|partnership between|alliance with|collaborat(?:e|es|ed|ing|ion) with|cooperat(?:e|es|ed|ing|ion) with|(?:memorandum of understanding|MoU)(?: with)?|team(?:ed|s|ing)? up with|join(?:ed|s|ing)? forces(?: with)?|joint venture with|tie-up with|integration with|teaming agreement with|strategic agreement with|(?:co-development|co-marketing|development|research|licensing|co-promotion)\s+(?:deal|agreement|pact)\s+with|(?:strategic|multi-year|global|expanded|commercial)?\s*(?:partnership|alliance|collaboration|integration|joint venture))\b/gi,
    type: 'partnership',
    shape: 'mutual',
  },
  { re: /\b(?:deal|agreement|pact|tie-up|transaction)s?\b/gi, type: null, shape: 'mutual' },
];
const GENERIC_CUE = CUES[CUES.length - 1]!;

/** A bare deal noun ("partnership", "merger", no "with"/"between") led by "the/this" or ", a" ("their merger" is theirs). */
function refersBack(t: string, cueStart: number, cueEnd: number): boolean {
  const cueText = t.slice(cueStart, cueEnd);
  if (
    /\b(?:with|between|of)\b/i.test(cueText) ||
    /^\s*(?:with|between|of|to)\b/i.test(t.slice(cueEnd)) ||
    !/(?:partnership|alliance|collaboration|integration|joint venture|merger|tie-up)$/i.test(cueText)
  )
    return false;
  return /(?:\b(?:the|this|that)|,\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}$/i.test(
    t.slice(Math.max(0, cueStart - 40), cueStart),
  );
}

/** A cheap first look: sentences without any of these stems cannot hold a deal cue. */
const ANY_CUE =
  /agreed|jointly|co-develop|licen|acqui|buy|bought|purchas|merg|combin|sale|sell|sold|divest|offload|unload|dispos|spin|spun|invest|stake|spend|round|pa(?:y|id)|contract|order|award|cho(?:se|sen)|pick|select|tap|hire|partner|alliance|collaborat|cooperat|memorandum|\bMoU|team|forces|venture|tie-up|integration|agreement|deal|pact|transaction|takeover|series|financ|funding|took|take|taking|auction|tender|accept|carve|order|bid|offer|pursuit|absorb|snap|scoop|swoop|ended|backed|raised|dissolv|unw|wound down|pulled out|talks|discussions|keep|suppl|studied|weigh|consider|explor|prepar|mull|retain|called off|scrapped|abandon|terminat|walked away|\bown|\bhold|\bheld|holder|investor/i;

/** "… from X (NYSE: X) under a separate supply agreement": buying products, a contract. */
const SUPPLY_TERMS =
  /^\s*(?:\([^)]*\)\s*)?(?:under|as part of|through)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:supply|purchase|purchasing|services|sourcing|offtake)\s+(?:agreement|contract|deal)\b/i;
const BOUNDARY = /;\s|,\s+(?:while|but|whereas|although|after|as)\s|\s[—–]\s/g;
const GOV_HEAD =
  /\b((?:the\s+)?(?:U\.S\.\s+|US\s+|UK\s+)?(?:Army|Navy|Air Force|Space Force|Marine Corps|Pentagon|NASA|Department of [A-Z]\w+(?: [A-Z]\w+)*))\s+(?:[\w-]+\s+){0,2}$/;
const GOV =
  /\b((?:U\.S\.|US|UK|British|German|French|Spanish|Italian|Dutch|Polish|Canadian|Australian|Japanese|Korean|Indian)\s+(?:Army|Navy|Air Force|Space Force|Marines|armed forces|defen[cs]e|government|military|Department of [A-Z]\w+(?: (?:Affairs|Security|Services|Development))?|Ministry of [A-Z]\w+)|Pentagon|NASA|NATO|(?:U\.S\. )?Department of (?:Defense|Energy|Homeland Security|Veterans Affairs|Transportation)|[A-Z]\w+ (?:Army|Navy|Air Force)|(?:Defense|Federal|National|Naval|Army|Air Force|Space|Health|Energy|Transportation|Drug|Environmental|Social Security|General Services|Internal Revenue|Customs|Missile|Logistics|Veterans|Small Business)(?: [A-Z]\w+){0,2} (?:Agency|Administration|Command|Service))\b/;

interface PartyDraft {
  key: string;
  name: string;
  ticker: string | null;
  role: Role | null;
}
interface MentionDraft {
  type: DealType | null;
  equity: boolean;
  /** The value was introduced as the deal's value ("valued at", "worth", "for"): preferred over others. */
  valueMarked: boolean;
  parties: PartyDraft[];
  asset: string | null;
  value: Money | null;
  status: Status;
  statusExplicit: boolean;
  date: string | null;
  confidence: number;
  evidence: DealFact['evidence'];
  sentenceIndex: number;
  lastSentence?: number;
}

export interface DealHint {
  sentenceIndex: number;
  party: Entity | null;
  /** Keys of every party of the deal: a closing said by any of them is theirs. */
  keys: string[];
  /** Keys of the companies being bought: they do not "close" a deal, their buyer does. */
  targets: string[];
  /** Completed or terminated: nothing left to close ("Waterland, which bought it in 2021"). */
  settled: boolean;
}

export function extractDeals(ctx: ArticleContext): { deals: DealFact[]; hints: DealHint[] } {
  const drafts: MentionDraft[] = [];
  seenDrafts = drafts;
  ctx.sentences.forEach((s, si) => {
    if (!ANY_CUE.test(s.text)) return;
    // Cue words inside quotation marks are someone's words, not a reported transaction.
    const lower = s.text.replace(/[“"][^“”"]*[”"]/g, (q) => ' '.repeat(q.length));
    for (const cue of CUES) {
      cue.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cue.re.exec(lower))) {
        const d = mentionFrom(
          ctx,
          s,
          si,
          cue,
          m.index + (m[0].length - m[0].trimStart().length),
          m.index + m[0].length,
        );
        if (d) drafts.push(d);
      }
    }
  });
  const merged = mergeMentions(drafts);
  // "The deal still needs approval…", "The transaction was completed…": about the latest deal named.
  ctx.sentences.forEach((s, si) => {
    if (
      !/^(?:the|this|that) (?:deal|transaction|acquisition|merger|purchase|sale|takeover|agreement|combination)\b/i.test(
        s.text,
      )
    )
      return;
    const { status, explicit } = statusOf(s.text);
    if (!explicit || status === 'announced' || status === 'rumored') return;
    const target = merged
      .filter((d) => d.type && d.sentenceIndex <= si)
      .sort((a, b) => (b.lastSentence ?? b.sentenceIndex) - (a.lastSentence ?? a.sentenceIndex))[0];
    if (target && STATUS_RANK[status] > STATUS_RANK[target.status]) target.status = status;
  });
  const hints: DealHint[] = [];
  for (const d of merged) {
    const buyer = d.parties.find((p) => p.role === 'buyer' || p.role === 'investor') ?? d.parties[0];
    const e = buyer ? (ctx.companies.byKey(buyer.key) ?? null) : null;
    hints.push({
      sentenceIndex: d.sentenceIndex,
      party: e,
      keys: d.parties.map((p) => p.key),
      targets: d.parties.filter((p) => p.role === 'target').map((p) => p.key),
      settled: d.status === 'completed' || d.status === 'terminated',
    });
  }
  const deals = merged
    .filter((d): d is MentionDraft & { type: DealType } => d.type !== null)
    .map((d) => ({
      type: d.type,
      parties: d.parties.map(({ name, ticker, role }) => ({ name, ticker, role })),
      asset: d.asset,
      value: d.value,
      status: d.status,
      date: d.date,
      confidence: round2(d.confidence),
      evidence: d.evidence,
    }));
  return { deals, hints: hints.sort((a, b) => a.sentenceIndex - b.sentenceIndex) };
}

function mentionFrom(
  ctx: ArticleContext,
  s: Span,
  si: number,
  cue: Cue,
  cueStart: number,
  cueEnd: number,
): MentionDraft | null {
  const t = s.text;
  // "users of the integration", "a merger that still needs approval": a bare deal noun after "the" or in
  // an appositive points back at a deal already told; it may only reinforce that deal.
  if (cue.shape === 'mutual' && cue.type && refersBack(t, cueStart, cueEnd)) cue = GENERIC_CUE;
  // Skip cues that talk about shares, debt or buybacks: not business transactions.
  const tail = t.slice(cueEnd, cueEnd + 40);
  // "the takeover of 100% of the shares of X", "buy all the outstanding stock of X": the whole company.
  const whole =
    /^\s*(?:100\s?%|all)\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+|issued\s+)?(?:share capital|shares|stock|equity)\s+(?:of|in)\s+/i.exec(
      t.slice(cueEnd),
    );
  if (
    !whole &&
    /^\s*(?:[\w$~.,]+\s+){0,4}?(?:of\s+)?(?:its own |their own )?(shares|stock|bonds?|notes|debt|buybacks?|dividends?)\b/i.test(
      tail,
    ) &&
    cue.type !== 'investment'
  )
    return null;
  // "secured a bought-deal equity financing led by two banks": raising money is no customer contract.
  if (
    cue.type === 'contract' &&
    (/\bbought[- ]deal$/i.test(t.slice(Math.max(0, cueStart - 10), cueEnd)) ||
      /^\s*(?:[\w-]+\s+)?(?:financing|offering|placement|loan|credit facility|notes|bonds)\b/i.test(tail))
  )
    return null;
  // "bought a 9.9% stake", "paid $1.9 billion for 20% of X": an investment, found by its own cue.
  if (
    !whole &&
    cue.type === 'acquisition' &&
    (/^\s*(?:[\w$~.,]+\s+){0,3}?(stake|shares|stock)\b/i.test(tail) ||
      /^\s*(?:an?\s+)?\d+(?:\.\d+)?%/.test(tail))
  )
    return null;

  // "lays the groundwork for a joint venture", "a possible merger": not a transaction yet.
  if (
    /\b(groundwork for|pave the way for|paving the way for|path to|potential|possible|could lead to|may form|talk of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
      t.slice(Math.max(0, cueStart - 40), cueStart),
    )
  )
    return null;
  // "sold a majority stake in its unit to Y", "agreed to sell its 49% stake in X": a sale, found by the
  // divestiture cue, not an investment by the seller.
  if (
    cue.equity &&
    /\b(?:sell|sells|selling|sold|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?|dispose of|disposed of)\s+(?:[\w$€£¥.,%-]+\s+){0,4}$/i.test(
      t.slice(Math.max(0, cueStart - 50), cueStart),
    )
  )
    return null;
  const [clauseStart, clauseEnd] = clauseAround(t, cueStart);
  const ms = mentionsIn(ctx, s).filter((m) => m.rel >= clauseStart && m.relEnd <= clauseEnd);
  const left = ms.filter((m) => m.relEnd <= cueStart);
  const right = ms.filter((m) => m.rel >= cueEnd);
  const party = (e0: Entity, role: Role | null): PartyDraft => {
    const e = listedSameCompany(ctx, e0);
    return {
      key: e.key,
      name: e.name,
      ticker: e.ticker,
      role,
    };
  };
  // The text after a company name, with its possessive kept even when the mention swallowed it.
  const afterOwner = (m: { text: string; relEnd: number }, end = t.length): string =>
    (/['’]s?$/.test(m.text) ? "'" : '') + t.slice(m.relEnd, end);
  // The story's company unless it is the one being referred to.
  const recentOther = (not: Entity): Entity | null => {
    const e = impliedSubject(ctx, si);
    return e && e !== not ? e : null;
  };
  // "The takeover is Acme's second deal, after its purchase of X": a pronoun in a later clause points
  // to the company the sentence opens with before it points to an earlier sentence.
  const antecedent = (): Entity | null => {
    // "GE rose 0.7%: Kratos said it will buy…": the pronoun after "X said" is X.
    const speaker = mentionsIn(ctx, s).find(
      (m) =>
        m.relEnd <= cueStart &&
        /^['’]?\s*(?:\([^)]*\)\s*)?(?:said|says|announced|added|noted)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:[\w-]+\s+){0,3}$/i.test(
          t.slice(m.relEnd, cueStart),
        ),
    );
    if (speaker) return speaker.entity;
    const first = mentionsIn(ctx, s)[0];
    if (first && first.rel <= 30 && first.relEnd <= cueStart) return first.entity;
    // "it", "they" and "the Los Angeles-based firm" point back to a named firm, private ones too.
    const pronoun =
      /\b(?:it|they)\s+(?:[\w-]+\s+){0,3}$/i.test(t.slice(Math.max(0, cueStart - 40), cueStart)) ||
      /^\s*the\s+(?:[\w,-]+\s+){0,3}(?:firm|company|group|investor|buyer|fund)\s+(?:[\w-]+\s+){0,3}$/i.test(
        t.slice(0, cueStart),
      ) ||
      /^\s*(?:its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(t.slice(0, cueStart));
    return impliedSubject(ctx, si, pronoun);
  };
  // "The company bought X in 2023 and formed a partnership with Y": X is the object of an earlier verb,
  // the new verb's actor is the sentence's subject (a "X and Y formed…" pair is not coordination).
  const lastLeft = left[left.length - 1];
  const coordinated =
    !!lastLeft &&
    /\s(?:and|but)\s+(?:[\w-]+\s+){0,5}$/i.test(t.slice(lastLeft.relEnd, cueStart)) &&
    // "…, and the two will jointly develop": a clause with its own subject is not coordination.
    !/\s(?:and|but)\s+(?:the two|both|they|the (?:two )?companies|the pair)\b[^,;]*$/i.test(
      t.slice(lastLeft.relEnd, cueStart),
    ) &&
    // "A and B agreed…" is a pair, but "…to Y and in August agreed…" starts a new verb of the subject.
    (!/^\s*(?:\([^)]*\)\s*)?(?:and|,)/.test(t.slice(lastLeft.relEnd)) ||
      /^\s*(?:\([^)]*\)\s*)?,?\s+and\s+(?:in|on|last|earlier|later|this|then|also|separately)\b/i.test(
        t.slice(lastLeft.relEnd),
      )) &&
    !(
      lastLeft.rel <= 30 &&
      lastLeft.entity === mentionsIn(ctx, s)[0]?.entity &&
      !/\b(?:to|from|with|of|by|for)\s/i.test(t.slice(0, lastLeft.rel))
    );
  // "X sells A to Y for $2 billion, sells B to Z": a comma series of verbs, the last company named
  // being the earlier verb's object ("to Y"), not this verb's actor.
  // What precedes a mention, the name left out when the mention is its ticker ("to Xylem (XYL)").
  const textBefore = (m: { rel: number }): string =>
    t.slice(Math.max(0, m.rel - 40), m.rel).replace(/[\w&.'’-]+\s*\(\s*$/, '');
  const afterObject =
    !!lastLeft &&
    /\b(?:to|from|picked|chose|selected|tapped|hired|awarded)\s+(?:[\w&-]+\s+){0,3}$/i.test(
      textBefore(lastLeft),
    ) &&
    /^[^;]*?(?:,\s+|\s+and\s+)(?:also\s+)?$/i.test(t.slice(lastLeft.relEnd, cueStart));
  // "X completed its Y purchase after selling Z to W": the participle's actor is the sentence's subject.
  const participle =
    /^\w+ing\b/i.test(t.slice(cueStart, cueEnd)) && ENDS_IN_PARTICIPLE.test(t.slice(0, cueEnd));
  const notEarlierObject = (e: Entity | null): Entity | null =>
    afterObject && e === lastLeft?.entity ? null : e;
  // The coordinated verb's actor: the sentence's subject, never the earlier verb's object.
  const coordSubject = (): Entity | null => {
    const a = antecedent();
    return a && a !== lastLeft?.entity ? a : impliedSubject(ctx, si, true);
  };
  // "The company raised $38 million … and counts Acme's fund among its investors": a description does not
  // point at a company the same sentence names after the cue.
  const unnamedLater = (e: Entity | null): Entity | null =>
    e && !left.some((m) => m.entity === e) && right.some((m) => m.entity === e) ? null : e;
  const subjectIfBackRef = (): Entity | null => {
    const head = t.slice(clauseStart, cueStart);
    if (
      BACK_REFERENCE.test(head.trim()) ||
      /\b(its|their)\b/.test(t.slice(cueStart, cueEnd + 30)) ||
      /\b(it|they|the company|the group|the firm|the (?:[\w-]+ ){0,2}(?:company|firm|group|maker|giant|carrier|lender|bank|retailer|airline|insurer|operator)|(?:the (?:company|group|firm)|its|their)['’]s?)\s+(?:[\w-]+\s+){0,3}$/i.test(
        head,
      )
    )
      return unnamedLater(antecedent());
    return null;
  };
  // "since it bought X", "which it acquired in 2016": the pronoun, not the nearest name, is the actor.
  const pronounBefore =
    /\b(?:it|they)\s+(?:(?:has|have|had|also|later|then|previously|already|recently|once)\s+)?$/i.test(
      t.slice(Math.max(0, cueStart - 30), cueStart),
    );
  const pronounActor = pronounBefore ? antecedent() : null;
  // "X, which bought Y last year, agreed to acquire Z": Y sits in a closed relative clause, X acts.
  const closedRelatives = relativeSpans(t.slice(0, cueStart));
  const actorLeft = left.filter((m) => !closedRelatives.some((r) => inside(r, m.rel, m.relEnd)));
  // "After agreeing to buy X for $1.2 billion, Y said…": a leading phrase's actor is the main clause's
  // subject, named after the phrase's comma.
  const leadPhraseActor = (): Entity | null => {
    const lead = /^(?:After|Before|While|Since|Having|By|Besides|Following)\b[^,;]*?,\s*/i.exec(t);
    if (!lead || cueEnd > lead[0].length) return null;
    return right.find((m) => m.rel >= lead[0].length && m.rel - lead[0].length <= 30)?.entity ?? null;
  };
  // A pronoun nobody can be found for is not the nearest name before it ("bought X, and it led…").
  const actorBefore = (): Entity | null =>
    pronounBefore
      ? pronounActor
      : (actorLeft[actorLeft.length - 1]?.entity ?? leadPhraseActor() ?? subjectIfBackRef());
  // "a stake in Acme's smaller rival Beta": the possessive names a relation, the object is Beta.
  const skipRelation = <M extends { rel: number; relEnd: number; text: string; entity: Entity }>(
    list: M[],
  ): M[] => {
    const a = list[0];
    const rest = list.filter((m) => m.entity !== a?.entity);
    const b = rest[0];
    if (
      a &&
      b &&
      /^(?:['’]s?)?\s*(?:\([^()]*\)\s*)?(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}(?:rival|competitor|peer|customer|supplier|partner|sister company|affiliate|neighbou?r)\s+$/i.test(
        afterOwner(a, b.rel),
      )
    )
      return rest;
    return list;
  };
  // The object of "acquire"/"buy" follows the verb directly ("to acquire rival Acme", "bought startup X").
  const directObject = (m: { rel: number } | undefined): boolean => {
    if (!m) return false;
    const between = t.slice(cueEnd + (whole?.[0].length ?? 0), m.rel);
    return (
      between.length <= 45 &&
      !/\b(from|for|in|on|with|at|to|by|into|than|and|of (?:the|its|a))\b/i.test(between)
    );
  };
  const near = (list: typeof ms, from: number, max: number): typeof ms =>
    list.filter((m) => Math.abs(m.rel - from) <= max);

  // "X, a maker of … owned by Z", "X, a glass subsidiary of Z": Z owns the company named at m.
  const ownerAfter = (m: { relEnd: number; entity: Entity }): (typeof ms)[number] | undefined =>
    right.find(
      (o) =>
        o.rel > m.relEnd &&
        o.entity !== m.entity &&
        /^,\s+(?:a|an)\s+[^,;()]{0,100}?\b(?:(?:owned|controlled|backed) by|(?:subsidiary|unit|division) of)\s+(?:[\w-]+\s+){0,3}$/i.test(
          t.slice(m.relEnd, o.rel),
        ),
    );
  let controlType: DealType | null = null;
  let contractType = false;
  let signedForSpeaker = false;
  let parties: PartyDraft[] = [];
  let asset: string | null = null;
  let usedFallback = false;
  switch (cue.shape) {
    case 'actor-object': {
      let actor =
        coordinated || afterObject
          ? notEarlierObject(coordSubject())
          : participle
            ? antecedent()
            : actorBefore();
      const related = skipRelation(right);
      const first = related[0];
      // "buy the cybersecurity unit of X" / "buy the unit from X": X sells, the unit changes hands.
      const partOf = first ? assetBeforeOwner(t.slice(cueEnd, first.rel)) : null;
      let target = directObject(first) || partOf || related !== right ? first!.entity : null;
      // "Dunmore shares jumped after Halvard agreed to buy the company": the sentence's opening company.
      if (
        !target &&
        /^\s*(?:the|its)\s+(?:company|firm|group|maker|business|startup|rival|target|chipmaker|retailer|lender|insurer)\b/i.test(
          t.slice(cueEnd),
        )
      ) {
        const opening = mentionsIn(ctx, s)[0];
        if (opening && opening.rel <= 30 && opening.entity !== actor && opening.relEnd <= cueStart)
          target = opening.entity;
      }
      // "Etsy shares jumped after eBay approached the marketplace about…": the sentence's opening company.
      if (
        !target &&
        cue.status === 'rumored' &&
        /^\s*the\s+(?:[\w-]+\s+){0,3}?about\b/i.test(t.slice(cueEnd))
      ) {
        const opening = mentionsIn(ctx, s)[0];
        if (opening && opening.rel <= 30 && opening.entity !== actor) target = opening.entity;
      }
      // "agreed to buy two quarries in Georgia from Acme": assets bought from a named seller.
      const fromSeller =
        !target && actor && !/['’]s?$/.test(first?.text ?? '')
          ? right.find(
              (m) =>
                m.entity !== actor &&
                m.rel - cueEnd <= 80 &&
                /^\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+|several\s+)?[a-z][\w\s,'’-]{2,60}?\s+from\s+(?:[\w-]+\s+){0,2}$/.test(
                  t.slice(cueEnd, m.rel),
                ) &&
                !/\b(?:stake|shares|stock|bonds?|notes|debt)\b/i.test(t.slice(cueEnd, m.rel)),
            )
          : undefined;
      if (fromSeller && actor) {
        // "…from GE under a supply agreement", "signed an agreement to buy robots from X": buying
        // products is a contract, not an acquisition.
        const goods =
          /\b(?:agreement|contract|deal|order)\s+to\s+(?:buy|purchase)\s*$/i.test(
            t.slice(clauseStart, cueEnd),
          ) &&
          !/\b(?:business|unit|division|plant|factory|stake|assets?|brand|operations|subsidiary|company|portfolio|site|mine|field)\b/i.test(
            t.slice(cueEnd, fromSeller.rel),
          );
        if (goods || SUPPLY_TERMS.test(t.slice(fromSeller.relEnd))) {
          contractType = true;
          parties = [party(fromSeller.entity, 'supplier'), party(actor, 'customer')];
          break;
        }
        asset = cleanAsset(
          t
            .slice(cueEnd, fromSeller.rel)
            .replace(/\s+from\s+(?:[\w-]+\s+){0,2}$/, '')
            .trim(),
        );
        parties = [party(actor, 'buyer'), party(fromSeller.entity, 'seller')];
        break;
      }
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
      if (!actor || !target) return null;
      // "bought A for $1.2 billion and B for $400 million", "deals to buy A, B and C": one deal per
      // company of a list that ends with "and" (a headline's "X buys A, B is taking over C" is no list).
      if (first && first.entity === target && cue.type === 'acquisition') {
        const items: Array<{ m: (typeof right)[number]; and: boolean }> = [];
        let at = first.relEnd;
        for (const m of right.filter((x) => x.rel > first.relEnd)) {
          const gap = t.slice(at, m.rel);
          if (m.entity === target || /^\s*\(?[^()]{0,30}\)\s*$/.test(gap)) {
            at = m.relEnd;
            continue;
          }
          const g = /^\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:for\s+[^,;()]{1,30}?\s*)?(,\s*|,?\s+and\s+)$/.exec(
            gap,
          );
          if (!g || m.entity === actor) break;
          // A list item ends the phrase; one followed by its own verb starts a new clause.
          if (!/^\s*(?:\([^()]*\)\s*)?(?:[,.;:]|$|for\b|and\b|in\b|from\b|as\b|[—–])/.test(t.slice(m.relEnd)))
            break;
          items.push({ m, and: /and/.test(g[1]!) });
          at = m.relEnd;
        }
        const andAt = items.findIndex((i) => i.and);
        for (const { m } of andAt >= 0 && andAt === items.length - 1 ? items : []) {
          const extra = baseDraft(ctx, s, si, 'acquisition', cueStart, cueEnd, true);
          const tail = t.slice(m.relEnd, m.relEnd + 60);
          const price = findMoney(tail).find((x) =>
            /^\s*(?:\([^()]*\)\s*)?for\s+$/i.test(tail.slice(0, x.start)),
          );
          extra.value = price
            ? { amount: price.amount, currency: price.currency, qualifier: price.qualifier, text: price.text }
            : null;
          extra.parties = [party(actor, 'buyer'), party(m.entity, 'target')];
          pendingExtra.push(extra);
        }
      }
      // The target found without a mention after the cue: no owner or asset to read there.
      if (!first || first.entity !== target) {
        parties = [party(actor, 'buyer'), party(target, 'target')];
        break;
      }
      // "buy the engines from GE under a supply agreement": products bought from X are a contract.
      if (partOf && SUPPLY_TERMS.test(t.slice(first.relEnd))) {
        contractType = true;
        parties = [party(first.entity, 'supplier'), party(actor, 'customer')];
        break;
      }
      // "buy Blackstone-backed Verity": the hyphenated owner sells, the company after it is bought.
      const owned = related.find((m) => m.entity !== target && m.entity !== actor);
      if (
        owned &&
        /^-(?:backed|owned|controlled)\s+(?:[\w-]+\s+){0,2}$/i.test(t.slice(first.relEnd, owned.rel))
      ) {
        parties = [party(actor, 'buyer'), party(owned.entity, 'target'), party(target, 'seller')];
        break;
      }
      // "buy X's fiber business": X is the seller and the business is what is bought.
      asset = partOf ?? possessedAsset(afterOwner(first));
      parties = [party(actor, 'buyer'), party(target, asset ? 'seller' : 'target')];
      // "acquire Verity, a sensor maker owned by Blackstone": the owner sells.
      const ownerM = !asset ? ownerAfter(first) : undefined;
      if (ownerM && ownerM.entity !== actor) parties.push(party(ownerM.entity, 'seller'));
      const from = right.find(
        (m) =>
          m.entity !== target &&
          /\bfrom\s+(?:[\w-]+\s+){0,3}$/i.test(t.slice(Math.max(0, m.rel - 40), m.rel)),
      );
      if (from) parties.push(party(from.entity, 'seller'));
      break;
    }
    case 'relative-object': {
      const object = left[left.length - 1];
      // "the Acme treats brand, which it bought": a few lower-case words may name what was bought.
      if (
        !object ||
        !/^\)?[\s'’s]*(?:\s[a-z][\w-]*){0,3}$/.test(t.slice(object.relEnd, cueStart)) ||
        (/^\)/.test(t.slice(object.relEnd, cueStart)) && !/\s[a-z]/.test(t.slice(object.relEnd, cueStart)))
      )
        return null;
      const named = ms.find((m) => m.rel >= cueStart && m.relEnd <= cueEnd && m.entity !== object.entity);
      const first = mentionsIn(ctx, s).find((m) => m.entity !== object.entity);
      const actor =
        named?.entity ??
        (first && first.rel <= 30 && first.relEnd <= cueStart ? first.entity : recentOther(object.entity));
      if (!actor || actor === object.entity) return null;
      parties = [party(actor, 'buyer'), party(object.entity, 'target')];
      break;
    }
    case 'rival-bid': {
      // The bidder is named right before the verb; the target is that of the takeover just told.
      const bidder = left[left.length - 1];
      if (!bidder || cueStart - bidder.relEnd > 25 || right.length) return null;
      const prior = recentDraft(
        si + 1,
        3,
        (d) =>
          d.type === 'acquisition' &&
          d.parties.some((p) => p.role === 'target' && p.key !== bidder.entity.key) &&
          !d.parties.some((p) => p.role === 'buyer' && p.key === bidder.entity.key),
      );
      const target = prior?.parties.find((p) => p.role === 'target');
      if (!target) return null;
      parties = [party(bidder.entity, 'buyer'), { ...target }];
      break;
    }
    case 'led-round': {
      // The lead is the company written right before "-led"; the money goes to the sentence's subject.
      const lead = left.find((m) => m.relEnd === cueStart);
      const investee = actorLeft.find((m) => m.entity !== lead?.entity)?.entity ?? subjectIfBackRef();
      if (!lead || !investee || lead.entity === investee) return null;
      parties = [party(lead.entity, 'investor'), party(investee, 'investee')];
      break;
    }
    case 'backers': {
      // The backed company is named before ("Lumora … is backed by"); each backer is its own stake.
      const investee =
        left[left.length - 1]?.entity ?? subjectIfBackRef() ?? unnamedLater(impliedSubject(ctx, si));
      const backers: Entity[] = [];
      let at = cueEnd;
      for (const m of right) {
        if (!/^\s*(?:,\s*|\s+and\s+|,\s+and\s+)?$/.test(t.slice(at, m.rel)) && backers.length) break;
        if (backers.length === 0 && m.rel - cueEnd > 40) break;
        if (m.entity !== investee && !backers.includes(m.entity)) backers.push(m.entity);
        at = m.relEnd;
        // "Acme (NASDAQ: ACME)": skip the anchor's brackets.
        const paren = /^\s*\([^()]{1,30}\)/.exec(t.slice(at));
        if (paren) at += paren[0].length;
      }
      if (!investee || !backers.length) return null;
      parties = [party(backers[0]!, 'investor'), party(investee, 'investee')];
      for (const b of backers.slice(1, 5))
        pendingExtra.push({
          ...baseDraft(ctx, s, si, 'investment', cueStart, cueEnd, true),
          equity: true,
          status: 'completed',
          statusExplicit: true,
          parties: [party(b, 'investor'), party(investee, 'investee')],
        });
      break;
    }
    case 'seller-only': {
      // The seller names itself right before ("Oakhurst Energy (NYSE: OKH) is exploring…") or is "it".
      const seller = left[left.length - 1];
      const sellerEntity = seller && cueStart - seller.relEnd <= 30 ? seller.entity : subjectIfBackRef();
      const what = possessedAsset(t.slice(cueEnd).replace(/^\s*/, "'s "));
      if (!sellerEntity || !what) return null;
      asset = what;
      // "… who said Corrib Partners and Humana have both shown interest": the would-be buyers.
      const bidders =
        /\b(?:interest|bidders?|suitors?|potential buyers?|could bid|might bid|circling)\b/i.test(
          t.slice(cueEnd),
        )
          ? right.filter((m) => m.entity !== sellerEntity).map((m) => m.entity)
          : [];
      parties = [
        party(sellerEntity, 'seller'),
        ...[...new Set(bidders)].slice(0, 3).map((e) => party(e, 'buyer')),
      ];
      break;
    }
    case 'held-stake': {
      // The holder is named right before; the company is the investee of an investment just told.
      const holder = left[left.length - 1];
      if (!holder || cueStart - holder.relEnd > 30) return null;
      const prior = recentDraft(
        si + 1,
        4,
        (d) => d.type === 'investment' && d.parties.some((p) => p.role === 'investee'),
      );
      const investee = prior?.parties.find((p) => p.role === 'investee');
      if (!investee || investee.key === holder.entity.key) return null;
      parties = [party(holder.entity, 'investor'), { ...investee, role: 'investee' }];
      break;
    }
    case 'relative-actor': {
      const actorM = left[left.length - 1];
      const subject = mentionsIn(ctx, s)[0];
      if (!actorM || !/^[\s'’s]*$/.test(t.slice(actorM.relEnd, cueStart))) return null;
      if (!subject || subject.rel > 30 || subject.entity === actorM.entity) return null;
      parties = [party(actorM.entity, 'buyer'), party(subject.entity, 'target')];
      break;
    }
    case 'object-actor': {
      // "A takeover of X by Y": the target may sit inside the cue itself.
      const insideCue = ms.find((m) => m.rel >= cueStart && m.relEnd <= cueEnd);
      const object = insideCue?.entity ?? left[left.length - 1]?.entity ?? subjectIfBackRef();
      const actor = near(right, cueEnd, 60)[0]?.entity ?? null;
      if (!object || !actor || object === actor) return null;
      parties = [party(actor, 'buyer'), party(object, 'target')];
      break;
    }
    case 'seller-to-buyer': {
      const toMatch = /\bto\s+(?:[\w&-]+\s+){0,3}?$/;
      // The "to" after the verb, not the infinitive's ("agreed to sell X … to Y").
      const buyerM = right.find(
        (m) => toMatch.test(t.slice(Math.max(cueEnd, m.rel - 30), m.rel)) && m.rel - cueEnd < 140,
      );
      if (!buyerM) {
        // "sold part of its stake in X for $4.8 billion": a stake sale, the buyer unnamed.
        const stake =
          /^\s*(?:(?:part|some|half|most|all|the rest|a portion) of\s+)?(?:its|their)\s+(?:remaining\s+|entire\s+)?(?:\d+(?:\.\d+)?%\s+)?(?:stake|holding|interest)\s+in\s+(?:the\s+)?$/i;
        const held = right.find((m) => stake.test(t.slice(cueEnd, m.rel)));
        const seller = lastLeft?.entity ?? subjectIfBackRef();
        if (!held || !seller || seller === held.entity) return null;
        parties = [party(seller, 'seller'), party(held.entity, 'target')];
        break;
      }
      // "the sale of X's unit to Y": the possessor is the seller, whatever precedes the cue.
      const owner = right.find((m) => m.rel < buyerM.rel && /^\s*(?:of\s+)?$/i.test(t.slice(cueEnd, m.rel)));
      const owned = owner ? possessedAsset(afterOwner(owner, buyerM.rel)) : null;
      // "The company bought X for $4.9 billion and agreed to sell its unit to Y": "its" is the subject's.
      const ownUnit = coordinated && /^\s*(?:of\s+)?(?:its|their)\b/i.test(t.slice(cueEnd));
      const seller =
        owner && owned && owner.entity !== buyerM.entity
          ? owner.entity
          : ownUnit || afterObject
            ? notEarlierObject(coordSubject())
            : participle
              ? antecedent()
              : (lastLeft?.entity ?? leadPhraseActor() ?? subjectIfBackRef());
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
        if (implied && implied !== buyerM.entity) {
          parties = [party(implied, 'seller'), party(buyerM.entity, 'buyer')];
          break;
        }
      }
      // "As part of the deal the banks plan to sell branches to Y": the merging companies sell together.
      if (
        /\b(?:the (?:two )?(?:banks|companies|firms|groups|lenders|insurers|carriers|partners)|the pair|both (?:banks|companies|firms|groups))\s+(?:[\w-]+\s+){0,3}$/i.test(
          t.slice(clauseStart, cueStart),
        )
      ) {
        const merger = recentDraft(si + 1, 20, (d) => d.type === 'merger' && d.parties.length >= 2);
        const sellers = merger?.parties.filter((p) => p.key !== buyerM.entity.key) ?? [];
        if (sellers.length < 2) return null;
        parties = [...sellers.map((p) => ({ ...p, role: 'seller' as Role })), party(buyerM.entity, 'buyer')];
        break;
      }
      if (!seller) return null;
      parties = [party(seller, 'seller'), party(buyerM.entity, 'buyer')];
      // "sold its 49% stake in X to Y": X is the company whose shares change hands.
      const stakeIn = right.find(
        (m) =>
          m.rel < buyerM.rel &&
          m.entity !== seller &&
          m.entity !== buyerM.entity &&
          /\bstake\s+in\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}$/i.test(t.slice(cueEnd, m.rel)),
      );
      if (stakeIn) parties.push(party(stakeIn.entity, 'target'));
      const between = t.slice(cueEnd, buyerM.rel);
      const a =
        /^\s*(?:of\s+)?(?:its|the|their|a|an)?\s*([^()$€£]{3,80}?)\s*(?:\(?\s*for\s+[^)]*)?\bto\s+(?:[\w&-]+\s+){0,3}?$/i.exec(
          between,
        );
      asset = a ? a[1]!.trim().replace(/^(of\s+)?(its|the|their)\s+/i, '') || null : null;
      if (asset && /^(for|to)$/i.test(asset)) asset = null;
      if (owned && seller === owner?.entity) asset = owned;
      asset = cleanAsset(asset) ?? (asset && asset.split(/\s+/).length <= ASSET_MAX_WORDS ? asset : null);
      break;
    }
    case 'investee-investor': {
      const investee =
        left[left.length - 1]?.entity ?? subjectIfBackRef() ?? unnamedLater(impliedSubject(ctx, si));
      const investor = near(right, cueEnd, 30)[0]?.entity ?? null;
      if (!investor || !investee || investor === investee) return null;
      parties = [party(investor, 'investor'), party(investee, 'investee')];
      break;
    }
    case 'supplier-customer': {
      const supplier = left[left.length - 1]?.entity ?? subjectIfBackRef();
      const customerM = right.find(
        (m) =>
          m.rel - cueEnd < 140 &&
          (/\b(to|for|with|of)\s+(?:[\w&-]+\s+){0,3}$/i.test(t.slice(Math.max(0, m.rel - 40), m.rel)) ||
            // "will supply Dunmore with lenses": the customer right after the verb.
            /^\s*$/.test(t.slice(cueEnd, m.rel))),
      );
      const customer = customerM?.entity ?? null;
      if (!supplier || !customer) return null;
      parties = [party(supplier, 'supplier'), party(customer, 'customer')];
      break;
    }
    case 'order-placer': {
      // The one who places the order is the customer; the supplier is named with "with/from", else it
      // is the company the sentence opens with ("Acme rose after Beta placed an order…").
      const customerM = left[left.length - 1];
      if (!customerM) return null;
      const named = right.find(
        (m) =>
          m.entity !== customerM.entity &&
          m.rel - cueEnd <= 60 &&
          /\b(?:with|from)\s+(?:[\w&-]+\s+){0,3}$/i.test(t.slice(Math.max(0, m.rel - 30), m.rel)),
      );
      const opener = mentionsIn(ctx, s)[0];
      const supplier =
        named?.entity ??
        (opener && opener.rel <= 30 && opener.relEnd <= customerM.rel && opener.entity !== customerM.entity
          ? opener.entity
          : null);
      if (!supplier) return null;
      contractType = true;
      // "X booked an order from Y": the one who books it is the supplier.
      parties = /^booked\b/i.test(t.slice(cueStart, cueEnd))
        ? [party(supplier, 'customer'), party(customerM.entity, 'supplier')]
        : [party(customerM.entity, 'customer'), party(supplier, 'supplier')];
      break;
    }
    case 'customer-supplier': {
      const head = t.slice(clauseStart, cueStart);
      const gov = GOV_HEAD.exec(head);
      // "Acme rose after the U.S. Navy awarded it…": the agency right before the verb is the customer.
      const lastM = left[left.length - 1];
      // "Duke picked GE Vernova to build turbines and tapped Quanta…": the earlier verb's object does not tap.
      const customer =
        afterObject || coordinated
          ? notEarlierObject(coordSubject())
          : lastM && !(gov && gov.index >= lastM.relEnd - clauseStart)
            ? lastM.entity
            : null;
      let supplierM: { entity: Entity } | undefined =
        right[0] && right[0].rel - cueEnd <= 30 ? right[0] : undefined;
      // "NASA picked the small satellite builder for…": the story's company.
      if (
        !supplierM &&
        /^\s*the (?:[\w-]+ ){0,3}(?:builder|maker|company|firm|startup|developer|provider|manufacturer|supplier|contractor|operator|designer)\b/i.test(
          t.slice(cueEnd),
        )
      ) {
        const e = impliedSubject(ctx, si + 1) ?? ctx.primary;
        if (e) supplierM = { entity: e };
      }
      // "X said grid operator Y had awarded it a contract": the pronoun is the sentence's subject.
      if (!supplierM && /^\s*(?:it|them)\b/i.test(t.slice(cueEnd))) {
        const e = antecedent();
        if (e && e !== customer) supplierM = { entity: e };
      }
      if (!supplierM) return null;
      // Choosing a supplier is a contract only when the sentence says what was bought.
      if (
        !/\b(contract|order|agreement|deal|award|supplier|provider|carrier|vendor|partner|as (?:the|its)|to (?:build|supply|provide|connect|host|deliver|develop|run|manage|operate))\b/i.test(
          t,
        )
      )
        return null;
      // "X was selected by Y to build…": the passive's subject is the supplier, "by" names the customer.
      const passiveBy =
        /\b(?:was|were|is|are|been|being)\s+(?:[\w-]+\s+)?$/i.test(t.slice(clauseStart, cueStart)) &&
        /^\s*by\b/i.test(t.slice(cueEnd));
      if (passiveBy && customer && customer !== supplierM.entity)
        parties = [party(supplierM.entity, 'customer'), party(customer, 'supplier')];
      else if (customer && customer !== supplierM.entity)
        parties = [party(customer, 'customer'), party(supplierM.entity, 'supplier')];
      else if (gov) {
        const name = gov[1]!.replace(/^the\s+/, '');
        parties = [
          { key: govKey(name), name, ticker: null, role: 'customer' },
          party(supplierM.entity, 'supplier'),
        ];
      } else return null;
      break;
    }
    case 'investor-investee': {
      const investor = coordinated ? coordSubject() : actorBefore();
      // "A invested in B, and C took a stake in D": C starts a new clause, it is not A's investee.
      const newSubject = (m: (typeof ms)[number]): boolean =>
        /,\s+(?:and|but|while)\s+$/.test(t.slice(cueEnd, m.rel)) &&
        /^\s*(?:\([^)]*\)\s*)?(?!(?:of|in|for|to|with|at|on|from|by|and|or)\b)[a-z]{2,}\b/.test(
          t.slice(m.relEnd),
        );
      const cut = right.find(newSubject)?.rel ?? Infinity;
      const candidates = right.filter((m) => m.rel < cut);
      let investee =
        (skipRelation(candidates) !== candidates
          ? skipRelation(candidates)[0]?.entity
          : near(candidates, cueEnd, 40)[0]?.entity) ??
        ms.find((m) => m.rel > cueStart && m.rel < cut && m.entity !== investor)?.entity ??
        null;
      // "invested $200 million in the company": the sentence's subject, else the story's company.
      if (!investee && /^\s*(?:the company|it)\b/i.test(t.slice(cueEnd))) {
        const first = ms[0]?.entity;
        investee = first && first !== investor ? first : impliedSubject(ctx, si);
      }
      // "invest $X in Y": the cue regex spans up to "in", so the investee follows it directly.
      if (!investor || !investee || investor === investee) return null;
      // "buy a 60% stake in X", "a controlling stake in X": control changes hands, an acquisition;
      // an owner in apposition ("X, a subsidiary of Z") sells.
      const pct = /(\d+(?:\.\d+)?)%/.exec(t.slice(cueStart, cueEnd));
      const control =
        cue.equity &&
        cue.status !== 'completed' &&
        !/\b(?:keep|keeps|kept|retain|retains|retained|hold|holds|held|own|owns|owned)\s+(?:an?\s+|its\s+)?$/i.test(
          t.slice(Math.max(0, cueStart - 20), cueStart),
        ) &&
        (pct
          ? Number(pct[1]) > 50 && Number(pct[1]) < 100
          : /\b(?:majority|controlling)\b/i.test(t.slice(cueStart, cueEnd)));
      if (control) {
        controlType = 'acquisition';
        parties = [party(investor, 'buyer'), party(investee, 'target')];
        const im = right.find((m) => m.entity === investee);
        const ownerM = im ? ownerAfter(im) : undefined;
        if (ownerM && ownerM.entity !== investor) parties.push(party(ownerM.entity, 'seller'));
        break;
      }
      parties = [party(investor, 'investor'), party(investee, 'investee')];
      break;
    }
    case 'contract-list': {
      // "Acme said satellite startup Beta had signed a contract worth $145 million": the speaker is the
      // supplier, the one who signs or places it the customer.
      const signer = left[left.length - 1];
      const speaker =
        signer &&
        /^(?:signed|signs|placed|places|awarded)\b/i.test(t.slice(cueStart, cueEnd)) &&
        !/\b(?:with|from|by)\s*$/i.test(t.slice(cueStart, cueEnd)) &&
        !right.some((m) => m.entity !== signer.entity && m.rel - cueEnd < 160) &&
        !GOV.test(t.slice(cueEnd, clauseEnd))
          ? left.find(
              (m) =>
                m.entity !== signer.entity &&
                /^\s*(?:\([^)]*\)\s*)?(?:said|says|announced)\s+(?:that\s+)?(?:[\w-]+\s+){0,4}$/i.test(
                  t.slice(m.relEnd, signer.rel),
                ),
            )
          : undefined;
      if (speaker && signer) {
        contractType = true;
        signedForSpeaker = true;
        parties = [party(speaker.entity, 'supplier'), party(signer.entity, 'customer')];
        break;
      }
      const supplier = left[left.length - 1]?.entity ?? subjectIfBackRef() ?? impliedSubject(ctx, si);
      if (!supplier) return null;
      // "won contracts (U.S. Army, Boeing, etc.)": a customer list right after the cue, too.
      const parenNext = /^\s*\(/.exec(t.slice(cueEnd));
      const listFrom = parenNext ? cueEnd + parenNext[0].length : cueEnd;
      let isList = /\(\s*$/.test(t.slice(0, cueEnd)) || !!parenNext;
      let customers = isList ? contractCustomers(ctx, s, listFrom, clauseEnd) : [];
      if (parenNext && !customers.length) isList = false;
      if (!isList) {
        const after = right.find(
          (m) => m.entity !== supplier && !isOwnUnit(m.entity, supplier) && m.rel - cueEnd < 160,
        );
        // "won a U.S. Air Force contract": the customer may sit inside the cue.
        const gov = GOV.exec(t.slice(cueStart, cueEnd)) ?? GOV.exec(t.slice(cueEnd, clauseEnd));
        if (after) customers = [{ entity: after.entity, name: after.entity.name }];
        else if (gov) customers = [{ entity: null, name: gov[1]! }];
      }
      // "The U.S. Space Force has chosen X… In a smaller award, Y received a $86 million contract": the
      // agency of the contract just told is the customer of the next award that names none.
      if (
        !customers.length &&
        /^(?:won|wins|secured|securing|landed|received|receives)\b/i.test(t.slice(cueStart, cueEnd)) &&
        /\b(?:award|also|separate|same|second|another|smaller|larger)\b/i.test(t) &&
        !ms.some((m) => m.entity !== supplier && !isOwnUnit(m.entity, supplier))
      ) {
        const prior = recentDraft(
          si,
          3,
          (d) =>
            d.type === 'contract' && d.parties.some((p) => p.role === 'customer' && p.key.startsWith('N:')),
        );
        const gov = prior?.parties.find((p) => p.role === 'customer' && p.key.startsWith('N:'));
        if (gov && !prior!.parties.some((p) => p.key === supplier.key))
          customers = [{ entity: null, name: gov.name }];
      }
      if (!customers.length) return null;
      // One mention per customer: each is its own contract.
      // "X signed a deal with Y to use its robots": the signer buys, the one it signed with supplies.
      const signerBuys =
        customers.length === 1 &&
        !!customers[0]!.entity &&
        /^\s*(?:\([^)]*\)\s*)?(?:[\w$€£.,-]+\s+){0,3}?to\s+(?:use|buy|purchase|deploy|license|lease|install|source|run|rent)\b/i.test(
          t.slice(ms.find((m) => m.entity === customers[0]!.entity && m.rel >= cueStart)?.relEnd ?? cueEnd),
        );
      const out: MentionDraft[] = customers.map((c) => ({
        ...baseDraft(ctx, s, si, 'contract', cueStart, cueEnd, isList),
        parties: signerBuys
          ? [party(c.entity!, 'supplier'), party(supplier, 'customer')]
          : [
              party(supplier, 'supplier'),
              c.entity
                ? party(c.entity, 'customer')
                : { key: govKey(c.name), name: c.name, ticker: null, role: 'customer' as Role },
            ],
      }));
      for (const d of out)
        d.confidence -= offLeadPenalty(
          ctx,
          d.parties.map((p) => p.key),
        );
      // A contract won, awarded or signed is a done deal.
      for (const d of out)
        if (
          !d.statusExplicit &&
          /\b(awarded|won|wins|winning|secured|securing|landed|landing|signed|received)\b/i.test(t)
        ) {
          d.status = 'completed';
          d.statusExplicit = true;
        }
      // Passing mentions of a run of contracts are past events.
      for (const d of out)
        if (/\b(string|series|slew|run|number) of\b/i.test(t.slice(Math.max(0, cueStart - 5), cueEnd))) {
          d.status = 'completed';
          d.statusExplicit = true;
        }
      pendingExtra.push(...out.slice(1));
      return out[0] ?? null;
    }
    case 'mutual': {
      // A hyphen pair ("Palantir-Lumen alliance") or "A and B" or "A ... with B".
      // The two nearest distinct companies on each side ("A (NYSE: A) and B (NYSE: B) formed a…").
      const distinct = (list: typeof ms): Entity[] => {
        const out: Entity[] = [];
        for (const m of list) if (!out.includes(m.entity)) out.push(m.entity);
        return out;
      };
      const ents: Entity[] = [];
      // Companies inside the cue itself count too: "agreed with Honda to jointly develop".
      const inside = ms.filter((m) => m.rel >= cueStart && m.relEnd <= cueEnd);
      // "Ultium Cells, a battery joint venture with X" / "to be called Y": the venture, not a partner.
      const isVenture = (m: (typeof ms)[number]): boolean =>
        /^,\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:joint venture|venture)\b/i.test(
          t.slice(m.relEnd),
        ) || /\b(?:called|named|known as)\s+$/i.test(t.slice(Math.max(0, m.rel - 12), m.rel));
      const partners = (list: typeof ms): typeof ms => list.filter((m) => !isVenture(m));
      // "X sold Y to Z and agreed to combine with W": the coordinated verb's actor is X, not Z.
      const subject =
        coordinated && (cue.type === 'partnership' || cue.type === 'merger') ? coordSubject() : null;
      // "A expanded its partnership with B and signed a deal with C": each "with" has one actor, the
      // subject, not the earlier verb's object B; and B's deal ends where the next verb begins.
      const withCue = /\bwith\s*$/i.test(t.slice(cueStart, cueEnd)) || /^\s*with\b/i.test(t.slice(cueEnd));
      const isObject = (m: (typeof ms)[number]): boolean =>
        /\b(?:to|from|with|of)\s+(?:[\w&-]+\s+){0,3}$/i.test(textBefore(m));
      const leftActors = distinct(partners(left.filter((m) => !withCue || !isObject(m))));
      const actors = subject
        ? [subject]
        : withCue
          ? leftActors.slice(-1).length
            ? leftActors.slice(-1)
            : [antecedent()].filter((e): e is Entity => !!e && !right.some((m) => m.entity === e))
          : distinct(partners(left)).slice(-2);
      const sameClauseRight = [...inside, ...right].filter(
        (m) =>
          m.rel < cueEnd ||
          !/;\s|\s(?:and|but)\s+(?:also\s+)?(?:signed|agreed|formed|struck|won|bought|sold|acquired|expanded|launched|announced|said|took|made|hired|[a-z]+ed\s+(?:a|an|its|their|the)\b)/i.test(
            t.slice(cueEnd, m.rel),
          ),
      );
      for (const e of [...actors, ...distinct(partners(sameClauseRight)).slice(0, 2)])
        if (!ents.includes(e)) ents.push(e);
      const relevant = ents.filter((e) => e.kind === 'listed' || partners(ms).some((m) => m.entity === e));
      if (relevant.length < 2 && cue.type === null && relevant.length === 1) {
        parties = [party(relevant[0]!, null)];
        break;
      }
      if (relevant.length < 2) {
        if (cue.type !== 'partnership') return null;
        // "Acme teams up with a robot startup": the actor is named, the partner is not: no deal.
        // The story's company stands in only for a missing subject ("It partnered with Acme").
        const lone = relevant[0];
        if (
          lone &&
          left.some((m) => m.entity === lone) &&
          !right.some((m) => m.entity === lone) &&
          !/^\s*(?:it|them|the company|the firm|the group)\b/i.test(t.slice(cueEnd))
        )
          return null;
        const fallback =
          subjectIfBackRef() ?? (ctx.primary && ctx.leadKeys.has(ctx.primary.key) ? ctx.primary : null);
        if (!fallback || relevant.includes(fallback) || relevant.length !== 1) return null;
        relevant.unshift(fallback);
        usedFallback = true;
      }
      parties = relevant
        .slice(0, 3)
        .map((e, i) =>
          party(
            e,
            cue.type === 'partnership'
              ? 'partner'
              : cue.type === 'acquisition'
                ? i
                  ? 'target'
                  : 'buyer'
                : null,
          ),
        );
      if (cue.type === 'partnership')
        asset = partnershipAsset(t.slice(clauseStart, clauseEnd), (name) => {
          const e = ctx.companies.resolve(name);
          if (e && relevant.some((r) => r.key === e.key)) return true;
          // A short name used in the sentence ("Palantir's") is one of the mentions of a party.
          return ms.some((m) => relevant.includes(m.entity) && m.text.replace(/['’]s?$/, '') === name);
        });
      break;
    }
  }
  // Generic words ("the deal") may name one party: they can only add to a deal found elsewhere.
  // A sale weighed by its owner alone ("is exploring a sale of its X") needs only its seller.
  if (new Set(parties.map((p) => p.key)).size < (cue.type === null || cue.shape === 'seller-only' ? 1 : 2))
    return null;
  const d = baseDraft(ctx, s, si, cue.type, cueStart, cueEnd, false);
  // "invest $5 billion in X, buying X common stock": money for shares is an equity investment.
  d.equity =
    !!cue.equity ||
    (cue.type === 'investment' &&
      /\b(?:buy(?:s|ing)?|purchas(?:e|es|ing))\s+(?:[\w&.'’-]+\s+){0,3}?(?:stock|shares|equity)\b/i.test(
        t.slice(cueEnd),
      ));
  d.parties = dedupeParties(parties);
  // A rival who studied a bid "but walked away" dropped it.
  if (
    cue.shape === 'rival-bid' &&
    /\b(?:walked away|pulled out|backed away|backed off|dropped (?:it|the idea|its interest)|abandoned)\b/i.test(
      t.slice(cueEnd),
    )
  ) {
    d.status = 'terminated';
    d.statusExplicit = true;
  } else if (cue.status && (cue.status !== 'rumored' || !d.statusExplicit || d.status === 'announced')) {
    d.status = cue.status;
    d.statusExplicit = true;
    if (cue.status === 'rumored') d.confidence = Math.min(d.confidence, 0.75);
  }
  // A contract a customer has signed is a done deal, like an award.
  if (signedForSpeaker && (d.status === 'announced' || !d.statusExplicit)) d.statusExplicit = false;
  if (contractType) {
    d.type = 'contract';
    d.status = d.statusExplicit ? d.status : 'completed';
    d.statusExplicit = true;
  }
  if (controlType) {
    d.type = controlType;
    d.equity = false;
  }
  // A price told before a coordinated verb belongs to the earlier deal ("sold X for ¥12 billion and formed…").
  if (
    coordinated &&
    d.value &&
    t.lastIndexOf(d.value.text, cueStart) >= 0 &&
    t.indexOf(d.value.text, cueEnd) < 0
  )
    d.value = null;
  // Awards and choices of a supplier are done deals.
  if (
    (cue.shape === 'customer-supplier' || cue.type === 'contract') &&
    !d.statusExplicit &&
    /\b(awarded|won|wins|picked|chose|chosen|selected|signed|secured|landed)\b/i.test(t)
  ) {
    d.status = 'completed';
    d.statusExplicit = true;
  }
  d.asset = asset;
  if (usedFallback) d.confidence -= 0.15;
  d.confidence -= offLeadPenalty(
    ctx,
    d.parties.map((p) => p.key),
  );
  return d;
}

/**
 * The listed company a passage is about, for a deal told as a noun phrase: the nearest of the last few
 * sentences that opens with a listed company, looking past brokers' notes and sentences naming none,
 * stopping at a heading line (which itself may name the company). No fallback to the story's company.
 */
function passageSubject(ctx: ArticleContext, si: number): Entity | null {
  for (let i = si - 1; i >= Math.max(0, si - 4); i--) {
    const s = ctx.sentences[i]!;
    if (/\b(?:price target|upgrad|downgrad|reiterat|initiat\w* coverage)/i.test(s.text)) continue;
    const first = mentionsIn(ctx, s)[0];
    if (first && first.entity.kind === 'listed' && first.rel <= 25) return first.entity;
    // "Shares have gained 9%…, and Piper Sandler lifted its target": still about the same company.
    if (first && first.rel > 25 && /^(?:(?:its |the )?shares|the stock|it|the company)\b/i.test(s.text))
      continue;
    if (first || /["“”]/.test(s.text) || /^[^.!?]{1,60}$/.test(s.text)) return null;
  }
  return null;
}

/**
 * "Nordvik Dairy A/S" in the lead and "Nordvik (CPH: NVDK)" later: a full legal name without a listing
 * that starts with the short name of a company listed in the same article is that company.
 */
/** A corporate venture arm: "Comcast Ventures", "Intel Capital", "Salesforce Ventures". */
const ARM_NAME = /^(.+?)\s+(?:Ventures|Venture Partners|Capital|Investments)$/;

function listedSameCompany(ctx: ArticleContext, e: Entity): Entity {
  // A listed company's venture arm carries its parent's symbol (its own name stays).
  const arm = !e.ticker ? ARM_NAME.exec(e.name) : null;
  if (arm) {
    const inText = ctx.companies.resolve(arm[1]!);
    const known = ctx.directory?.byAlias(arm[1]!);
    const parent = inText?.ticker ?? (known && !known.ambiguous ? known.entry.ticker : null);
    if (parent) return { ...e, ticker: parent };
  }
  if (
    e.ticker ||
    !/\s(?:A\/S|ASA|AB|AG|SE|S\.A\.|SA|N\.V\.|NV|Oy|Oyj|plc|PLC|Inc\.?|Corp\.?|Ltd\.?|GmbH|K\.K\.)$/.test(
      e.name,
    )
  )
    return e;
  const found = ctx.companies.entities.filter(
    (o) => o !== e && o.ticker && o.anchored && e.name.startsWith(`${o.name} `) && !/\s/.test(o.name),
  );
  return found.length === 1 ? found[0]! : e;
}

/** A government buyer's key: "the U.S. Space Force" and "Space Force" are one customer. */
function govKey(name: string): string {
  return `N:${name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^(?:u\.s\.|us|united states)\s+/, '')}`;
}

/** The drafts found so far in the article being read: a later sentence may refer to one of them. */
let seenDrafts: MentionDraft[] = [];

/** The latest draft of the last few sentences (before `si`) that passes `ok`. */
function recentDraft(si: number, back: number, ok: (d: MentionDraft) => boolean): MentionDraft | undefined {
  return [...seenDrafts, ...pendingExtra]
    .filter((d) => d.sentenceIndex < si && d.sentenceIndex >= si - back && ok(d))
    .sort((a, b) => b.sentenceIndex - a.sentenceIndex)[0];
}

/** Extra drafts produced by one cue (contract lists): collected by mentionFrom's caller. */
const pendingExtra: MentionDraft[] = [];

function baseDraft(
  ctx: ArticleContext,
  s: Span,
  si: number,
  type: DealType | null,
  cueStart: number,
  cueEnd: number,
  list: boolean,
): MentionDraft {
  // The cue's own clause decides first ("…will be its largest since it bought X in 2023": the
  // purchase is done whatever "will" says of the sentence's main clause), else the whole sentence.
  const own = statusOf(statusClause(withoutOtherRelatives(s.text, cueStart, cueEnd), cueStart, cueEnd));
  const { status, explicit } = own.explicit ? own : statusOf(withoutOtherRelatives(s.text, cueStart, cueEnd));
  const dates = findDates(s.text, ctx.published);
  const v = list ? null : valueNear(s.text, cueStart, cueEnd, type);
  return {
    type,
    equity: false,
    valueMarked: v?.marked ?? false,
    parties: [],
    asset: null,
    value: v?.value ?? null,
    status,
    statusExplicit: explicit,
    date:
      dates.length && status === 'completed'
        ? dates[0]!.date
        : (dates.find((d) => d.date <= (ctx.published ?? '9999'))?.date ?? null),
    confidence: status === 'rumored' ? 0.75 : 0.9,
    evidence: evidenceOf(s),
    sentenceIndex: si,
  };
}

/** Relative clauses closed by a comma: ", which it bought for $500 million in 2024,". */
function relativeSpans(t: string): Array<[number, number]> {
  return [...t.matchAll(/,\s+(?:which|who)\b[^,;]*,/g)].map((r) => [r.index!, r.index! + r[0].length]);
}
const inside = ([a, b]: [number, number], start: number, end: number): boolean => start >= a && end <= b;

/** "after selling", "before buying": a participle clause whose actor is the sentence's subject. */
const PARTICIPLE = String.raw`\b(?:after|before|while|by|since|following|besides)\s+\w+ing`;
const ENDS_IN_PARTICIPLE = new RegExp(`${PARTICIPLE}\\s*$`, 'i');
const HAS_PARTICIPLE = new RegExp(`${PARTICIPLE}\\b`, 'i');

/** Where a status word belongs to another verb: clause breaks and subordinating words. */
const STATUS_BOUNDARY =
  /;\s|,\s+(?:and|but|while|whereas|although|as|since|after|which|when|who)\s|\s(?:since|while|whereas|although)\s|\s[—–]\s/g;

/** The sentence without relative clauses that do not hold the cue (", which it bought in 2024,"). */
function withoutOtherRelatives(t: string, cueStart: number, cueEnd: number): string {
  let out = t;
  for (const span of relativeSpans(t))
    if (!inside(span, cueStart, cueEnd))
      out = out.slice(0, span[0]) + ','.padEnd(span[1] - span[0], ' ') + out.slice(span[1]);
  return out;
}

/** The text of the clause a cue sits in, for its status. */
function statusClause(t: string, cueStart: number, cueEnd: number): string {
  const [start, end] = clauseBetween(t, STATUS_BOUNDARY, cueStart, cueEnd);
  return t.slice(start, end);
}

const clauseAround = (t: string, at: number): [number, number] => clauseBetween(t, BOUNDARY, at, at);

/** The span between the last `boundary` ending before `from` and the first starting after `to`. */
function clauseBetween(t: string, boundary: RegExp, from: number, to: number): [number, number] {
  let start = 0;
  let end = t.length;
  boundary.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(t))) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

function contractCustomers(
  ctx: ArticleContext,
  s: Span,
  from: number,
  to: number,
): Array<{ entity: Entity | null; name: string }> {
  const t = s.text;
  let region = t.slice(from, to);
  // A parenthesised list right after the cue: "(U.S. Army, UK defense, Boeing, Snowflake, etc.)".
  const paren = /^\s*\(?([^()]*)\)?/.exec(
    t[from - 1] === '(' ? region : region.replace(/^\s*(?:with|from|by)\s+/i, ''),
  );
  region = paren ? paren[1]! : region;
  const regionStart = t.indexOf(region, from);
  const items = region.split(/,\s*|\s+and\s+|\s+or\s+/);
  const ms = mentionsIn(ctx, s);
  const out: Array<{ entity: Entity | null; name: string }> = [];
  let cursor = regionStart;
  for (const raw of items) {
    const item = raw.trim().replace(/\s*\.$/, '');
    const at = t.indexOf(raw, cursor);
    cursor = at + raw.length;
    if (!item || /^etc\.?$/i.test(item) || /^(the|a|an)$/i.test(item)) continue;
    const m = ms.find((x) => x.rel >= at && x.relEnd <= at + raw.length);
    if (m) {
      out.push({ entity: m.entity, name: m.entity.name });
      continue;
    }
    const gov = GOV.exec(item);
    if (gov && gov.index === 0) out.push({ entity: null, name: gov[1]! });
    else if (t[from - 1] !== '(') break; // outside a list, stop at the first non-customer
  }
  return out.slice(0, 8);
}

function statusOf(t: string): { status: Status; explicit: boolean } {
  if (
    /\b(terminat(?:ed|es|ion|e)|dropped (?:its|their|the) (?:[\w$.-]+ )?(?:bid|offer|pursuit|plan|deal|takeover|approach)|call(?:ed|s)? off|scrap(?:ped|s)|abandon(?:ed|s)|walk(?:ed|s)? away|collaps(?:ed|es)|fell through|blocked|withdr(?:ew|awn)|cancel(?:l?ed|s))\b/i.test(
      t,
    )
  )
    return { status: 'terminated', explicit: true };
  if (
    /\b(bought|acquired|paid|purchased|sold|invested|took|agreed|licen[cs]ed)\b/i.test(t) &&
    /\b(last year|years? ago|in (?:19|20)\d\d|earlier this year|last (?:month|quarter|spring|summer|fall|autumn|winter)|closed in|was completed)\b/i.test(
      t,
    ) &&
    !/\b(will|expects?|plans?|pending|awaiting)\b/i.test(t)
  )
    return { status: 'completed', explicit: true };
  if (
    /\b(completed|completes|closed (?:the|its|on|in)|closes (?:the|its)|has closed|finali[sz]ed|wrapped up|consummated|has acquired|have acquired|now owns|in (?:a|an|its|the) (?:19|20)\d\d (?:funding|financing|investment|series [a-z]|seed)|closed\s+(?:an?|its|their)\s+(?:[\w$€£¥.,-]+\s+){0,5}?(?:round|financing|funding|raise|deal|acquisition|purchase|sale|transaction)|(?:already\s+)?(?:owns|holds|owned|held)\s+(?:an?\s+|its\s+)?(?:[\w%.-]+\s+){0,2}?(?:stake|holding|interest)\s+in|acquired .{0,40}\b(?:in|last) (?:19|20)\d\d|(?:bought|acquired) .{0,40}\b(?:last|earlier) (?:year|month)|after (?:buying|acquiring)|(?:['’]s(?: \([^)]{1,30}\))?|the) (?:19|20)\d\d (?:acquisition|purchase|takeover|buyout) of|(?:after|since|following) (?:its|their) (?:[\w$.,-]+ ){0,4}?(?:purchase|acquisition|takeover|buyout) of)\b/i.test(
      t,
    )
  )
    return { status: 'completed', explicit: true };
  // A past-tense purchase, sale or stake told without any agreement or plan ("Stellantis took a stake
  // in Factorial", "since it bought Veoneer's unit"): done.
  if (
    /\b(?:bought|acquired|purchased|sold|took (?:an?|its|a \d+(?:\.\d+)?%) (?:[\w-]+ )?stake|invested|divested|took over)\b/i.test(
      t,
    ) &&
    !/\b(?:being|be)\s+(?:bought|acquired|purchased)\b/i.test(t) &&
    !/\b(?:agree[sd]?|agreement|will|would|shall|plans?|planned|expects?|expected|pending|awaiting|subject to|to (?:buy|acquire|sell|invest)|offer(?:ed)?|bid|talks|proposed|intends?|aims?)\b/i.test(
      t,
    )
  )
    return { status: 'completed', explicit: true };
  const confirmed =
    /(?<!\b(?:be|been)\s)\b(confirmed|announced|unveiled|signed|agreed|said (?:on|in) a statement|press release)\b/i.test(
      t,
    );
  if (
    /\b(reportedly|reported(?! (?:earnings|results|revenue|profit|a (?:loss|profit)))|according to (?:people|sources|a report|reports|a person)|people (?:familiar|close)|(?:in|entered|holding) (?:advanced |early |exclusive |preliminary )?(?:talks|discussions|negotiations)|explor(?:ing|es|ed)|weigh(?:ing|s)|mulling|considering|approached|rumou?r(?:ed|s)?|speculat(?:ion|ed))\b/i.test(
      t,
    ) &&
    !confirmed
  )
    return { status: 'rumored', explicit: true };
  if (
    /\b(pending|awaiting|awaits|still needs|(?:still )?waiting for (?:regulatory )?(?:clearance|approval|sign-off)|yet to close|subject to (?:regulatory|shareholder) approval)\b/i.test(
      t,
    ) &&
    !/\bexpected to close\b/i.test(t)
  )
    return { status: 'pending', explicit: true };
  return { status: 'announced', explicit: confirmed };
}

const NOT_VALUE_BEFORE =
  /\b(market (?:cap|value|capitali[sz]ation)|valuation|revenue|sales|debt|savings|EPS|income|profit|loss|cash|proceeds|using|retire|repay|bonds?|notes|buyback|dividend|capex|spending of|worth of stock|fine|settlement|rights issue|annual)\b[^$€£¥]{0,20}$/i;
const NOT_VALUE_AFTER =
  /^\s*(?:in|of)\s+(?:annual\s+)?(revenue|sales|debt|savings|profit|bonds|notes|stock|shares)\b|^\s*of\s+cash\b|^\s*(?:a|per) share\b/i;

const MARKED =
  /\b(valued? (?:at|of)|worth|value (?:of|to)|total(?:ling)?|for|deal of|price of|potential value(?: to)?|(?:ceiling|cap|maximum value) of|bringing [\w\s]{0,30}to)\s+(?:[\w-]+\s+){0,2}$/i;

function valueNear(
  t: string,
  cueStart: number,
  cueEnd: number,
  type: DealType | null,
): { value: Money; marked: boolean } | null {
  // ", which it bought for $500 million in 2024,": a price inside a relative clause is that clause's,
  // and a cue inside one prices only from it.
  const relatives = relativeSpans(t);
  const own = relatives.find((r) => inside(r, cueStart, cueEnd));
  const all = findMoney(t).filter(
    (m) =>
      isDealValue(t, m, type) &&
      (own ? inside(own, m.start, m.end) : !relatives.some((r) => inside(r, m.start, m.end))),
  );
  const isMarked = (m: MoneyMatch): boolean => MARKED.test(t.slice(Math.max(0, m.start - 40), m.start));
  // "bought X for $4.9 billion and agreed to sell Y for $1.1 billion": the price after the cue is its own.
  // Other amounts are the cue's own only within its clause: "bought X for €3 million, and later led a $5
  // million round in Y" gives each deal its own amount.
  const sameClause = (m: MoneyMatch): boolean =>
    !/,\s+(?:and|but|while)\s|;\s|\s(?:and|but)\s+(?:would|will|also|agreed|plans?|said|then)\s/.test(
      m.start >= cueEnd ? t.slice(cueEnd, m.start) : t.slice(m.end, cueStart),
    );
  // "sells X to Y for $2 billion, sells Z to W": a priced clause before the cue is an earlier verb's.
  // "…'s $2.7 billion purchase after selling X": a price before a participle is the main clause's.
  const participle = ENDS_IN_PARTICIPLE.test(t.slice(0, cueEnd));
  const ownBefore = (m: MoneyMatch): boolean =>
    m.start >= cueEnd || (!participle && !/,\s/.test(t.slice(m.end, cueStart)));
  // "…purchase of X after selling Y for $140 million": a price inside a later participle clause is its own.
  const beforeParticiple = (m: MoneyMatch): boolean =>
    m.start < cueEnd || !HAS_PARTICIPLE.test(t.slice(cueEnd, m.start));
  const marked =
    all.find(
      (m) =>
        m.start >= cueEnd && m.start - cueEnd < 160 && isMarked(m) && beforeParticiple(m) && sameClause(m),
    ) ??
    all.find((m) => isMarked(m) && sameClause(m) && ownBefore(m) && beforeParticiple(m)) ??
    all.find((m) => m.qualifier === 'up to');
  const after = all
    .filter((m) => m.start >= cueStart && sameClause(m) && beforeParticiple(m))
    .sort((a, b) => a.start - b.start)[0];
  const before = all.filter((m) => m.end <= cueStart && cueStart - m.end < 40 && ownBefore(m)).pop();
  const pick = marked ?? (after && after.start - cueEnd < 160 ? after : before);
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
  // A supply contract's value is the revenue it brings: "more than $300 million in revenue".
  if (
    NOT_VALUE_AFTER.test(t.slice(m.end, m.end + 30)) &&
    !(type === 'contract' && /^\s*in\s+revenue/i.test(t.slice(m.end)))
  )
    return false;
  return true;
}

/** "Oracle Cloud Infrastructure" beside Oracle: the company's own product or unit, not a counterparty. */
const OWN_UNIT_WORDS =
  /^(?:[A-Z][\w&-]*\s+){0,3}(?:Cloud|Infrastructure|Platform|Services|Division|Unit|Business|Segment|Solutions|Software|Studios|Labs)$/;
const LEGAL_TAIL = /,?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|plc|Group|Holdings|Technologies)\b\.?.*$/;
type Named = { name: string; ticker: string | null };
function isOwnUnit(p: Named, of: Named): boolean {
  if (p.ticker !== null || of.ticker === null) return false;
  const base = of.name.replace(LEGAL_TAIL, '');
  return p.name.startsWith(`${base} `) && OWN_UNIT_WORDS.test(p.name.slice(base.length + 1));
}

function dedupeParties(list: PartyDraft[]): PartyDraft[] {
  const out: PartyDraft[] = [];
  for (const p of list) {
    const same = out.find((o) => o.key === p.key);
    if (!same) out.push({ ...p });
    else same.role ??= p.role;
  }
  return out.filter((p) => !out.some((o) => o !== p && isOwnUnit(p, o)));
}

const STATUS_RANK: Record<Status, number> = {
  rumored: 0,
  announced: 1,
  pending: 2,
  completed: 3,
  terminated: 4,
};

const swappedRoles = (a: Role | null, b: Role | null): boolean =>
  (a === 'buyer' && b === 'seller') || (a === 'seller' && b === 'buyer');

function mergeMentions(all: MentionDraft[]): MentionDraft[] {
  const drafts = [...all, ...pendingExtra.splice(0)].sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  const out: MentionDraft[] = [];
  // Typed mentions first, so generic ones ("the deal") can only reinforce.
  for (const d of [...drafts.filter((x) => x.type), ...drafts.filter((x) => !x.type)]) {
    const keys = new Set(d.parties.map((p) => p.key));
    const same = out.find((o) => {
      const ok = o.parties.map((p) => p.key);
      const shared = ok.filter((k) => keys.has(k)).length;
      if (shared < 2 && !(shared === ok.length || shared === keys.size)) return false;
      if (shared < Math.min(2, keys.size)) return false;
      if (!d.type || !o.type) return true;
      // "Tamsin, which bought Dunmore in 2021" beside Tamsin selling Dunmore: one pair, two transactions.
      if (o.parties.some((p) => d.parties.some((q) => q.key === p.key && swappedRoles(p.role, q.role))))
        return false;
      // A sale by both merging companies to a third firm is its own deal, not the merger.
      if (
        d.type !== o.type &&
        (d.type === 'merger' || o.type === 'merger') &&
        (shared < keys.size || shared < ok.length)
      )
        return false;
      // An equity stake is its own deal, even beside a partnership between the same firms.
      if (
        (d.equity || o.equity) &&
        !(d.equity && o.equity) &&
        !(d.type === 'investment' && o.type === 'investment')
      )
        return false;
      return DEAL_FAMILY[d.type] === DEAL_FAMILY[o.type];
    });
    if (!same) {
      if (d.type) out.push({ ...d, parties: d.parties.map((p) => ({ ...p })) });
      continue;
    }
    same.lastSentence = Math.max(same.lastSentence ?? same.sentenceIndex, d.sentenceIndex);
    same.equity ||= d.equity && d.type === same.type;
    if (d.type && same.type !== d.type) {
      // Partnership framing wins over "invest/spend" on the same pair; an explicit buyer/target
      // ("agreed to buy") is more specific than "merger"; a sale framing is kept as said first.
      if (d.type === 'partnership') same.type = 'partnership';
      if (d.type === 'acquisition' && same.type === 'merger') {
        same.type = 'acquisition';
        for (const p of same.parties) p.role = d.parties.find((q) => q.key === p.key)?.role ?? p.role;
      }
    }
    for (const p of d.parties) {
      const q = same.parties.find((x) => x.key === p.key);
      if (!q) {
        if (d.type && same.parties.length < 4) same.parties.push({ ...p });
      } else if (
        !q.role ||
        (q.role === 'partner' && p.role && p.role !== 'partner' && same.type !== 'partnership')
      )
        q.role = p.role;
    }
    if (same.type === 'partnership')
      for (const p of same.parties)
        p.role = p.role === 'investor' || p.role === 'investee' || p.role === 'partner' ? 'partner' : p.role;
    if ((!same.value && d.value) || (d.value && d.valueMarked && !same.valueMarked)) {
      same.value = d.value;
      same.valueMarked = d.valueMarked;
      if (!same.evidence.text.includes(d.value.text)) same.evidence = d.evidence;
    }
    same.asset ??= d.asset;
    same.date ??= d.date;
    // A generic mention ("a run of deals at X") is no confirmation of a rumoured deal.
    if (
      STATUS_RANK[d.status] > STATUS_RANK[same.status] &&
      (d.statusExplicit || (same.status === 'rumored' && d.type))
    )
      same.status = d.status;
    if (same.status === 'rumored' && d.statusExplicit && d.status === 'announced' && d.type)
      same.status = 'announced';
    // A generic mention ("the deal") only reinforces: it never lifts an off-lead deal to its own level.
    same.confidence = Math.min(
      1,
      (d.type ? Math.max(same.confidence, d.confidence) : same.confidence) + 0.03,
    );
  }
  return out;
}

const round2 = (n: number): number => Math.max(0, Math.min(1, Math.round(n * 100) / 100));
