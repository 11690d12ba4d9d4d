/**
 * How a deal stands, as a sentence tells it: terminated, completed, rumoured, pending or merely
 * announced, and whether the text says so explicitly (an explicit status wins when mentions merge).
 */
import {
  ACQUIRE_VERBS,
  FUND_VERBS,
  participleForms,
  pastForms,
  perfectForms,
  SELL_VERBS,
} from '../../verbs.js';
import type { Status } from './types.js';

/** A purchase, sale or investment told in the past tense: "bought", "snapped up", "sold", "poured". */
// "bet" is a noun as often as a past tense ("making its biggest bet yet"): only "bet $2 billion on", "bet big".
const PAST_DEAL = String.raw`${pastForms([...ACQUIRE_VERBS, ...SELL_VERBS, ...FUND_VERBS.filter((v) => v.base !== 'bet')])}|(?<!\b(?:a|an|the|its|their|his|her|our|this|that|[a-z]+est)\s+)bet(?=\s+(?:about\s+|some\s+)?(?:[$€£¥]|US\$|big\b|heavily\b|on\b))`;
// "under an agreement signed in 2023", "announced a supply deal in 2024": an agreement dated in the past.
const HAS_PAST_DEAL = new RegExp(
  String.raw`\b(?:${PAST_DEAL}|paid|invested|took|agreed|licen[cs]ed|signed|struck|inked|formed|reached|announced|entered|committed|pledged)\b`,
  'i',
);
/** "Its $975 million purchase of Loom last year": a deal named by its noun, dated in the past. */
const NAMED_DEAL = /\b(?:acquisition|purchase|takeover|buyout|merger with|sale) of\b/i;
/** "Tamsin led a $150 million round in X": a round led is a round raised; "X merged with Y": done. */
const DONE_PAST = new RegExp(
  String.raw`\b(?:${PAST_DEAL}|(?:was|were)\s+(?:${participleForms(ACQUIRE_VERBS)}|taken private)\s+by|${perfectForms([...ACQUIRE_VERBS, ...SELL_VERBS])}|(?:took|(?:has|have) taken) (?:an?|its|a \d+(?:\.\d+)?%) (?:[\w-]+ )?stake|invested|paid\s+(?:about\s+|roughly\s+|some\s+)?(?:[$€£¥]|US\$)[\d.,]+\s*(?:billion|million|bn|m)?\s+for|(?:was|were)\s+led\s+by|(?:raised|secured|landed|locked up|nabbed|snagged|banked|pulled in|brought in|closed|received)\s+(?:an?\s+)?(?:[\w$€£¥.,-]+\s+){0,4}?(?:round|series [a-z]|funding|financing|seed|investment)|led\s+(?:an?|the|its)\s+(?:[\w$€£¥.,-]+\s+){0,4}?(?:round|placement)|merged\s+with|(?:participated|took\s+part)\s+in)\b`,
  'i',
);
/** "is being bought", "will be sold": not done, whatever the tense of the participle. */
const PASSIVE_TO_COME = new RegExp(
  String.raw`\b(?:being|be)\s+(?:${participleForms([...ACQUIRE_VERBS, ...SELL_VERBS])})\b`,
  'i',
);

const EXISTING_TIE =
  /\b(?:(?:agreement|contract|deal|partnership|pact|alliance|lease)\s+(?:with\s+[^.;,]{1,60}?\s+)?(?:runs|lasts|extends|is in place|remains in (?:place|force)|expires)\s+(?:through|until|till|to|in)\s+(?:19|20)\d\d|(?:has|have|had)\s+(?:also\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration|agreement|joint venture|supply deal|contract)|(?:has|have|had)\s+(?:also\s+)?(?:[\w-]+\s+){0,2}?(?:partnerships|alliances|collaborations|agreements)\s+with|(?:long-running|long-standing|longstanding|long-time|longtime|existing|ongoing|decade-long|years-long|current)\s+(?:[\w-]+\s+){0,2}?(?:partnership|alliance|collaboration|agreement|relationship|joint venture|program|partner))\b/i;

