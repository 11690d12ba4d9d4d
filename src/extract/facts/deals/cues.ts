/**
 * The cue table: each phrase that may tell a deal, with its deal type and how the parties are laid out
 * around it (its shape, read by shapes/). Order matters: every cue is tried on every sentence, and the
 * last one, GENERIC_CUE ("the deal"), only reinforces a deal found elsewhere.
 */
import {
  ACQUIRE_VERBS,
  activeForms,
  BOUGHT_UNIT_NOUNS,
  FUND_VERBS,
  GAVE_UP,
  headWordList,
  headWords,
  PARTNER_VERBS,
  passiveForms,
  pastForms,
  OUTPUT_NOUNS,
  ENABLING_VERBS,
  PERCENT_SIZE,
  SELL_VERBS,
} from '../../verbs.js';
import type { DealType, Status } from './types.js';

/** An amount of money: "$2 billion", "€500m", "C$1.1bn". */
const MONEY = String.raw`(?:[$€£¥]|[A-Z]{1,2}\$)\s?[\d.,]+\s*(?:billion|million|bn|mn|m|b)?`;

/** The deal nouns that a cue such as "a contract with" or "an agreement to supply" spells out. */
const DEAL_NOUNS = ['agreement', 'contract', 'deal', 'pact'];
/** The takeover words that may open an acquisition cue besides a verb ("takeover of", "bid for"). */
const ACQUIRE_NOUNS = [
  'takeover',
  'take-private',
  'acquisition',
  'purchase',
  'buyout',
  'bid',
  'offer',
  'deal',
  'pursuit',
  'auction',
  'battle',
  'contest',
  'race',
  'fight',
  'tender',
  'swooped',
  'outbid',
];
/** What two firms agree to do together ("to market", "to co-develop"): a partnership, not a supply contract. */
const JOINT_AIMS = String.raw`market|co-market|develop|co-develop|distribute|commerciali[sz]e|co-promote|promote|research|explore|launch|co-brand|integrate`;
/**
 * An owner weighing a sale: "is exploring a sale", "has hired Goldman Sachs to explore a sale", "is working
 * with advisers on a possible sale" (the words before "of").
 */
const WEIGHING_SALE = String.raw`(?:(?:is|are|was|were|has been|have been)\s+(?:said\s+to\s+be\s+|reportedly\s+|now\s+)?(?:exploring|weighing|considering|reviewing|studying|mulling|evaluating)|(?:has|have|had)\s+(?:hired|tapped|appointed|retained|enlisted)\s+(?:[\w&.'’-]+\s+){1,6}?to\s+(?:explore|run|handle|advise\s+on|manage)|(?:is|are|was|were)\s+working\s+with\s+(?:[\w&.'’-]+\s+){1,4}?on)\s+(?:a\s+|the\s+)?(?:possible\s+|potential\s+)?(?:sale|divestiture|disposal)`;
/** A standing tie told by what is done under it: "under a five-year contract", "under agreements". */
const UNDER_AGREEMENT = String.raw`\bunder\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|contract|deal)s?\b`;
/** The first word of each past tense of an acquiring verb ("bought", "took" of "took over"). */
/** Who a round's money came from, before the names: "investors including", "a group of investors that includes". */
const INVESTOR_GROUP = String.raw`(?:(?:an?\s+(?:group|syndicate|consortium)\s+of\s+)?(?:investors|backers|firms)\s+)?(?:(?:including|such as|like|(?:that|which)\s+includes?|(?:that|which)\s+included)\s+)?`;
const ACQUIRE_PAST_HEADS = ACQUIRE_VERBS.map((v) => v.past.split(' ')[0]!);

/** How the parties are laid out around a cue. */
export type CueShape =
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
  | 'largest-holder'
  | 'round-joiners'
  | 'round-lead'
  | 'named-before-noun'
  | 'rival-bid'
  | 'dropped-bid'
  | 'relative-object'
  | 'relative-actor'
  | 'seller-only'
  | 'sale-talks'
  | 'similar-deal'
  | 'backers'
  | 'led-round'
  | 'chosen-bidder';

export interface Cue {
  re: RegExp;
  type: DealType | null;
  /** How the parties are laid out around the cue. */
  shape: CueShape;
  /** An equity investment (stake, shares): never folded into a partnership between the same firms. */
  equity?: boolean;
  /** A cheap test the sentence must pass before this (long) cue is tried at all. */
  first?: RegExp;
  /**
   * Words of which the lower-cased sentence must hold one before the cue is tried: every alternative
   * of `re` spells one of them out (in any case), so a sentence without them cannot match, and a
   * plain `includes` costs far less than running the pattern on every sentence.
   */
  needs?: readonly string[];
  /** The cue itself says how the deal stands ("rejected an approach from"). */
  status?: Status;
  /** The cue's type is only a default: "tie-up" is a partnership unless the same firms have a takeover. */
  weakType?: boolean;
}

/** "four Virginia plants it bought…": assets, then the pronoun of the buyer whose verb follows. */
export const ASSETS_THEN_BUYER = String.raw`\b(?:plants|assets|stations|facilities|mines|fields|brands|stores|hotels|properties|portfolio|businesses|units|divisions|operations|refinery|factory|mill|terminal)\s+(?:(?:that|which)\s+)?(?:it|they|the company|the firm|the group)\s+(?:had\s+|has\s+|later\s+|then\s+)?`;