/** "if completed", "once it is approved", "after the deal is completed", "unless terminated": how a deal would stand, not how it stands. */
const CONDITION =
  /\b(?:after|before)\s+(?:it\s+is|the\s+(?:deal|merger|transaction|acquisition|takeover|purchase|sale)\s+is)\s+(?:completed|closed|consummated|finali[sz]ed|approved)\b|\b(?:after|before)\s+the\s+(?:deal|merger|transaction|acquisition|takeover|purchase|sale)\s+(?:closes|completes)\b|\b(?:if|once|when|unless|until)\s+(?:it\s+is\s+|it['’]s\s+|they\s+are\s+|the\s+(?:deal|merger|transaction|acquisition|takeover)\s+(?:(?:is|was)\s+)?)?(?:completed|closed|consummated|finali[sz]ed|approved|terminated|blocked)\b|\b(?:termination|break(?:-?up)?)\s+fees?\b|\b(?:if|unless|should)\s+(?:it|they|either\s+\w+|the\s+\w+|[A-Z][\w&.-]*)\s+(?:ends|terminates|walks\s+away\s+from|abandons|calls\s+off|scraps|backs\s+out\s+of|pulls\s+out\s+of)\s+(?:the|its|their)\s+(?:deal|agreement|merger|transaction|acquisition|offer|bid)\b/gi;

const UP_FOR_SALE = /\b(?:put|puts|putting)\s+(?:its|their|the)\s+[^.;]{1,60}?\s+up\s+for\s+sale\b/gi;

/**
 * "The acquisition builds on Graco's purchase of Gellert Dispensing in 2025": a sentence about one deal
 * that names an earlier one. The earlier deal's words (and its year) are blanked, the length kept so
 * every offset still holds.
 */
const OTHER_NAMED_DEAL =
  /\b(?:['’]s|its|their)\s+(?:[\w$€£¥.,-]+\s+){0,4}?(?:acquisition|purchase|takeover|buyout)\s+of\b[^.;]*/gi;
export const withoutOtherNamedDeals = (text: string): string =>
  text.replace(OTHER_NAMED_DEAL, (m) => ' '.repeat(m.length));

/** The text without the conditions it states ("if completed", "if the deal closed", a termination fee). */
export const withoutConditions = (text: string): string => text.replace(CONDITION, ' ');

/** "won the battle for X after rival Y withdrew": a rival bidder's exit ends no deal of the winner's. */
const RIVAL_BOWED_OUT =
  /\b(?:after|when|as)\s+(?:a\s+|the\s+)?(?:rival|competing|other)\s+(?:bidder\s+|suitor\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:withdrew|pulled out|dropped out|bowed out|walked away|backed out)\b/g;

/** "is expected to be completed in the first half", "should be closed by March": a closing still to come. */
const CLOSING_TO_COME =
  /\b(?:to|will|would|should|could|must|may|might)\s+(?:now\s+|still\s+|then\s+)?be\s+(?:fully\s+)?(?:completed|closed|finali[sz]ed|consummated|wrapped up)\b/gi;

const UNNAMED_SOURCES =
  /\b(?:reportedly|according to (?:people|sources|a person|persons|two people|three people)|(?:people|persons?|sources?) (?:familiar|close|briefed|with knowledge)|(?:people|sources) said)\b/i;

export function statusOf(text: string): { status: Status; explicit: boolean } {
  // "The HSR waiting period was terminated early": an antitrust clearance, not a deal ended.
  // "The deal, if completed, would…", "a termination fee if the deal is blocked": a condition, not a closing
  // or an end. "has put its unit up for sale": a sale weighed.
  const t = withoutConditions(
    /\bwaiting period\b/i.test(text) ? text.replace(/\bterminat(?:ed|ion)\b/gi, 'ended') : text,
  )
    .replace(UP_FOR_SALE, 'is weighing a sale')
    .replace(RIVAL_BOWED_OUT, ' ')
    .replace(CLOSING_TO_COME, ' ');
  if (
    /\b(terminat(?:ed|es|ion|e)|dropped (?:its|their|the) (?:[\w$.-]+ )?(?:bid|offer|pursuit|plan|deal|takeover|approach)|call(?:ed|s)? off|scrap(?:ped|s)|abandon(?:ed|s)|walk(?:ed|s)? away|(?:dropped|pulled|backed|bowed) out|hand(?:ed|s)? (?:[\w-]+ ){0,3}?back|end(?:ed|s)\s+(?:(?:their|its|the)\s+)?(?:[\w-]+\s+)?(?:talks|discussions|negotiations)|end(?:ed|s|ing)\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:agreement|deal|collaboration|partnership|alliance|merger|pact)|(?:will|would|did|does) not proceed with|(?:decided|agreed|chose) not to proceed|(?:let|allow|allowed)\s+(?:its|their|the)\s+(?:[\w$.,-]+\s+){0,3}?(?:offer|bid)\b[^;]{0,60}?\blapse|(?:offer|bid)\s+(?:for\s+(?:[\w&.'’-]+\s+){1,4})?(?:has\s+|had\s+)?lapsed|returned (?:the|its|all) (?:[\w-]+\s+)?rights|(?:talks|discussions|negotiations)\s+(?:(?:with|between)\s+(?:[\w&.'’-]+\s+){1,4}?)?(?:have\s+|had\s+)?(?:fell apart|fallen apart|collapsed|broke down|broken down|fizzled|ended)|collaps(?:ed|es)|fell through|(?:deal|merger|transaction|takeover|acquisition|agreement|sale|combination)\s+(?:later\s+|eventually\s+|ultimately\s+|then\s+)?(?:fell apart|unravell?ed|came apart|died)|blocked|withdr(?:ew|awn)|cancel(?:l?ed|s)|(?:was|were|has been|had been)\s+rejected|(?:board|shareholders|holders|directors)\s+(?:\w+\s+)?(?:rejected|spurned|rebuffed|turned down)\s+(?:it|the\s+(?:[\w$.,-]+\s+){0,2}?(?:bid|offer|approach|proposal))\b|(?:bid|offer|takeover|merger|approach)\b[^.;]{0,60}?\bfailed\b(?!\s+to\b))\b/i.test(
      t,
    )
  )
    return { status: 'terminated', explicit: true };
  if (
    (HAS_PAST_DEAL.test(t) ||
      (NAMED_DEAL.test(t) && !/\b(?:expected|still|yet|approvals?|set to)\b/i.test(t))) &&
    /\b(last year|years? ago|in (?:19|20)\d\d|earlier this year|last (?:month|quarter|spring|summer|fall|autumn|winter)|closed in|was completed)\b/i.test(
      t,
    ) &&
    !/\b(will|expects?|plans?|pending|awaiting)\b/.test(t)
  )
    return { status: 'completed', explicit: true };
  if (
    /\b(completed|completes|finished (?:the|its)|finishes (?:the|its)|closed (?:the|its|on|in)(?! books\b)|closes (?:the|its)(?! books\b)|has closed|finali[sz]ed(?! (?:the |its )?terms\b)|wrapped up|consummated|has acquired|have acquired|now owns|in (?:a|an|its|the) (?:19|20)\d\d (?:funding|financing|investment|series [a-z]|seed)|closed\s+(?:an?|its|their)\s+(?:[\w$€£¥.,-]+\s+){0,5}?(?:round|financing|funding|raise|series [a-z]|seed|deal|acquisition|purchase|sale|transaction)|(?:already\s+)?(?:owns|holds|owned|held|disclosed|amassed|has built|built)\s+(?:an?\s+|its\s+)?(?:[\w%$€£.,-]+\s+){0,3}?(?:stake|holding|shareholding|interest)|(?:raised|increased|lifted|boosted|upped|built up)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:stake|holding|shareholding|interest)\s+in|already\s+(?:has|had)\s+(?:an?\s+|its\s+)?(?:[\w%$€£.,-]+\s+){0,3}?(?:stake|holding|shareholding|interest)(?:\s+of\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?(?:[\d.]+%|(?:[$€£¥]|US\$)[\d.,]+\s*(?:billion|million|bn|m)?))?\s+in|acquired .{0,40}\b(?:in|last) (?:19|20)\d\d|(?:bought|acquired) .{0,40}\b(?:last|earlier) (?:year|month)|exited (?:its|their) (?:[\w%.-]+ ){0,2}?(?:stake|holding|shareholding|investment|position)|after (?:buying|acquiring)|after (?:completing|closing) (?:its|their) (?:[\w$€£¥.,-]+ ){0,4}?(?:purchase|acquisition|takeover|buyout) of|sealed (?:its|their) (?:[\w$€£¥.,-]+ ){0,4}?(?:takeover|acquisition|purchase|buyout|merger)|(?:['’]s(?: \([^)]{1,30}\))?|the|its|their) (?:19|20)\d\d (?:acquisition|purchase|takeover|buyout) of|(?:['’]s|its|their) (?:19|20)\d\d (?:[\w-]+ )?(?:collaboration|partnership|alliance|joint venture|licensing deal|licensing agreement|tie-up) with|(?:under|through|via) (?:an?|the|its|their) (?:19|20)\d\d (?:[\w-]+ )?(?:agreement|deal|partnership|contract|pact|alliance|collaboration|license|licence)|(?:after|since|following) (?:its|their) (?:[\w$.,-]+ ){0,4}?(?:purchase|acquisition|takeover|buyout) of)\b/i.test(
      t,
    )
  )
    return { status: 'completed', explicit: true };
  // "X also has an integration agreement with Y", "its long-running collaboration with Y": a tie in place.
  if (EXISTING_TIE.test(t) && !/\b(?:will|plans?|expects?|would)\b/.test(t))
    return { status: 'completed', explicit: true };
  // A past-tense purchase, sale or stake told without any agreement or plan ("Stellantis took a stake
  // in Factorial", "since it bought Veoneer's unit"): done. The words of a plan count in lowercase only:
  // "Ontario Teachers' Pension Plan" names a buyer, not a plan.
  if (
    DONE_PAST.test(t) &&
    !PASSIVE_TO_COME.test(t) &&
    !/\b(?:agree[sd]?|agreement|will|would|shall|plans?|planned|expects?|expected|pending|awaiting|subject to|to (?:buy|acquire|sell|invest)|offer(?:ed)?|bid|talks|proposed|intends?|aims?)\b/.test(
      t,
    )
  )
    return { status: 'completed', explicit: true };
  const confirmed =
    /(?<!\b(?:be|been)\s)\b(confirmed|announced|unveiled|signed|agreed|said (?:on|in) a statement|press release)\b/i.test(
      t,
    );
  // "Google signed a cloud deal with Meta, according to people familiar with the matter": what unnamed
  // people tell is a report, whatever verb they use, until a company confirms it.
  if (
    UNNAMED_SOURCES.test(t) &&
    !/(?<!\b(?:be|been)\s)\b(?:confirmed|announced|said (?:on|in) a statement|press release|said it|says it)\b/i.test(
      t,
    )
  )
    return { status: 'rumored', explicit: true };
  if (
    /\b(reportedly|reported(?! (?:earnings|results|revenue|profit|a (?:loss|profit)))|according to (?:people|sources|a report|reports|a person)|people (?:familiar|close)|(?:in|entered|holding|held|had held|has held) (?:advanced |early |exclusive |preliminary )?(?:talks|discussions|negotiations)|negotiating\s+(?:to|with|over|for)|(?:a|the) (?:media |news )?report (?:that|from)|reports? that|explor(?:ing|es|ed)|(?:is|are|was|were) (?:looking|seeking) to (?:sell|buy|acquire|offload|divest)|weigh(?:ing|s)|mulling|considering|approached|rumou?r(?:ed|s)?|speculat(?:ion|ed)|front-?runner|(?:seen as|is|as) the favou?rite|in the running|(?:leading|top) contender|shortlisted|short-listed)\b/i.test(
      t,
    ) &&
    !confirmed
  )
    return { status: 'rumored', explicit: true };
  if (
    /\b(pending|awaiting|awaits|still needs|(?:issued|received|got)\s+a\s+second request|(?:still )?waiting for (?:[\w-]+\s+){0,2}(?:clearance|approval|sign-off)|yet to close|subject to (?:regulatory|shareholder) approval|(?:won|wins|received|receives|secured|obtained|got|collected)\s+(?:[\w.-]+\s+){0,2}(?:approvals?|clearances?|sign-off)|clearing the way for|su(?:ed|es|ing) (?:\w+ ){0,2}?to (?:block|stop)|lawsuit (?:seeking )?to block|(?:opened|launched|began) an? (?:in-depth|full-scale|phase 2|second-phase|formal) (?:antitrust )?(?:investigation|probe|review))\b/i.test(
      t,
    ) &&
    // "expected to close … pending approvals", "expects the deal to close …": a deal announced with its timetable.
    !/\b(?:expected|expects?\s+(?:the|its|their|this)\s+(?:[\w-]+\s+)?(?:deal|transaction|acquisition|merger|purchase|sale|takeover|combination))\s+to\s+(?:close|complete)\b/i.test(
      t,
    )
  )
    return { status: 'pending', explicit: true };
  return { status: 'announced', explicit: confirmed };
}

/**
 * The verbs of a contract that is in place: won, awarded (or handed), signed, chosen, reserved or renewed. A contract
 * told with one of them is done, even one a press release "announced".
 */
export const CONTRACT_DONE =
  /\b(?:awarded|handed|gave|won|wins|winning|picked|chose|chosen|selected|tapped|hired|contracted|commissioned|signed|inked|entered into|enters into|secured|securing|landed|landing|received|reserved|ordered|booked|renewed|extended|expanded|named|party to|(?:has|have)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract))\b/i;

/** How far along a deal is: a later mention may only move it forward. */
export const STATUS_RANK: Record<Status, number> = {
  rumored: 0,
  announced: 1,
  pending: 2,
  completed: 3,
  terminated: 4,
};