export const CUES: Cue[] = [
  {
    re: /\b(?:paid|pays|pay|will pay|to pay)\s+(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+(?:an?\s+)?\d+(?:\.\d+)?(?:%|\s+per\s?cent)\s+(?:stake\s+)?(?:of|in)\b/gi,
    needs: ['pay', 'paid'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "will buy $75 million of Kelvora's common stock", "agreed to buy $20 million of stock in X": shares
    // bought for an amount, an equity investment.
    re: /\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|take|takes|took)\s+(?:about\s+|roughly\s+|up to\s+|nearly\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:worth\s+)?of(?=\s+(?:(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s+(?:newly\s+issued\s+|new\s+|common\s+|ordinary\s+|preferred\s+|class\s+[A-Z]\s+)?(?:stock|shares|equity)\b|\s*(?:newly\s+issued\s+|new\s+|common\s+|ordinary\s+)?(?:stock|shares|equity)\s+in\b))/g,
    needs: ['stock', 'shares', 'equity'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "a 10% stake in X", "a 51 percent stake in X", "a stake of about 3% in X", "a stake of about $5 billion in X",
    // "already has a shareholding in X".
    re: new RegExp(
      String.raw`\b(?:an?\s+)?(?:${PERCENT_SIZE}\s+|minority\s+|majority\s+|equity\s+|controlling\s+)?(?:stake|shareholding)(?:\s+of\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|some\s+)?(?:\d+(?:\.\d+)?%|(?:[$€£¥]|US\$)[\d.,]+\s*(?:billion|million|bn|m)?))?\s+in\b`,
      'gi',
    ),
    needs: ['stake', 'shareholding'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "Galecrest Ventures bought 20% of Bellhaven in 2022": a share of the company bought (control past
    // half); not a share of what a company makes ("bought 40% of Samsung's panel output").
    re: new RegExp(
      String.raw`\b(?:bought|buys|buying|buy|acquired|acquires|acquire|acquiring|purchased|purchases|purchase|purchasing|took|takes|take|taking)\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?${PERCENT_SIZE}\s+of\b(?=\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?[A-Z])(?!\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}?[\w&.-]+['’]s\s+(?!(?:shares|stock|equity|share capital)\b)[a-z])`,
      'gi',
    ),
    needs: ['%', 'percent', 'per cent', 'pc '],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "a 40pc interest in X", "a 25% equity interest in X": a stake by another name, its size told, the
    // company named right after (not "a 50% interest in the venture with X").
    re: new RegExp(
      String.raw`\b(?:an?\s+)?${PERCENT_SIZE}\s+(?:(?:equity|ownership|economic)\s+)?(?:interest|holding)\s+in\b(?=\s+(?:(?!(?:with|from|by|for|alongside|and|which|that|operated|run|owned)\b)[a-z][\w'’-]*\s+){0,2}?[A-Z])`,
      'gi',
    ),
    needs: ['interest', 'holding'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "Fireside Ventures, which led Vanaja Naturals' Series A round in 2021": an investor in the company
    // whose round it led.
    re: /\b(?:co-)?led\s+(?=(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s+(?:[\w$€£₹.,-]+\s+){0,4}?(?:round|financing|raise|[Ss]eries\s+[A-H]|seed)\b)/g,
    needs: ['led '],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
    status: 'completed',
  },
  {
    // "Varkiza Capital bought into the company in 2019": a stake bought, its size untold.
    re: /\b(?:bought|buys|buying|buy)\s+into\b/gi,
    needs: ['into'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "a hedge fund that owns 6.2% of X", "is the largest shareholder in X", "Sinochem, the largest
    // shareholder of tyre maker Pirelli": a stake already held.
    re: /\b(?:(?:owns|holds|owned|held)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|almost\s+|more than\s+|just over\s+|just under\s+|some\s+)?\d+(?:\.\d+)?(?:%|\s+per\s?cent|\s+percent)\s+of|(?:(?:is|was|remains|became)\s+|,\s+(?=the\s))(?:the\s+|a\s+)?(?:largest|biggest|single largest|second-largest|major|controlling)\s+(?:shareholder|stockholder|investor|owner)\s+(?:in|of))(?=\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?[A-Z])/g,
    needs: ['owns', 'holds', 'owned', 'held', 'shareholder', 'stockholder', 'investor', 'owner'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
    status: 'completed',
  },
  {
    // "Pellingham, Carrowmere's largest shareholder with about 14.6%, …", "Hillhouse … remains its largest
    // shareholder": a stake already held, the company named by the possessive.
    re: /(?:\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}['’]s?|\b(?:its|their))\s+(?:single\s+)?(?:largest|biggest|second-largest|second-biggest|top|major)\s+(?:(?:outside|external|institutional|outstanding)\s+)?(?:shareholder|stockholder|investor|owner)\b(?!\s+(?:in|of)\b)/g,
    needs: ['shareholder', 'stockholder', 'investor', 'owner'],
    type: 'investment',
    shape: 'largest-holder',
    equity: true,
    status: 'completed',
  },
  {
    // "Sanwa Kogyo will make Tachibana Seiki a wholly owned subsidiary through a share exchange": a
    // takeover as Japanese and Korean disclosures tell it.
    re: /\b(?:make|makes|made|making)(?=\s+(?:[A-Z][\w&.'’-]*,?\s+|\([^()]{1,30}\)\s+){1,6}(?:into\s+)?(?:a|its)\s+(?:wholly[- ]owned\s+|fully[- ]owned\s+|consolidated\s+)?subsidiary\b)/g,
    needs: ['subsidiary'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "Tamsin Capital is backing Trestle Bakeries with $50 million in new funding": money put in.
    re: /\bbacking(?=\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,30}\)\s+){1,5}with\s+(?:an?\s+)?(?:about\s+|nearly\s+|more than\s+)?(?:[$€£¥]|US\$)\d)/g,
    needs: ['backing'],
    type: 'investment',
    shape: 'investor-investee',
  },
  {
    // "ARK bought 1.2 million Larkspur shares", "bought 3 million shares of Palantir", "agreed to purchase
    // 2,816,901 ordinary shares of Tavor in a private placement": shares of a named
    // company bought on the market. Its name is required: "bought 2 million shares" alone is a buyback.
    re: /\b(?:bought|buys|buy|purchased|purchases|purchase|added|acquired|subscribed for|subscribes for|subscribe for)\s+(?:another\s+|an additional\s+|about\s+|approximately\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?\d[\d.,]*\s*(?:million\s+|billion\s+)?(?:(?:more|additional|new|newly[- ]issued|ordinary|common|preferred)\s+){0,2}(?:shares\s+(?:of|in)(?=\s+[A-Z])|(?:[A-Z][\w&.'’-]*\s+){1,3}(?:\([^()]{1,30}\)\s+)?(?:shares|stock)\b)/g,
    needs: ['shares', 'stock'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    re: /\b(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased)\s+\$(?:[^.;]|\.(?=\d)){0,30}?\bof\s+(?:newly[- ]issued\s+)?(?:[\w&-]+\s+){0,3}?(?:stock|shares)\b/gi,
    needs: ['buy', 'bought', 'purchase'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "a $400 million Series C financing led by X", "a Series B in 2024, led by X", "the round in Veltra
    // was led by X": the round's lead.
    re: /\b(?:(?:funding|financing|investment|series [a-z]) round|series [a-z](?: (?:funding|financing|round))?|(?:seed|growth|venture) (?:funding|financing)|round)(?:\s+in\s+(?:\d{4}|(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*))?,?\s+(?:(?:was|were|is|has been)\s+)?(?:co-)?led by\b/gi,
    needs: ['led by'],
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
  },
  {
    // "launched a A$42 million placing anchored by Kurobe Shoji", "a A$18 million subscription by X": a
    // listed company's share issue and the investor who takes it up.
    // A bank that underwrites a placing, or the issuer of "a placing by X", invests nothing.
    re: /\b(?:(?:placing|placement|capital\s+raising|equity\s+raise)\s+(?:(?:was|is|has\s+been)\s+)?(?:anchored|cornerstoned|taken\s+up)|subscription)\s+by\b/gi,
    needs: ['subscription', 'anchored', 'cornerstoned', 'taken up'],
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
  },
  {
    // "X closed a $60 million Series B, with Y leading the round": Y leads the subject's round.
    re: /\bwith\b(?=\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,30}\)\s+){1,6}(?:leading|co-leading)\s+(?:the|its)\s+(?:round|financing|investment|raise)\b)/g,
    needs: ['leading'],
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
  },
  {
    // "Lumora is backed by Sequoia Capital and Greylock Partners", "raised $140 million from investors
    // including Bessemer": each backer holds a stake in the subject.
    re: new RegExp(
      String.raw`\b(?:(?<!\bfrom\s+(?:an?\s+(?:group|syndicate|consortium)\s+of\s+)?)(?:backers|investors|shareholders),?\s+(?:include|included|including|are)\s+|(?:is|are|was|were|has been|have been)\s+(?:also\s+)?backed\s+by|(?:had\s+|has\s+|have\s+)?(?:previously\s+|already\s+)?(?:raised|secured|received)\s+(?:about\s+|more than\s+|over\s+|nearly\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)[\d.,]+\s*(?:billion|million|bn|m)?\s+from\s+${INVESTOR_GROUP})`,
      'gi',
    ),
    needs: ['backers', 'investors', 'shareholders', 'backed', 'raised', 'secured', 'received'],
    type: 'investment',
    shape: 'backers',
    equity: true,
    status: 'completed',
  },
  {
    // "Brakewater named Tollgate Pulp as the stalking-horse bidder for its mills", "X was picked as the
    // preferred bidder for Y": the firm chosen is to buy (a bidder chosen for a contract is no takeover).
    re: /\b(?:as\s+)?(?:the|its|a)\s+(?:stalking[- ]horse|preferred|winning|successful)\s+(?:bidder|buyer|purchaser|acquirer)\s+(?:for|of|in)\b/gi,
    needs: ['stalking', 'preferred', 'winning', 'successful'],
    type: 'acquisition',
    shape: 'chosen-bidder',
    status: 'announced',
  },
  {
    // "X is raising $300 million from a group of investors that includes Y": a round under way.
    re: new RegExp(
      String.raw`\b(?:is|are)\s+(?:now\s+)?raising\s+(?:about\s+|more than\s+|over\s+|nearly\s+|up to\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)[\d.,]+\s*(?:billion|million|bn|m)?\s+from\s+${INVESTOR_GROUP}`,
      'gi',
    ),
    needs: ['raising'],
    type: 'investment',
    shape: 'backers',
    equity: true,
    status: 'announced',
  },
  {
    // "X raised $40 million in a Tamsin Ventures-led round": the firm before "-led" invests in X.
    re: /-led\s+(?:(?:\$|€|£)[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:(?:funding|financing|seed|growth|equity|series [a-z])\s+)?(?:round|financing|raise)\b/gi,
    needs: ['-led'],
    type: 'investment',
    shape: 'led-round',
    equity: true,
  },
  {
    // "received a $50 million strategic investment from Y": Y invests in the sentence's subject.
    re: /\b(?:received|receives|secured|secures|raised|raises|landed|lands|won|wins|accepted|accepts|took|takes|got|gets|obtained|attracted|drew|announced|announces|unveiled|disclosed|picked up|picks up)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:investment|funding|financing|backing|round|extension|raise|seed|series [a-z])\s+from\b/gi,
    needs: ['investment', 'funding', 'financing', 'backing', 'round', 'extension', 'raise', 'seed', 'series'],
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
  },
  {
    // Not "pays twice for X" or "paid back for": an adverb right after the verb tells no price.
    re: /\b(?:paid|pays|pay|paying|will pay|to pay|agreed to pay)\s+(?!(?:twice|again|back|off)\b)(?:[^.;]|\.(?=\d)){0,40}?\bfor\b/gi,
    needs: ['pay', 'paid'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "Siemens spent about $10.6 billion on Altair Engineering, …, in a deal that closed in 2025", "is
    // adding Ashcroft Solar, a Colorado developer, in a $720 million deal": a purchase told by what it cost
    // or what it adds, named as a deal in the same sentence (money spent on "Nvidia chips" is no deal).
    re: /\b(?:(?:spent|spends|spend|spending|shelled\s+out)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?(?:[$€£¥₹]|US\$|A\$|C\$)[\d.,]+\s*(?:billion|million|bn|m|crore)?\s+(?:on|buying|to\s+buy)|(?:is\s+adding|adds|added|will\s+add|to\s+add|agreed\s+to\s+add))(?=\s+(?:[A-Z][\w&'’.-]*\s*)+(?:\([^()]*\)\s*)?(?:,|\s+in\s+|\s+for\s+|$)[^;]{0,160}?\b(?:deal|takeover|acquisition|purchase|buyout|transaction)\b)/g,
    needs: ['spen', 'shelled', 'add'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "Harlow bid $3.1 billion for Pinecrest", "emerged as the winning bidder for Pinecrest": an offer made.
    re: /\b(?:(?:bid|bids|offered|offers)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?(?:[$€£¥]|US\$)[\d.,]+\s*(?:billion|million|bn|m)?(?:\s+(?:a|per)\s+share)?(?:\s+in\s+(?:cash|stock|cash and stock))?|(?:winning|successful|preferred|highest)\s+bidder)\s+for\b/gi,
    needs: ['bid', 'offer'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    re: /\b(?:agreement|contract|deal|pact)s?\s+to\s+(?:supply|provide|deliver|build|host|connect|power|manufacture|support|service)\b/gi,
    needs: DEAL_NOUNS,
    type: 'contract',
    shape: 'supplier-customer',
  },
  {
    // "a $90 million agreement with the Navy to store records", "is party to an agreement with Y, …, under
    // which it tests samples": the subject supplies the named customer.
    re: /\b(?:agreement|contract|deal|pact)s?(?:\s+(?:worth|valued\s+at)(?:\s+[\w$€£¥₹.,]+){1,4}?)?\s+with\b(?=[^;]{0,80}?\b(?:to|under\s+which\s+(?:it|they|the\s+company|the\s+firm|the\s+group)(?:\s+(?:will|would|also|now))?)\s+(?:supply|supplies|provide|provides|deliver|delivers|build|builds|host|hosts|store|stores|connect|power|manufacture|manufactures|support|service|services|run|runs|operate|operates|manage|manages|maintain|maintains|test|tests|handle|handles|clean|cleans)\b)/gi,
    needs: DEAL_NOUNS,
    type: 'contract',
    shape: 'contract-list',
  },
  {
    // "The Department of Energy cancelled a contract for Nuvolt's storage pilot", "ended its supply
    // agreement with Y": the customer ends a contract (a merger agreement ended is no contract).
    re: /\b(?:cancel(?:l)?ed|cancels|cancel(?:l)?ing|terminated|terminates|scrapped|scraps|ended|ends)\s+(?:a|an|its|the|their)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:(?:supply|services?|purchase|offtake|outsourcing|hosting|maintenance)\s+(?:agreement|contract|deal)|contract|order)s?\s+(?:for|with)\b(?=\s+(?:the\s+)?[A-Z])/gi,
    needs: ['contract', 'order', 'agreement', 'deal'],
    type: 'contract',
    shape: 'customer-supplier',
    status: 'terminated',
  },
  {
    // "The utility reserved four gas turbines from Siemens Energy under a slot-reservation agreement":
    // equipment set aside by its maker for a customer.
    re: /\b(?:reserved|reserves|reserving|leased|leases|leasing)\s+(?:[\w$€£.,-]+\s+){1,6}?from(?=\s+(?:[\w&-]+\s+){0,3}?[A-Z][^.;]{0,80}?\bunder\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|deal)\b)/g,
    needs: ['reserv', 'leas'],
    type: 'contract',
    shape: 'order-placer',
    status: 'completed',
  },
  {
    // "Microsoft signed a 15-year agreement last spring to take 1.2 gigawatts from two of the company's
    // units": power or fuel bought forward under an agreement, a contract with whoever produces it.
    re: /\b(?:agreement|contract|deal|pact)s?\b(?:[^.;]|\.(?=\d)){0,40}?\bto\s+(?:take|buy|purchase|offtake|source|receive)\s+(?:(?:about|around|roughly|up\s+to|some|nearly)\s+)?[\d.,]+\s*(?:million\s+|billion\s+)?(?:gigawatts?|megawatts?|GW|MW|MWh|GWh|TWh|tonnes|tons|barrels|cargoes|bcm)\b(?=[^;]{0,80}?\bfrom\b)/g,
    needs: ['agreement', 'contract', 'deal', 'pact'],
    type: 'contract',
    shape: 'order-placer',
  },
  {
    // "Jera already lifts cargoes from Freeport LNG under contracts signed in 2014", "Caterpillar, which
    // has purchased the company's lubrication systems under a supply agreement since 2019": goods bought
    // under a standing agreement (the reader refuses a business, a unit or shares bought that way).
    re: new RegExp(
      String.raw`\b(?:buys|bought|purchases|purchased|lifts|lifted|sources|sourced)\s+(?:[\w$€£.,'’-]+\s+){1,8}?(?:from(?=\s+(?:[\w&-]+\s+){0,3}?[A-Z])|(?=(?:for\s+[^;]{0,60}?)?under\s))(?=(?:(?!\band\s+(?:has|have|had|is|was|will|also|then)\b)[^;]){0,100}?${UNDER_AGREEMENT})`,
      'g',
    ),
    needs: ['under'],
    type: 'contract',
    shape: 'order-placer',
    status: 'completed',
  },
  {
    // "Electronic Arts uses Murmuration's models … under a multiyear contract", "Union Pacific, which has
    // relied on Wabash Signal for maintenance under an agreement signed in 2023": a supplier in use.
    re: new RegExp(
      String.raw`\b(?:uses|used|has\s+used|relies\s+on|relied\s+on|has\s+relied\s+on)\b(?=\s+(?:[\w&-]+\s+){0,2}?[A-Z][^;]{0,100}?${UNDER_AGREEMENT})`,
      'g',
    ),
    needs: ['under'],
    type: 'contract',
    shape: 'customer-supplier',
    status: 'completed',
  },
  {
    // "Saltmarsh already provides custody for Galaxy Digital under an agreement signed last year", "its
    // unit remains the main battery supplier to Tesla under a long-standing agreement": a service in place.
    re: new RegExp(
      String.raw`\b(?:(?:already|also)\s+)?(?:provides|provided|has\s+provided|delivers|hosts|maintains|(?:is|was|remains|has\s+been)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?supplier\s+(?:to|of|for))\b(?=[^;]{0,100}?${UNDER_AGREEMENT})`,
      'g',
    ),
    needs: ['under'],
    type: 'contract',
    shape: 'supplier-customer',
    status: 'completed',
  },
  {
    // "signed a seven-year agreement under which Veritas Billing will take over its collections": the
    // firm named after "under which" serves the signer.
    re: /\b(?:agreement|contract|deal|pact)s?(?:,\s+(?:signed|agreed|struck|reached|renewed)\b[^,;]{0,30},)?,?\s+under\s+which\b(?=\s+(?!(?:it|they|the|its|their|we|he|she)\b)[A-Z][^.;]{0,60}?\b(?:(?:will|would|is to|shall)\s+(?:take\s+over|run|operate|manage|provide|supply|handle|host|maintain|service|build)|(?:takes\s+over|runs|operates|manages|provides|supplies|handles|hosts|maintains|services))\b)/g,
    needs: ['under which'],
    type: 'contract',
    shape: 'customer-supplier',
  },
  {
    // "handed Alderra Defense a $450 million contract" is an award too.
    // Hiring a person ("hired a former Oracle executive") is no contract, nor hiring banks or lawyers to
    // run a sale or advise on a deal ("has hired Jefferies and Evercore to run the sale").
    re: /\b(?:has\s+|have\s+)?(?:chose|chosen|picks?|picked|selected|selects|tapped|taps|hired|hires|contracted|commissioned|awarded|awards|signed up|signs up|lined up|lines up|(?:handed|hands|gave|gives)(?=\s+(?:[\w&.'’-]+\s+){1,5}?(?:an?|its|the)\s+(?:(?!(?:in|to|of|for)\s)[\w$€£.,-]+\s+){0,5}?(?:contract|order)s?\b(?!\s+(?:of|to)\b)))\b(?!\s+(?:a|an|its|his|her|their|former|new|veteran|ex-)\b)(?!\s+(?:[\w&.'’-]+\s+){1,6}?(?:to\s+(?:run|advise\s+on|handle|explore|manage|lead|oversee)\s+(?:the|a|an|its|any)\s+(?:[\w-]+\s+)?(?:sale|deal|process|auction|offering|IPO|transaction|review|bid|divestiture|spin-?off)\b|as\s+(?:its\s+|their\s+)?(?:(?:financial|legal|lead|sole|joint|independent)\s+)?(?:advis|counsel|underwrit|bookrunner|arranger)))/gi,
    needs: [
      'chose',
      'pick',
      'select',
      'tap',
      'hire',
      'contracted',
      'commissioned',
      'award',
      'signed up',
      'signs up',
      'lined up',
      'lines up',
      'handed',
      'hands',
      'gave',
      'gives',
    ],
    type: 'contract',
    shape: 'customer-supplier',
  },
  {
    // "Ossory Foods named Harlow Metals its preferred supplier of cans": a supplier chosen by its title.
    re: /\b(?:named|names|naming|appointed|appoints)\b(?=\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:as\s+)?(?:its|their|the)\s+(?:(?:preferred|exclusive|sole|primary|main|new|official|lead)\s+)?(?:[\w-]+\s+)?(?:supplier|provider|vendor|contractor|carrier)\b)/g,
    needs: ['named', 'names', 'naming', 'appointed', 'appoints'],
    type: 'contract',
    shape: 'customer-supplier',
  },
  {
    // "Halvern is a long-time distribution partner of Kroger": a partnership in place.
    re: /\b(?:is|was|has been|had been|remains|became|becomes)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?partner\s+(?:of|to)\b(?=\s+(?:[\w-]+\s+){0,2}?[A-Z])/gi,
    needs: ['partner'],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "X has been named a preferred supplier to Y": the subject supplies the company named after.
    re: /\b(?:named|selected|chosen|picked|appointed)\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:supplier|vendor|provider|contractor)\s+(?:to|for|of)\b/gi,
    needs: ['supplier', 'vendor', 'provider', 'contractor'],
    type: 'contract',
    shape: 'supplier-customer',
    status: 'completed',
  },
  {
    // "X became the exclusive distributor of Y's products": a distribution partnership.
    re: /\b(?:became|become|becomes|named|appointed)\s+(?:as\s+)?(?:the|an?)\s+(?:exclusive\s+|sole\s+|official\s+|authori[sz]ed\s+)?(?:distributor|reseller|licensee)\s+(?:of|for)\b/gi,
    needs: ['distributor', 'reseller', 'licensee'],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "DreamWorks Animation, which it bought in 2016": a past deal told in a relative clause.
    // "…, which Halvard (NYSE: HLVG) agreed to buy in May": any form of an acquiring verb.
    re: new RegExp(
      String.raw`,\s+which\s+(?:it|they|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}(?:\s*\([^()]{1,30}\))?)\s+(?:already\s+|later\s+|first\s+)?(?:(?:agreed|plans|planned|offered|moved|is set|was set)\s+)?(?:${activeForms(ACQUIRE_VERBS)})\b`,
      'g',
    ),
    needs: ['which'],
    type: 'acquisition',
    shape: 'relative-object',
  },
  {
    // "Crunchyroll, the anime streaming service Sony bought from AT&T in 2021": the relative without "which".
    re: new RegExp(
      String.raw`,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|maker|business|service|startup|group|brand|chain|platform|developer|operator|provider|retailer|app|network|studio|publisher|unit|producer|lender|insurer)\s+(?:it|they|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}(?:\s*\([^()]{1,30}\))?)\s+(?:already\s+|later\s+|first\s+)?(?:${pastForms(ACQUIRE_VERBS)}|(?:has|had|have)\s+owned(?=\s+since\s+(?:19|20)\d\d))\b`,
      'g',
    ),
    needs: [...ACQUIRE_PAST_HEADS, 'owned'],
    type: 'acquisition',
    shape: 'relative-object',
  },
  {
    // "the GetGo chain it bought from Giant Eagle", "the Cerner business that Oracle acquired": a past
    // deal told around what was bought.
    re: new RegExp(
      String.raw`\b${BOUGHT_UNIT_NOUNS}\s+(?:that\s+|which\s+)?(?:it|they|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:had\s+|already\s+|later\s+)?(?:bought|acquired|purchased|took over)\b`,
      'g',
    ),
    needs: ['bought', 'acquired', 'purchased', 'took over'],
    type: 'acquisition',
    shape: 'relative-object',
  },
  {
    // "owned by buyout firm Tamarack, which bought it in 2021": the relative's antecedent bought the
    // sentence's subject.
    // "…from Oakhurst, the private equity firm that has owned it since 2019": an owner bought it once.
    re: /,\s+(?:which|(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:firm|fund|investor|group|company|house|owner|manager)\s+(?:that|which))\s+(?:(?:had\s+|has\s+|first\s+)?(?:bought|acquired|purchased|took over)|(?:has|had|have)\s+owned)\s+(?:it|them)\b/g,
    needs: ['which', 'that'],
    type: 'acquisition',
    shape: 'relative-actor',
  },
  {
    // "X will supply Y with lenses under a $200 million contract", "X will provide maintenance services to Y
    // under a seven-year agreement": a supply contract (money provided is financing, not a contract).
    re: /\b(?:will|would|to|agreed to|is set to)\s+(?:supply|provide|deliver)\b(?!\s+(?:[\w$€£.,-]+\s+){0,4}?(?:financing|loans?|funding|credit|capital|liquidity|guidance|details|updates?|information|support)\b)(?=[^.;]{0,80}\b(?:contract|agreement|deal|order)\b)/gi,
    needs: ['supply', 'provide', 'deliver'],
    type: 'contract',
    shape: 'supplier-customer',
  },
  {
    // "The company supplies CNH Industrial, the maker of …, under a long-term supply agreement": the
    // customer named right after the verb.
    re: /\b(?:already\s+)?(?:supplies|supplied|has supplied|has long supplied|has been supplying)(?=\s+(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*\b[^.;]{0,80}?\bunder\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}?(?:supply\s+)?(?:agreement|contract|deal)\b)/g,
    needs: ['suppl'],
    type: 'contract',
    shape: 'supplier-customer',
    status: 'completed',
  },
  {
    // "Its customers include Dow, which buys its valves under a supply agreement": a customer named with
    // the tie that makes it one (a bare list of customers is no deal).
    // "Its biggest customer remains Renault, which signed a supply contract with the company in 2021".
    re: /\b(?:customers,?\s+(?:include|including|such as)|(?:largest|biggest|main|key|single largest|anchor)\s+customer\s+(?:is|was|remains|has long been|has been)(?:\s+still)?)(?=\s+(?:[^.;]|\.(?=[A-Z0-9]))+?,\s+which\s+(?:[\w-]+\s+){0,3}?(?:signed|buys|bought|uses|relies|relied|renewed|extended|pays)\b)/g,
    needs: ['customer'],
    type: 'contract',
    shape: 'supplier-customer',
    status: 'completed',
  },
  {
    // "About 400MW of its output is already sold to Alphabet under 20-year power purchase agreements": the
    // producer sells, the firm named after "to" buys.
    re: new RegExp(
      String.raw`\b${OUTPUT_NOUNS}\b[^.;]{0,30}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:already\s+|now\s+|fully\s+|largely\s+)?(?:sold|contracted|committed)\s+to(?=\s+(?:the\s+)?[A-Z][^.;]{0,60}?\bunder\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:power[- ]purchase|supply|offtake|sales?|purchase)\s+(?:agreement|contract|deal)s?\b)`,
      'gi',
    ),
    needs: ['sold', 'contracted', 'committed'],
    type: 'contract',
    shape: 'supplier-customer',
    status: 'completed',
  },
  {
    // "Micron already supplies memory chips to Nvidia": a standing supply relationship.
    re: /\b(?:already\s+)?(?:supplies|supplied|is supplying|has supplied|has been supplying|have supplied|has long supplied)(?=\s+(?:[\w-]+\s+){1,5}?to\s+(?:[\w&-]+\s+){0,2}?[A-Z])/g,
    needs: ['suppl'],
    type: 'contract',
    shape: 'supplier-customer',
    status: 'completed',
  },
  {
    // "signed a three-year supply agreement with Nucor": the kind of agreement makes it a contract.
    re: /\b(?:supply|services?|offtake|sourcing|procurement|outsourcing|hosting|manufacturing|maintenance|power[- ]purchase)\s+(?:agreement|contract|deal|pact)s?\s+(?:(?:worth|valued\s+at)\s+(?:[^.;]|\.(?=\d)){1,40}?\s+|(?:last|this|earlier)\s+(?:year|month|week)\s+)?with\b/gi,
    needs: DEAL_NOUNS,
    type: 'contract',
    shape: 'contract-list',
  },
  {
    // "Merck licensed a cancer drug from Hengrui", "agreed to license QH-317, a bispecific antibody, from
    // Suzhou-based Qinghe": in-licensing, a partnership with the licensor. Money a licence earns from a
    // firm ("licensing revenue from Apple") is no deal.
    re: /\b(?:in-)?licen[cs](?:ed|es|ing|e)\s+(?!(?:[^.;]|\.(?=\d)){0,100}?\b(?:revenue|income|fees?|sales|royalt\w*|payments?)\s+from\b)(?:[^.;]|\.(?=\d)){1,100}?\bfrom\b(?=\s+(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z]|\d+[A-Za-z]))/g,
    needs: ['licen'],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "TotalEnergies has agreed to farm into Block 2914B, taking a 40 percent working interest from operator
    // Walvis Atlantic": an oil and gas farm-in, an investment in the operator's licence.
    // ("a wind farm in Texas from X" is an asset, not a farm-in).
    re: /\b(?:farm(?:s|ed|ing)?\s+into|farm-in)\b(?=[^.;]{0,160}?\bfrom\s+(?:[a-z][\w-]*\s+){0,2}?[A-Z])/gi,
    needs: ['farm'],
    type: 'investment',
    shape: 'investor-investee',
  },
  {
    // "It sells Tezspire with AstraZeneca under a collaboration that dates back a decade": a tie in place.
    re: /\bwith(?=\s+(?:[A-Z][\w&.'’-]*\s+){1,3}under\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:collaboration|partnership|alliance|co-promotion agreement|co-marketing agreement|licen[cs]e|licensing agreement)\b)/g,
    needs: ['under'],
    type: 'partnership',
    shape: 'mutual',
    status: 'completed',
  },
  {
    // "secured worldwide rights to HLC-407 from Halcyon", "is paying $85 million upfront … for rights to
    // an obesity pill from Lindum Bio": an in-licence, a partnership with the licensor.
    re: /\b(?:secured|secures|obtained|obtains|gained|gains|won|wins|(?:paid|pays|pay|paying)(?:\s+(?:[^.;]|\.(?=\d)){1,120}?)?\s+for)\s+(?:the\s+)?(?:exclusive\s+|worldwide\s+|global\s+|commercial\s+|development\s+|U\.S\.\s+|ex-U\.S\.\s+|regional\s+|and\s+|,\s+)*rights\s+(?:to|for|in)\b[^.;]{0,120}?\bfrom\b/gi,
    needs: ['rights'],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "Vantor will receive $150 million upfront from Pfizer", "Pfizer will pay Vantor $150 million
    // upfront" or "up to $400 million in milestones": the terms of a licence, a partnership between payer and payee.
    // Not a takeover's price ("pay Beta holders $20 a share upfront plus a CVR").
    re: /\b(?:receive[sd]?|receiving|get|gets|got)\s+(?:an?\s+)?(?:[\w$€£¥.,-]+\s+){0,4}?(?:upfront|up-front)(?:\s+(?:payment|fee|cash))?\s+from\b|\b(?:pay|pays|paid|paying)(?=\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,30}\)\s+){1,5}(?!(?:share|stock)?holders\b)(?:an?\s+)?(?:[\w$€£¥.,-]+\s+){0,5}?(?:upfront|up-front|milestones?|milestone\s+payments)\b)(?![^.;]*\b(?:a|per)\s+share\b)/g,
    needs: ['upfront', 'up-front', 'milestone'],
    // Told with the licence's own words: milestones, royalties, rights, an option.
    first: /\b(?:licen[cs]|rights\b|milestones?\b|royalt|option\b)/i,
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "licensed commercial rights in Japan to Ono", "licensed its lead antibody to Y", "a licensing deal with Samsung".
    re: /\b(?:(?:licen[cs](?:ed|es|ing)|granted|grants|granting)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:rights|technology|patents?|compounds?|drugs?|platform|IP|antibod(?:y|ies)|(?:drug\s+)?candidates?|molecules?|programs?|programmes?|therap(?:y|ies)|vaccines?)\b(?:[^.;]){0,40}?\bto|licen[cs](?:e|ing)\s+(?:agreement|deal|pact|partnership)\s+(?:(?:worth|valued at)\s+(?:[^.;]|\.(?=\d)){1,40}?\s+)?with)\b/gi,
    needs: ['licen', 'grant'],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "the company's proposed sale to Altamira", "Acme's sale to Beta": the whole company is bought.
    // The look-behind sits after the words so it is tried only where "sale to" is found.
    // "shareholders will vote on the sale to Altamira": the company whose shareholders vote is sold.
    re: /\bsale\s+to\b(?<=(?:['’]s|\bits|\btheir|\b(?:vote|voted|voting)\s+on\s+the|\b(?:approved|approve|approves|backed|rejected)\s+the)\s+(?:(?:proposed|planned|pending|agreed|announced)\s+)?sale\s+to)/gi,
    needs: ['sale'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "rejected an approach from Bramwell Partners worth about £1.9 billion": a bid that failed.
    // "…from Bramwell Partners", "rejected Harlow's $2 billion takeover offer".
    re: /\b(?:(?:rejected|rebuffed|turned down|spurned)\s+(?:an?\s+|the\s+)?(?:[\w$£€¥.,-]+\s+){0,3}?(?:approach|offer|bid|proposal)\s+from|(?:rejected|rebuffed|turned down|spurned)(?=\s+[A-Z][^.;]{0,60}?['’]s?\s+(?:\([^()]{1,30}\)\s+)?(?:[\w$£€¥.,-]+\s+){0,4}?(?:approach|offer|bid|proposal)\b))\b/g,
    needs: ['reject', 'rebuff', 'turned down', 'spurn'],
    type: 'acquisition',
    shape: 'object-actor',
    status: 'terminated',
  },
  {
    // "Shareholders of Mirefield Bank approved Corlan's takeover offer", "…voted in favour of Corlan's
    // $900 million bid": the owners of the target said yes; the deal still has to close.
    re: /\b(?:approved|approve|approves|backed|endorsed|voted\s+(?:overwhelmingly\s+)?(?:in\s+favou?r\s+of|for))(?=\s+[A-Z][^.;]{0,60}?['’]s?\s+(?:\([^()]{1,30}\)\s+)?(?:[\w$£€¥.,-]+\s+){0,4}?(?:takeover|acquisition|buyout|purchase|merger)\s+(?:offer|bid|proposal|deal)\b)/g,
    first: /\b(?:share|stock)holders\b|\binvestors\b/i,
    needs: ['approv', 'backed', 'endorsed', 'voted'],
    type: 'acquisition',
    shape: 'object-actor',
    status: 'pending',
  },
  {
    // "Novartis has made several acquisitions in kidney disease, including Chinook Therapeutics": past buys.
    re: /\b(?:made|has made|have made|completed)\s+(?:several|a string of|a series of|a number of|many|numerous|two|three|four|five|a few)\s+(?:[\w-]+\s+)?(?:acquisitions|purchases|deals|takeovers)\b[^.;]{0,60}?,?\s+(?:including|such as)\b/gi,
    needs: ['including', 'such as'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "eBay had approached the marketplace about a possible takeover": a rumoured bid.
    re: /\bapproached\b(?=[^.;]{0,80}?\babout\s+(?:an?\s+)?(?:possible\s+|potential\s+)?(?:takeover|acquisition|buyout|merger|combination|bid|sale)\b)/gi,
    needs: ['approached'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'rumored',
  },
  {
    // "TransDigm's cash offer of 575 pence a share, made on Tuesday, values Larchmont at £4.3 billion": a
    // bidder's offer told by what it values; the cue runs to "values" so the company valued is its object.
    // The look-behind sits after the word, so it is tried only where the word is.
    re: /\b(?:offer|bid|proposal)\b(?<=['’]s\s+(?:[\w$€£¥.,-]+\s+){0,3}?(?:offer|bid|proposal))[^.;]{0,80}?\b(?:values|valued|valuing)(?=\s+(?:the\s+)?[A-Z])/g,
    needs: ['offer', 'bid', 'proposal'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "Mondelez made an unsolicited approach to Hershey": a bid told only as an approach, rumoured unless
    // the text says how it ended ("but was rebuffed").
    re: /\b(?:made|makes|make|making|has made|had made)\s+(?:an?\s+|two\s+|several\s+)?(?:[\w$£€¥.,-]+\s+){0,3}?(?:approach|approaches|overture|overtures)\s+to\b/gi,
    needs: ['approach', 'overture'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'rumored',
  },
  {
    // "which took treadmill maker X private for $1.2 billion": a buyout.
    re: /\b(?:took|takes|take|taking)(?=\s+(?:[\w&.-]+\s+|\([^()]{1,20}\)\s+){1,6}?private\b)/g,
    needs: ['private'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "X and Y called off their £2 billion takeover": a deal the two ended.
    re: /\b(?:called off|call off|calling off|scrapped|abandoned|terminated|walked away from)\s+(?:their|the|its)\s+(?:proposed\s+|planned\s+|agreed\s+|pending\s+)?(?:[$£€¥][\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:takeover|acquisition|buyout)\b(?!\s+(?:of|by)\b)/gi,
    needs: ['call', 'scrapped', 'abandoned', 'terminated', 'walked away'],
    type: 'acquisition',
    shape: 'mutual',
    status: 'terminated',
  },
  {
    // "since it walked away from its pursuit of Seven & i", "abandoned its bid for X": a bid that ended.
    re: /\b(?:walked away from|walks away from|abandoned|abandons|dropped|drops|ended|gave up|gives up|withdrew|withdraws)\s+(?:its|their|a|the)\s+(?:[\w$£€¥.,-]+\s+){0,3}?(?:pursuit|bid|offer|approach|courtship|attempt to (?:buy|acquire|take over))\s+(?:of|for)\b/gi,
    needs: ['pursuit', 'bid', 'offer', 'approach', 'courtship', 'attempt'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'terminated',
  },
  {
    // "Oakhurst Energy is exploring a sale of its Permian Basin assets", "is sounding out buyers for its
    // retail unit", "is putting its snacks unit up for sale": a sale weighed, no buyer yet.
    re: new RegExp(
      String.raw`\b(?:${WEIGHING_SALE}\s+of|(?:is|are|was|were|has been|have been)\s+(?:sounding out|courting|seeking|looking for|lining up)\s+(?:potential\s+|possible\s+|prospective\s+)?(?:buyers|bidders|suitors|a buyer)\s+for|(?:(?:is|are)\s+putting|(?:has|have|will|to)\s+put)(?=\s+(?:its|their)\s+(?:[\w-]+\s+){1,5}?up\s+for\s+sale\b)|(?:has|have|had)\s+(?:hired|tapped|appointed|retained|enlisted)\s+(?:[\w&.'’-]+\s+){1,6}?to\s+(?:sell|find\s+a\s+buyer\s+for)|(?:is|are|was|were)\s+(?:weighing|exploring|reviewing|considering)\s+(?:strategic\s+)?(?:options|alternatives)\s+for(?=\s+(?:its|their)\s+[^.;]{1,60}?,?\s+including\s+(?:a\s+)?(?:possible\s+|potential\s+)?(?:sale|divestiture)))\s+(?:its|their)\b`,
      'gi',
    ),
    needs: ['sale', 'divestiture', 'disposal', 'buyers', 'bidders', 'suitors', 'a buyer', 'to sell'],
    type: 'divestiture',
    shape: 'seller-only',
    status: 'rumored',
  },
  {
    // "Bain Capital is exploring a sale of Fernhill Dental Partners", "is sounding out buyers for Kestrel
    // Airlines": an owner weighing the sale of a company it holds, named right after (its own unit: the
    // cue before).
    re: new RegExp(
      String.raw`\b(?:${WEIGHING_SALE}\s+of|(?:is|are|was|were|has been|have been)\s+(?:sounding out|courting|lining up)\s+(?:potential\s+|possible\s+|prospective\s+)?(?:buyers|bidders|suitors)\s+for)(?=\s+[A-Z])`,
      'g',
    ),
    needs: ['sale', 'divestiture', 'disposal', 'buyers', 'bidders', 'suitors'],
    type: 'divestiture',
    shape: 'seller-only',
    status: 'rumored',
  },
  {
    // "X and Y terminated the licensing alliance they formed in 2023": a partnership that ended.
    // "to end a similar arrangement with Alphabet's drone unit": an arrangement with a firm that ended.
    re: /\b(?:terminated|ended|scrapped|dissolved|called off|unwound|wound down|walked away from|pulled out of|(?:to|will|would)\s+(?:end|terminate|unwind|dissolve))\s+(?:their|the|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:alliance|partnership|collaboration|joint venture|tie-up|licen[cs]ing (?:deal|agreement|pact)|arrangement(?=\s+with\b))\b/gi,
    needs: ['alliance', 'partnership', 'collaboration', 'joint venture', 'tie-up', 'licen', 'arrangement'],
    type: 'partnership',
    shape: 'mutual',
    status: 'terminated',
  },
  {
    // "X has held preliminary talks with Y about its processing plants": a rumoured purchase.
    re: /\b(?:held|holds|holding|is in|are in|was in|were in|entered|opened)\s+(?:preliminary\s+|early\s+|early-stage\s+|advanced\s+|exclusive\s+|informal\s+)?(?:talks|discussions)\s+with(?=\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,20}\)\s+){1,5}(?:(?:advisers|advisors|executives|management|owners)\s+)?about\s+(?:buying|acquiring|a\s+(?:possible\s+|potential\s+)?(?:takeover|acquisition|purchase|buyout|bid)\b|(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:plants?|units?|business(?:es)?|divisions?|assets|operations|brands?|factories|mills)\b))/g,
    needs: ['talks', 'discussions'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'rumored',
  },
  {
    // "Community Health Systems is handing three of its Tennessee hospitals to HCA Healthcare": a business
    // handed over to a buyer (a contract or a job handed to a firm is no sale).
    re: /\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+(?:over\s+)?(?:(?:its|their)\s+|(?:[\w-]+\s+){1,2}of\s+(?:its|their)\s+)(?:[\w'’-]+\s+){0,3}?(?:hospitals|clinics|plants|stores|shops|unit|units|business|businesses|division|stake|brands?|assets|operations|mines|fields|portfolio|properties|hotels|factories|stations|subsidiary|subsidiaries|branches|restaurants)\s+(?:[\w-]+\s+){0,3}?(?=to\s)/gi,
    needs: ['hand', 'turn'],
    type: 'divestiture',
    shape: 'seller-to-buyer',
  },
  {
    // "a week after Mastercard signed a similar agreement with Tuma Pay": a deal like the one just told.
    re: /\b(?:signed|signs|struck|strikes|inked|inks|reached|sealed|agreed)\s+(?:a|an)\s+(?:similar|comparable|matching|parallel)\s+(?:[\w-]+\s+)?(?:agreement|deal|pact|partnership|arrangement|tie-up|alliance)\s+with\b/g,
    needs: ['similar', 'comparable', 'matching', 'parallel'],
    type: 'partnership',
    shape: 'similar-deal',
  },
  {
    // "Sealed Air has held early talks with private equity firm Nordhollow Partners about a sale of the
    // protective unit": a sale the owner is discussing with a would-be buyer.
    re: /\b(?:held|holds|holding|has\s+had|is\s+in|are\s+in|was\s+in|were\s+in|entered|opened)\s+(?:preliminary\s+|early\s+|early-stage\s+|advanced\s+|exclusive\s+|informal\s+)?(?:talks|discussions|negotiations)\s+with(?=\s+(?:[\w&.'’-]+\s+|\([^()]{1,20}\)\s+){1,8}?about\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?(?:sale|disposal|divestiture)\s+of\s+(?:its|their|the)\b)/g,
    needs: ['talks', 'discussions', 'negotiations'],
    type: 'divestiture',
    shape: 'sale-talks',
    status: 'rumored',
  },
  {
    // "Calder's largest shareholder is Deerfield Management", "Its biggest outside backer is Insight
    // Partners", "The company's biggest investor, Mornington, …": a stake already held in the possessor.
    re: /(?<=(?:['’]s?|\b(?:its|their))\s+)(?:largest|biggest|top|main|second-largest|controlling|single largest)\s+(?:outside\s+|institutional\s+|external\s+)?(?:shareholder|investor|backer|owner|stockholder)(?:\s+(?:is|was|remains)\b|,(?=\s+[A-Z]))/gi,
    needs: ['shareholder', 'investor', 'backer', 'owner', 'stockholder'],
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
    status: 'completed',
  },
  {
    // "Y has backed X since 2022": a stake already held.
    re: /\b(?:has|have|had)\s+(?:long\s+|also\s+|already\s+)?backed\b(?=\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,30}\)\s+){1,6}(?:since|for)\b)/g,
    needs: ['backed'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
    status: 'completed',
  },
  {
    // "X counts Y among its investors", "counts Y as its largest shareholder": a stake already held.
    re: /\b(?:counts|counted|lists|listed)\b(?=[^.;]{0,80}?\b(?:among\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:investors|backers|shareholders)|as\s+(?:its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:investor|backer|shareholder|owner)s?)\b)/g,
    needs: ['among', ' as '],
    type: 'investment',
    shape: 'investee-investor',
    equity: true,
    status: 'completed',
  },
  {
    // "X is among the investors in Y": a stake already held.
    re: /\b(?:is|are|was|were)\s+(?:among|one of)\s+the\s+(?:[\w-]+\s+)?(?:investors|backers|shareholders)\s+in\b/gi,
    needs: ['among', 'one of'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
    status: 'completed',
  },
  {
    // "Existing investor Y will keep its 15% holding": a stake already held in the company just told.
    re: /\b(?:will\s+|would\s+|is to\s+|to\s+)?(?:keep|keeps|kept|retain|retains|retained|hold on to|holds on to)\s+(?:its|their)\s+(?:existing\s+)?\d+(?:\.\d+)?%\s+(?:holding|stake|interest)\b(?!\s+in\b)/g,
    needs: ['%'],
    type: 'investment',
    shape: 'held-stake',
    equity: true,
    status: 'completed',
  },
  {
    // "Orlo Capital took part in Veltra Bio's latest funding round": the round's company is named with it.
    re: /\b(?:participated|participates|took\s+part|takes\s+part)\s+in\b(?=\s+(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*['’]s?\s+(?:[\w$€£¥.,-]+\s+){0,3}?(?:round|financing|raise|fundraising)\b)/g,
    needs: ['participat', 'part in'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
  },
  {
    // "Existing backers A and B also put in money": more investors in the round just told.
    re: /\b(?:also\s+)?(?:put\s+in\s+(?:money|capital|cash|funds)|put\s+(?:money|capital|cash|funds)\s+in|chipped\s+in|(?:participated|took\s+part)\s+in\s+(?:the|this)\s+(?:round|financing|raise)|joined\s+(?:the|this)\s+(?:round|financing|raise))\b/gi,
    needs: [
      'put in',
      'put money',
      'put capital',
      'put cash',
      'put funds',
      'chipped in',
      'participated',
      'took part',
      'joined the',
      'joined this',
    ],
    type: 'investment',
    shape: 'round-joiners',
    equity: true,
  },
  {
    // "Danaher also studied a bid but walked away", "Acme is also weighing an offer": a rival bidder for
    // the company whose takeover was just told.
    re: /\b(?:(?:is|was|has been|had been)\s+)?(?:also\s+)?(?:studied|weighed|weighing|considered|considering|explored|exploring|prepared|preparing|mulled|mulling)\s+(?:an?\s+|its own\s+)?(?:rival\s+|competing\s+|possible\s+|potential\s+)?(?:bid|offer|counterbid|counteroffer|approach)\b(?!\s+(?:for|to|from)\b)/gi,
    needs: ['bid', 'offer', 'approach'],
    type: 'acquisition',
    shape: 'rival-bid',
    status: 'rumored',
  },
  {
    // "Its last notable purchase was Tulsi Herbal Care, which it bought in 2021": a past purchase named
    // after the copula, by the company the possessive points back to.
    re: /\b(?:last|latest|previous|most\s+recent|first|biggest|largest)\s+(?:notable\s+|major\s+|big\s+|significant\s+|sizeable\s+)?(?:purchase|acquisition|takeover)\s+was\b(?=\s+(?:the\s+)?[A-Z\u00C0-\u00DE\u0100-\u017F])/g,
    needs: ['purchase was', 'acquisition was', 'takeover was'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'completed',
  },
  {
    // "Mowi was invited to bid but stayed out", "Hensoldt analysed an offer but decided not to present a
    // binding bid", "Renata held talks with Rupsha's shareholders …, but the discussions ended": a bidder
    // that dropped out of a sale the article tells (the reader checks that it dropped out).
    re: /\b(?:(?:was|were|had\s+been)\s+(?:also\s+)?invited\s+to\s+(?:bid|make\s+an?\s+offer)|(?:analy[sz]ed|studied|weighed|considered|examined|evaluated|explored|prepared|mulled)\s+(?:an?\s+|its\s+own\s+)?(?:rival\s+|competing\s+|possible\s+|potential\s+|binding\s+|formal\s+)?(?:offer|bid|counterbid|proposal)|(?:held|had\s+held|was\s+in|were\s+in|had\s+been\s+in|entered)\s+(?:advanced\s+|exclusive\s+|early\s+|preliminary\s+|informal\s+)?(?:talks|discussions|negotiations)|(?:submitted|made|lodged|tabled|put\s+in)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:offer|bid|proposal)|looked\s+at\s+(?:a|an)\s+(?:deal|bid|offer|takeover|purchase)|(?:studied|examined|reviewed|pored\s+over|looked\s+at)\s+the\s+(?:dossier|file|data\s+room|books|sale\s+documents|information\s+memorandum|asset|assets|business|target)|(?:ran|run|running)\s+the\s+numbers\s+on\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:bid|offer|deal|takeover))\b(?![^.;]{0,80}?\b(?:partnership|alliance|joint\s+venture|collaboration|licen[cs]ing|supply)\b)/gi,
    needs: [
      'invited to',
      'offer',
      'bid',
      'proposal',
      'talks',
      'discussions',
      'negotiations',
      'looked at',
      'dossier',
      'file',
      'data room',
      'books',
      'sale documents',
      'memorandum',
      'asset',
      'business',
      'target',
      'numbers',
    ],
    type: 'acquisition',
    shape: 'dropped-bid',
    status: 'terminated',
  },
  {
    // "Marlowe Equity looked at X earlier this year but walked away": a bid that was dropped.
    re: new RegExp(
      String.raw`\b(?:looked(?:\s+(?:closely|hard|briefly|seriously))?\s+at|studied|weighed|considered|explored|eyed)(?:\s+(?:an?\s+)?(?:bid|offer|deal|takeover)\s+for|\s+(?:buying|acquiring))?(?=\s+(?:rival\s+)?[A-Z][^.;]{0,80}?\b(?:but|before)\s+(?:later\s+|eventually\s+|ultimately\s+|then\s+)?(?:${GAVE_UP}|abandoned|dropped)\b)`,
      'g',
    ),
    needs: [
      'walked away',
      'pulled out',
      'backed away',
      'backed off',
      'bowed out',
      'abandoned',
      'dropped',
      'against',
      'not to',
    ],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'terminated',
  },
  {
    // "was bought by", "will be snapped up by", "is being taken private by".
    re: new RegExp(
      String.raw`\b(?:${passiveForms(ACQUIRE_VERBS)}|(?:is|are|was|were|been|being|be)\s+taken\s+private\s+by)\b`,
      'gi',
    ),
    needs: ['by'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "Brightblock has been owned since 2021 by L Catterton", "is now owned by X after a $5 billion
    // buyout": an owner since a given year, or since a buyout, bought the whole company then (a bare
    // "is owned by X" tells no deal; "owned by its founders and X" has several owners).
    re: /\b(?:has been|have been|is|are|was|were)\s+(?:now\s+)?(?:wholly\s+|fully\s+)?owned\s+(?:since\s+(?:19|20)\d\d\s+by\b|by\b(?=[^.;]{0,60}\b(?:since\s+(?:19|20)\d\d\b|(?:after|following)\s+(?:a|an|the|its)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:buyout|takeover|acquisition|purchase|take-private)\b)))(?!\s+(?:its|their|the)\s+(?:co-?)?(?:founders?|management|employees|staff|family|families|partners)\b)/gi,
    needs: ['owned'],
    type: 'acquisition',
    shape: 'object-actor',
    status: 'completed',
  },
  {
    // "Berkshire Hathaway has owned BNSF since 2010": an owner since a given year bought the company then.
    re: /\b(?:has|have|had)\s+(?:wholly\s+|fully\s+)?owned(?=\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:\([^()]{1,30}\)\s+)?since\s+(?:19|20)\d\d\b)/g,
    needs: ['owned'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'completed',
  },
  {
    // "Threadline was approached last year by Adobe": a bid for the subject, rumoured unless the text
    // says how it ended.
    re: /\b(?:was|were|has been|had been|is being)\s+approached\s+(?:[\w-]+\s+){0,3}?by\b/gi,
    needs: ['approached'],
    type: 'acquisition',
    shape: 'object-actor',
    status: 'rumored',
  },
  {
    // "Quill Optics has drawn takeover interest from Vexa Systems": a bid for the subject, rumoured.
    re: /\b(?:takeover|buyout|acquisition|bid)\s+interest\s+from\b/gi,
    needs: ['interest from'],
    type: 'acquisition',
    shape: 'object-actor',
    status: 'rumored',
  },
  {
    // "Castellan Partners is among the suitors for Bram Foods", "emerged as a possible bidder for X".
    re: /\b(?:(?:is|are|was|were)\s+(?:among\s+(?:the\s+)?|one\s+of\s+(?:the\s+)?|an?\s+)|emerged\s+as\s+(?:an?\s+|one\s+of\s+the\s+)?)(?:(?:potential|possible|likely|leading|interested|prospective|rival)\s+)?(?:suitors?|bidders?)\s+for\b/gi,
    needs: ['suitor', 'bidder'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'rumored',
  },
  {
    // "Verona shareholders will receive $107 per ADS in cash under the deal with Merck", "Seagen investors
    // will get $229 a share from Pfizer": the holders' company is bought by the one that pays them.
    re: /\b(?:shareholders|stockholders|holders|investors)\s+(?:will|would|are to|are set to|stand to|are due to)\s+(?:receive|get)\s+(?=[^.;]{0,60}?\b(?:per|a|for each|for every)\s+(?:share|ADS|ADR)\b)[^.;]{1,100}?\b(?:from|(?:under|in|as part of)\s+(?:the|a|its)\s+(?:[\w$.-]+\s+){0,2}?(?:deal|merger|agreement|transaction|takeover|acquisition|combination)\s+with)\b/gi,
    needs: ['shareholders', 'stockholders', 'holders', 'investors'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // A deals list line, "Finvero (Milan) — acquired by Nexi, €610m, June": the line's company was bought.
    re: /(?<=^[^\n]{1,60}\s[—–-]\s+)(?:acquired|bought|purchased)\s+by\b/gm,
    needs: ['acquired', 'bought', 'purchased'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "The buyer of Pavone Dairy is Marchetti Foods": the company bought is named inside the cue, its
    // buyer right after.
    re: /\b(?:buyer|acquirer|purchaser)\s+of\s+(?:[\w&.'’-]+\s+|\([^()]{1,30}\)\s+){1,6}?(?:is|was|will\s+be|would\s+be)(?=\s+(?:[\w-]+\s+)?[A-Z])/g,
    needs: ['buyer', 'acquirer', 'purchaser'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "Tolworth Brewing's new owner, Avonmouth Beverages,": an owner already in place bought it.
    re: /\b(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s+new\s+(?:owner|parent(?:\s+company)?),?(?=\s+(?:[\w-]+\s+)?[A-Z])/g,
    needs: ['new owner', 'new parent'],
    type: 'acquisition',
    shape: 'object-actor',
    status: 'completed',
  },
  {
    // "X agreed to a $1.2 billion takeover by Y": the subject is bought.
    re: /\b(?:takeover|buyout|acquisition)\s+(?:offer\s+|bid\s+)?by\b/gi,
    needs: ['takeover', 'buyout', 'acquisition'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "A takeover of X by Y", "a buyout of X led by Y": the target named first, then its buyer.
    // "a recommended cash offer for X by Y" (UK style): the same, told by the offer.
    re: /\b(?:(?:takeover|buyout|acquisition|purchase|take-private)\s+of|(?:offer|bid|proposal)\s+for)\s+(?:[\w&.'’-]+\s+|\([^()]{1,30}\)\s+){1,6}?(?:led\s+)?by\b/gi,
    needs: ['takeover', 'buyout', 'acquisition', 'purchase', 'take-private', 'offer', 'bid', 'proposal'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "a recommended cash offer by Y for X" (UK style): the bidder named inside the offer, then its target.
    // The word first, then the look back: a look-behind tried at every position of every sentence is slow.
    re: /\bfor(?<=\b(?:offer|bid|proposal)\s+by\s+(?:[\w&.'’-]+\s+|\([^()]{1,30}\)\s+){1,6}?for)\b(?=\s+(?:the\s+)?[A-Z])/g,
    needs: ['offer', 'bid', 'proposal'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "X said it had received a possible offer from Y": Y bids for X itself. An offer for one of its units
    // is another deal, and a proposal "to merge", "to split the company" or "to invest" no takeover. Bids
    // received are as often an auction's for an asset, and an approach only interest: not read here.
    re: /\b(?:received|receives|has received|had received)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:takeover\s+|buyout\s+|acquisition\s+)?(?:offer|proposal)\s+from\b(?![^.;]{0,80}?\b(?:for|to\s+buy|to\s+acquire)\s+(?:its|their|a|an|the|some|part)\b)(?!\s+(?:[A-Z][\w&.'’-]*\s+|(?:plc|ltd|inc\.?|llc)\s+){1,5}to\s+(?!(?:acquire|buy|take|purchase)\b))/gi,
    needs: ['offer', 'proposal'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "X accepted a sweetened $1.2 billion offer from Y": Y buys X.
    re: /\b(?:accepted|accepts|agreed to|backed|recommended|recommend|endorsed)\s+(?:an?\s+|the\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:offer|bid|proposal|approach)\s+from\b/gi,
    needs: ['offer', 'bid', 'proposal', 'approach'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "NextEra is adding Ashcroft Solar to its stable in a $720 million deal": a company added to an
    // owner's group is bought.
    re: /\b(?:is adding|are adding|adds|added|will add|to add)\b(?=\s+[A-Z](?:[^.;]|\.(?=\d)){1,120}?\bto (?:its|their) (?:stable|portfolio|family|lineup|roster|group)\b)/g,
    needs: ['stable', 'portfolio', 'family', 'lineup', 'roster', 'group'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "X is now the owner of Y", "became the sole owner of Y": a change of hands told as done.
    re: /\b(?:is\s+now|are\s+now|became|has\s+become|have\s+become|now\s+becomes?)\s+the\s+(?:new\s+|sole\s+|full\s+)?owners?\s+of\b/gi,
    needs: ['owner'],
    type: 'acquisition',
    shape: 'actor-object',
    status: 'completed',
  },
  {
    // Every form of an acquiring verb ("would buy", "is nabbing", "has snapped up"; not "took over as
    // CEO" or "picked up coverage"), and the nouns and phrases of a takeover.
    re: new RegExp(
      String.raw`\b(?:(?:${activeForms(ACQUIRE_VERBS)})(?!\s+(?:as|from|in|coverage|steam|pace|momentum|the tab|speed|where|(?:[\w$€£.,-]+\s+){0,3}?(?:backing|funding|financing|investment)\s+from)\b)|(?:buy|acquire|purchase)(?<=\b${ENABLING_VERBS}\s+(?:[A-Z][\w&.'’-]*\s+|\([^()]{1,30}\)\s+){1,6}(?:buy|acquire|purchase))|swooped on|takeover of|take-private of|pick-?up of|(?:acquisition|purchase|buyout) of|(?:bid|offer|deal) (?:for|to buy|to acquire)|pursuit of|won the (?:auction|bidding|bidding war|battle|contest|race|fight|takeover battle) for|outbid (?:[\w&.'’-]+ ){1,5}?for|tender offer for (?:all (?:of )?)?(?:the )?(?:outstanding )?(?:(?:shares|stock) of)?)\b`,
      'gi',
    ),
    type: 'acquisition',
    shape: 'actor-object',
    first: new RegExp(String.raw`\b(?:${headWords(ACQUIRE_VERBS)})|${ACQUIRE_NOUNS.join('|')}`, 'i'),
    // The words of `first`, for the cheaper look before it.
    needs: [...headWordList(ACQUIRE_VERBS), ...ACQUIRE_NOUNS],
  },
  {
    // "starting with four Virginia plants it bought from Dominion Energy in 2019": assets named before the
    // buyer's verb, the seller after it (the verb cue below leaves "bought from" alone).
    re: new RegExp(
      String.raw`(?<=${ASSETS_THEN_BUYER})(?:bought|acquired|purchased)(?=\s+from\s+[A-Z])`,
      'gi',
    ),
    needs: ['bought', 'acquired', 'purchased'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "since its big fleet purchase from Euronav in 2023": the noun of a purchase with its seller after
    // "from" and what was bought before it; the buyer is the possessive's owner.
    re: /(?<=\b(?:its|their|[A-Z][\w&.-]*['’]s?)\s+(?:[\w$€£¥.,-]+\s+){0,4}?)(?:purchase|acquisition)(?=\s+from\s+(?:the\s+)?[A-Z])/g,
    needs: ['purchase', 'acquisition'],
    type: 'acquisition',
    shape: 'actor-object',
  },
  {
    // "X agreed to sell itself to Y", "X will become a unit of Y": the subject is bought whole. ("X is
    // being sold to Y" stays a sale: X is as often a parent's unit.)
    re: /\b(?:(?:sell|sells|selling|sold)\s+(?:itself|themselves)\s+to|(?:become|becomes|became|will become)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|division)\s+of)\b/gi,
    needs: ['itself', 'themselves', 'become', 'became'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "Pipestone Valley Medical signed a letter of intent to join Avera Health.", "we're joining Atlassian":
    // joining a company whole, the name and then the clause's end (not "joined X in backing…").
    re: /\b(?:(?:agreed|agrees|agreement|intent|plans?|is set|will|would|to)\s+(?:to\s+)?join|is joining|are joining|['’]re joining|has joined|joins)(?=\s+(?:[A-Z][\w&.'’-]*\s+){0,4}?[A-Z][\w&.'’-]*(?:\s*[.;]|,\s+(?:a|an|the|which|pending|subject)\b|\s+(?:in a (?:deal|transaction|merger|combination)|as (?:part|a unit|a subsidiary)|once|after|pending|under)\b))/gi,
    needs: ['join'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    // "X agreed to merge into Y": X is folded into Y, which buys it. ("Folded into" itself is left out:
    // it far more often tells a reorganisation, "folded into Google Cloud", than a buyer.)
    re: /\b(?:merg(?:e|es|ed|ing)|be merged)\s+into\b/gi,
    needs: ['merg'],
    type: 'acquisition',
    shape: 'object-actor',
  },
  {
    re: /\b(?:agreed to merge with|(?:agreed|agree|agrees|plan|plans|planning|set|sets|agreement|deal|pact) to merge\b|will merge\b|to merge with|will merge with|merg(?:e|es|ed|ing) with|merger with|combin(?:e|es|ed|ing) with|(?:agreed|agree|agrees|plan|plans|planning|set|sets|agreement|deal|pact) to combine\b(?!\s+(?:their|its)\b)|(?:will|would) combine\b(?!\s+(?:their|its)\b)|(?:are|were)\s+(?:now\s+)?(?:combining|merging)\b(?!\s+(?:their|its|with)\b)|would merge\b|combination with|merger of|merger between|merger agreement with|all-stock merger|mega-merger|merger)\b/gi,
    needs: ['merg', 'combin'],
    type: 'merger',
    shape: 'mutual',
  },
  {
    re: new RegExp(
      String.raw`\b(?:(?:completed|closed|finalized|announced|agreed)?\s*(?:the )?sale of|agreed to sell|(?:plans|plan|set|moved) to sell|to sell|will sell|sell(?:s|ing)?|sold|divest(?:s|ed|ing|iture of|iture|ment of|ment)?|${activeForms(SELL_VERBS)}|dispos(?:e|al) of|carve-?out of|(?:spin(?:s|ning)? off|spun off)(?![^.;]*\b(?:shareholders|stockholders|separately (?:listed|traded)|separate (?:public|listed|publicly traded) company|tax-free)\b))\b`,
      'gi',
    ),
    needs: ['sale', 'sell', 'sold', 'divest', 'dispos', 'carve', 'spin', 'spun', ...headWordList(SELL_VERBS)],
    type: 'divestiture',
    shape: 'seller-to-buyer',
  },
  {
    // "Ostrava Capital wrote a $20 million check to Nimbus Compute": money put into the company.
    re: /\b(?:wrote|cut)\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:check|cheque)\s+(?:to|for|into)\b/gi,
    needs: ['check', 'cheque'],
    type: 'investment',
    shape: 'investor-investee',
    status: 'completed',
  },
  {
    re: /\b(?:invest(?:s|ed|ing)?\b(?:(?:[^.;]|\.(?=\d)){0,40}?)\bin|investment in|spend(?:s|ing)?\b(?:(?:[^.;,]|\.(?=\d)){0,40}?)\bon|led (?:a|the)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:(?:(?:funding|financing|investment|series [a-z]|seed|growth|equity) )?round|series [a-z]|seed (?:round|financing)|(?:private |equity )?placement) (?:in|for|of|into)(?!\s+(?:(?:early|late|mid-?)\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:19|20)\d\d))|(?:funding|financing) round (?:in|for))\b/gi,
    needs: ['invest', 'spend', 'led a', 'led the', 'round'],
    type: 'investment',
    shape: 'investor-investee',
  },
  {
    // "after cloud provider Y placed an order worth $700 million": Y buys from the sentence's subject;
    // "X has reserved 11 turbines from Y", "X chartered two tankers from Y": X buys from Y.
    re: /\b(?:(?:placed|places|placing|firmed up|firms up|firming up|finali[sz]ed|booked)\s+(?:an?\s+|its\s+)?(?:[\w$€£.,-]+\s+){0,3}?orders?|(?:ordered|reserved|booked|chartered)(?=\s+(?:[\w$€£.,-]+\s+){1,8}?from\s))\b/gi,
    needs: ['order', 'reserved', 'booked', 'chartered'],
    type: 'contract',
    shape: 'order-placer',
  },
  {
    re: new RegExp(
      String.raw`\b(?:(?:string|series|slew|number|run) of (?:[\w-]+ ){0,3}contracts\s*\(|contracts?\s+(?:with|from)|(?:won|wins|win|winning|secured|secures|securing|landed|lands|landing|awarded|received|receives|signed|signs|inked|inks|bagged|bags|clinched|clinches|nabbed|nabs|snagged|snags|scored|scores)\b(?:[^.;]|\.(?=\d|[A-Z]\.|\s[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?(?:contract|order|deal)s?\b)){0,60}?\b(?<!(?:licen[cs]ing|partnership|collaboration|merger|distribution)[\s-])(?:(?:sub)?contract|order|deal(?!s?\s+(?:to\s+(?:buy|acquire|purchase|take)\b|for\b|to\s+(?:sell|merge|combine)\b|with\s+[^.;]{0,60}?\b(?:to\s+(?:buy|acquire|purchase|take\s+over|sell|merge|combine|(?:jointly\s+)?(?:${JOINT_AIMS}))|under\s+which\s+(?:it|they)\s+(?:will|would)\s+(?:buy|acquire|sell|merge))\b))|(?:power[- ]purchase|supply|offtake|services|wholesale|hosting|cloud|lease|leasing) agreement)s?\b(?:\s+(?:with|from|by))?|contract awards? from)`,
      'gi',
    ),
    needs: ['contract', 'order', 'deal', 'agreement'],
    type: 'contract',
    shape: 'contract-list',
  },
  {
    re: /\b(?:agreed|teamed up|signed an agreement|signed a deal|(?:is|are|was|were|will be|has been|have been) working) with\b(?:[^.;]|\.(?=\d)){0,60}?\bto (?:jointly )?(?:develop|build|design|make|produce|market|sell|offer|distribute|co-develop)\b|\b(?:jointly develop|co-develop)\b/gi,
    needs: [
      'agreed with',
      'teamed up with',
      'signed an agreement with',
      'signed a deal with',
      'working with',
      'jointly develop',
      'co-develop',
    ],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // Every form of a verb of working together: "teams with", "has allied with", "is collaborating with".
    re: new RegExp(String.raw`\b(?:${activeForms(PARTNER_VERBS)})\s+with\b`, 'gi'),
    type: 'partnership',
    shape: 'mutual',
    first: new RegExp(String.raw`\b(?:${headWords(PARTNER_VERBS)})\b[^.;]*\bwith\b`, 'i'),
    needs: headWordList(PARTNER_VERBS),
  },
  {
    // "poured $2 billion into X", "bets $500 million on X": money put into a company.
    re: new RegExp(
      String.raw`\b(?:${activeForms(FUND_VERBS)})\s+(?:(?:about|roughly|nearly|almost|more than|over|up to|another|an additional|a further)\s+)?${MONEY}\s+(?:more\s+)?(?:into|in|on)\b`,
      'gi',
    ),
    type: 'investment',
    shape: 'investor-investee',
    first: new RegExp(String.raw`\b(?:${headWords(FUND_VERBS)})\s+(?:\S+\s+){0,2}?\S*\d`, 'i'),
    needs: headWordList(FUND_VERBS),
  },
  {
    // "Volkswagen committed up to $5.8 billion to Rivian": money pledged to a company.
    re: new RegExp(
      String.raw`\b(?:committed|commits|commit|pledged|pledges|pledge)\s+(?:(?:about|roughly|nearly|more than|over|up to|another|an additional)\s+)?${MONEY}\s+to(?=\s+(?:[\w-]+\s+){0,2}?[A-Z])`,
      'g',
    ),
    needs: ['commit', 'pledg'],
    type: 'investment',
    shape: 'investor-investee',
  },
  {
    re: /\b(?:\s*(?:joint venture|partnership|alliance|collaboration)\s+(?:(?:that|which)\s+)?(?:it|they)\s+(?:formed|set up|created|launched|struck|signed|entered into)\s+with|partnerships? with|partnership between|alliances? with|collaborat(?:e|es|ed|ing|ion|ions) with|cooperat(?:e|es|ed|ing|ion) with|(?:memorandum of understanding|MoU)(?: with)?|team(?:ed|s|ing)? up(?: with)?|join(?:ed|s|ing)? forces(?: with)?|joint venture with|tie-up with|integration with|teaming agreement with|strategic agreement with|(?:co-development|co-marketing|marketing|co-selling|development|research|licensing|co-promotion|distribution|technology|commercialization|commercialisation)\s+(?:deal|agreement|pact)s?\s+with|(?:strategic|multi-year|global|expanded|commercial)?\s*(?:partnership|alliance|collaboration|integration(?!\s+(?:of|costs?|charges?|expenses?|work|efforts?|process|plans?|risks?|teams?|problems?|issues?|difficult\w*|challenges?|troubles?|hiccups?|headaches?|delays?|hurdles?|setbacks?|synerg\w*|period|phase|planning|progress|milestones?|experience|track\s+record)\b)|joint venture))\b/gi,
    needs: [
      'partnership',
      'alliance',
      'collaborat',
      'cooperat',
      'memorandum',
      'mou',
      'team',
      'forces',
      'joint venture',
      'tie-up',
      'integration',
      'agreement',
      'deal',
      'pact',
    ],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "inked a pact with X to market its biosimilars in Europe": an agreement to sell, make or develop
    // something together is a partnership (one "to supply" or "to build" stays a contract).
    re: new RegExp(
      String.raw`\b(?:signed|signs|inked|inks|struck|strikes|sealed|seals|entered into|enters into|reached|reaches)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:pact|agreement|deal|accord)\s+with(?=\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:\([^)]{1,30}\)\s+)?to\s+(?:jointly\s+)?(?:${JOINT_AIMS}|combine)\b)`,
      'g',
    ),
    needs: ['pact', 'agreement', 'deal', 'accord'],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "Under the agreement, Tessaly will distribute Orrin Bio's allergy drugs": one firm sells another's
    // products for it, a partnership.
    re: /\b(?:will|to|would|shall|is to)\s+(?:exclusively\s+|jointly\s+|also\s+)?(?:distribute|co-promote|commerciali[sz]e|co-market)\b(?=\s+(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*['’]s?\s)/g,
    needs: ['distribute', 'co-promote', 'commercialise', 'commercialize', 'co-market'],
    type: 'partnership',
    shape: 'mutual',
  },
  {
    // "its Splunk purchase", "Cisco's $28 billion Splunk takeover": the bought company named before the noun.
    re: /\b(?:acquisition|purchase|takeover|buyout|pickup)\b(?!\s+(?:of|by|from|for|price|prices|offers?|agreement|talks|bids?|targets?|spree|strateg(?:y|ies)|costs?|deal|vehicle|premium|terms|financing|loans?|debt|accounting|programm?e?|plans?|activity|market|record|history|interest|capacity|firepower|opportunit(?:y|ies)|obligations?|commitments?|rights?|options?|orders?|volumes?)\b)/gi,
    needs: ['acquisition', 'purchase', 'takeover', 'buyout', 'pickup'],
    type: 'acquisition',
    shape: 'named-before-noun',
  },
  {
    // "X raised $85 million. Kleiner Perkins led, joined by A", "Y led the round": the lead of a round
    // told just before (a round "in X" names its own company: the investment cue). After the other cues,
    // so a round drafted in the same sentence is there to join.
    // "Greylock led its $38 million Series A in 2023", "led a $120 million Series B in March 2025": a
    // round of the company just told, a date after "in" being no company.
    re: /\b(?:co-)?led(?:(?=\s*[,.;])|\s+(?:the|this|that|its|their|an?)\s+(?:[\w$€£.,'’-]+\s+){0,3}?(?:round|financing|raise|series [a-h]|seed)\b(?!\s+(?:(?:in|for|of|into)\b(?!\s+(?:(?:early|late|mid-?)\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:19|20)\d\d))|led by\b)))/gi,
    needs: ['led'],
    type: 'investment',
    shape: 'round-lead',
    equity: true,
  },
  {
    // "ASML led Mistral's €1.7 billion round last year": the lead puts money in the company named by the
    // possessive.
    re: /\b(?:co-)?led(?=\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+(?:[\w$€£.,-]+\s+){0,3}?(?:round|financing|raise|[Ss]eries [A-H]|seed)\b)/g,
    needs: ['led'],
    type: 'investment',
    shape: 'investor-investee',
    equity: true,
    status: 'completed',
  },
  {
    // "the custom chip agreement Broadcom signed with OpenAI in 2025": an agreement told before the pair
    // that signed it, a partnership unless a deal of theirs of another kind is told.
    re: /\b(?:partnership|alliance|collaboration|agreement|pact)\s+(?:that\s+|which\s+)?(?=(?:[A-Z][\w&.'’-]*\s+){1,3}(?:\([^()]{1,30}\)\s+)?(?:signed|struck|inked|reached|formed)\s+with\s+(?:[\w-]+\s+){0,2}?[A-Z])/g,
    needs: ['partnership', 'alliance', 'collaboration', 'agreement', 'pact'],
    type: 'partnership',
    shape: 'mutual',
    weakType: true,
  },
  {
    // "Cadence and Wabtec have signed a three-year agreement under which Wabtec will market…": an
    // agreement two firms signed is a partnership, unless a deal of theirs of another kind is told,
    // which it then joins (money, work and disputes have agreements that are no tie).
    re: /\b(?:signed|signs|inked|struck|entered into|reached)\s+(?:a|an)\s+(?!(?:[\w$.,-]+\s+){0,3}?(?:definitive|credit|loan|lending|lease|settlement|non-disclosure|nondisclosure|confidentiality|standstill|voting|support|cooperation|employment|separation|severance|consulting|plea|bargaining|labou?r|tax|purchase|merger|sale|supply|services|license|licence|licensing)\b)(?:[\w$.,-]+\s+){0,3}?(?:agreement|pact)\b(?!\s+(?:to|for|with|on|over)\b)/gi,
    needs: ['agreement', 'pact'],
    type: 'partnership',
    shape: 'mutual',
    weakType: true,
  },
  {
    // "Jera and Woodside signed a 20-year supply deal": a pair's contract told without "with".
    re: /\b(?:signed|signs|inked|struck|entered into|reached)\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:supply|offtake|sourcing|power[- ]purchase)\s+(?:agreement|contract|deal|pact)\b(?!\s+(?:with|to|for)\b)/gi,
    needs: ['supply', 'offtake', 'sourcing', 'purchase'],
    type: 'contract',
    shape: 'mutual',
  },
  {
    // "struck a same-day delivery tie-up": a partnership, unless the same firms' takeover is told too
    // ("scrap £2.4bn dairy tie-up" over a called-off takeover), which it then joins.
    re: /\btie-ups?\b(?!\s+(?:with|between)\b)/gi,
    needs: ['tie-up'],
    type: 'partnership',
    shape: 'mutual',
    weakType: true,
  },
  {
    // "The offer values X at…", "Larkmont's bid, worth…": an offer or bid named as a thing (after a
    // determiner or a possessive) is the deal told before; "will offer customers" is a verb.
    re: /\b(?:deal|agreement|pact|tie-up|transaction)s?\b|\b(?:offer|bid)\b(?<=\b(?:the|this|its|their|[a-z][\w&.-]*['’]s?)\s+(?:[\w$£€¥.-]+\s+){0,3}(?:offer|bid))(?!\s+(?:to|for|from|by)\b)/gi,
    needs: ['deal', 'agreement', 'pact', 'tie-up', 'transaction', 'offer', 'bid'],
    type: null,
    shape: 'mutual',
  },
];
export const GENERIC_CUE = CUES[CUES.length - 1]!;

/** A bare deal noun ("partnership", "merger", no "with"/"between") led by "the/this" or ", a" ("their merger" is theirs). */
export function refersBack(t: string, cueStart: number, cueEnd: number): boolean {
  const cueText = t.slice(cueStart, cueEnd);
  if (
    /\b(?:with|between|of)\b/i.test(cueText) ||
    /^\s*(?:with|between|of|to)\b/i.test(t.slice(cueEnd)) ||
    !/(?:partnership|alliance|collaboration|integration|joint venture|merger|tie-up)$/i.test(cueText)
  )
    return false;
  const before = t.slice(Math.max(0, cueStart - 100), cueStart);
  // "the Skydance-Paramount merger": a hyphen pair of names tells whose deal it is.
  if (/\b[A-Z][\w&.'’]*-[A-Z][\w&.'’]*\s+$/.test(before)) return false;
  // "formed Furrowline Data, a 50-50 joint venture": the apposition names a venture just formed.
  if (
    /\b(?:formed|form|forms|forming|created|create|set up|launched|established)\s+[^,;]{1,60},\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(
      before,
    )
  )
    return false;
  return /(?:\b(?:the|this|that)|,\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}$/i.test(before.slice(-40));
}

/** Every word some cue needs. */
const NEEDED = [...new Set(CUES.flatMap((c) => c.needs ?? []))];
/**
 * For each needed word, the cues it lets through: those needing it or a shorter word it starts with
 * ("investors" holds "invest" too).
 */
const CUES_LET_THROUGH = new Map(
  NEEDED.map((w) => [w, CUES.flatMap((c, i) => (c.needs?.some((n) => w.startsWith(n)) ? [i] : []))]),
);
/** All needed words as one look-ahead factored letter by letter, so one pass finds every one. */
const NEEDED_AT = new RegExp(`(?=(${letterTrie(NEEDED)}))`, 'g');

/**
 * The cues worth trying on a sentence (lower-cased), in table order: those without `needs`, and those
 * whose needed words it holds. One pass finds the words: at each position the look-ahead takes the
 * longest word there, and any shorter word found at the same position is a prefix of it.
 */
export function cuesFor(lowerCased: string): Cue[] {
  const open = CUES.map((c) => !c.needs);
  NEEDED_AT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEEDED_AT.exec(lowerCased))) {
    for (const i of CUES_LET_THROUGH.get(m[1]!)!) open[i] = true;
    NEEDED_AT.lastIndex = m.index + 1;
  }
  return CUES.filter((_, i) => open[i]);
}

/** Literal words as one alternation, a letter at a time, longest first where one word extends another. */
function letterTrie(words: string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) if (w) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
  const alts = [...byFirst].map(
    ([c, rests]) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&') + letterTrie(rests),
  );
  if (!alts.length) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  return words.includes('') ? `(?:${body})?` : body;
}

/**
 * A cheap first look: a sentence holding none of the words any cue needs cannot hold a deal cue. It is
 * built from the cues' own `needs`, so a new cue's words pass it without a second list to keep.
 */
export const ANY_CUE = new RegExp(letterTrie(NEEDED), 'i');
