/**
 * The early look at a cue, before any party is read: a bare deal noun that points back at a deal
 * already told only reinforces it, and cues about shares, debt, financing, a deal not yet in sight or a
 * stake being sold are no deal of their own.
 */
import { GENERIC_CUE, refersBack, type Cue } from './cues.js';

/**
 * "users of the integration", "a merger that still needs approval": a bare deal noun after "the" or in
 * an appositive points back at a deal already told; it may only reinforce that deal.
 */
export function effectiveCue(t: string, cue: Cue, cueStart: number, cueEnd: number): Cue {
  return cue.shape === 'mutual' && cue.type && refersBack(t, cueStart, cueEnd) ? GENERIC_CUE : cue;
}

/** "the takeover of 100% of the shares of X", "buy all the outstanding stock of X": the whole company. */
export function wholeCompany(t: string, cueEnd: number): RegExpExecArray | null {
  return /^\s*(?:(?:100\s?%|all)\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+|issued\s+)?(?:share capital|shares|stock|equity)\s+(?:of|in)|the\s+(?:rest|remainder)\s+of|the\s+remaining\s+(?:\d+(?:\.\d+)?%\s+)?(?:stake\s+)?(?:of|in))\s+/i.exec(
    t.slice(cueEnd),
  );
}

/** The words of a fund's quarterly holdings report (13F), not a business transaction. */
const PORTFOLIO_TRADE =
  /\b(?:(?:a\s+)?new\s+(?:stake|position)|(?:its|their)\s+(?:position|holdings?)\s+in|(?:stake|position|holdings?)\s+in\s+[^.;]{1,60}?\s+by\s+\d+(?:\.\d+)?%|shares of the (?:company|firm)['’]s stock|filing with the (?:Securities and Exchange Commission|SEC)|13F)(?!\w)/i;

/** The words of a forward-looking-statements disclaimer. */
const SAFE_HARBOR =
  /\b(?:forward-looking statements?|risks and uncertainties|actual (?:results|events) (?:may|could) differ|undue reliance)\b/i;

/** "denied a media report that it was in talks to", "dismissed speculation that": a rumour denied. */
const DENIED_REPORT =
  /\b(?:denied|denies|denying|dismissed|dismisses|refuted|refutes|rejected|rejects)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:reports?|speculation|rumou?rs?|claims?)\b[^.;]{0,70}$/i;
/** "… would make strategic sense": a deal an analyst imagines. */
const WOULD_MAKE_SENSE = /^[^.;]{0,80}?\b(?:would|could|might)\s+(?:also\s+)?make\s+(?:\w+\s+)?sense\b/i;
/** "does not change", "won't affect": what follows is left as it is, not denied. */
const UNTOUCHED = /\b(?:not|n['’]t)\s+(?:change|affect|alter|end|replace)\b/i;
const NEGATED =
  /\b(?:declined|declines|refused|refuses|no (?:plans?|intention|interest)|not|never|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t|isn['’]t|denied|denies|ruled out|rules out)\b(?:\s+[\w'’-]+){0,3}\s*$/i;

const SHARE_COUNT =
  /^\s*(?:about\s+|approximately\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?\d[\d.,]*\s*(?:million\s+|billion\s+)?(?:(?:new|newly[- ]issued|ordinary|common|additional)\s+){0,2}(?:[A-Z][\w&.'’-]*\s+){1,4}(?:shares|stock)\b/;

/** "is considering a possible offer for", "weighing a potential bid for": a bidder making up its mind. */
const WEIGHING_A_BID =
  /\b(?:consider|weigh|mull|explor|evaluat|study|studie|prepar)\w*\s+(?:an?\s+|the\s+)?(?:possible|potential)\s+(?:[\w$€£¥.,-]+\s+){0,2}?(?:offer|bid|takeover|acquisition|approach)\s+(?:for|of)$/i;

/** A holding in a company told earlier in the sentence: "exited its 12% stake in Veltra, selling the shares…". */
const STAKE_TOLD_BEFORE =
  /\b(?:its|their)\s+(?:[\w%.-]+\s+){0,2}?(?:stake|holding|shareholding)\s+in\s+[A-Z][^;]*,\s+$/;

/** The cue is no deal of its own: `whole` is the cue's wholeCompany match. */
export function notADeal(
  t: string,
  cue: Cue,
  cueStart: number,
  cueEnd: number,
  whole: RegExpExecArray | null,
): boolean {
  // Skip cues that talk about shares, debt or buybacks: not business transactions. A count of a named
  // company's shares ("bought 3.6 million newly issued Kelvara shares") is an investment, found by its own cue.
  const tail = t.slice(cueEnd, cueEnd + 60);
  if (
    !whole &&
    (/^\s*(?:[\w$~.,]+\s+){0,4}?(?:of\s+)?(?:its own |their own )?(shares|stock|bonds?|notes|debt|buybacks?|dividends?)\b/i.test(
      tail,
    ) ||
      SHARE_COUNT.test(t.slice(cueEnd, cueEnd + 120))) &&
    cue.type !== 'investment' &&
    // "exited its stake in X, selling the shares to Y": the shares are that stake, and their sale a deal.
    !(cue.shape === 'seller-to-buyer' && STAKE_TOLD_BEFORE.test(t.slice(0, cueStart)))
  )
    return true;
  // "secured a bought-deal equity financing led by two banks": raising money is no customer contract.
  if (
    cue.type === 'contract' &&
    (/\bbought[- ]deal$/i.test(t.slice(Math.max(0, cueStart - 10), cueEnd)) ||
      /^\s*(?:[\w-]+\s+)?(?:financing|offering|placement|loan|credit facility|notes|bonds)\b/i.test(tail))
  )
    return true;
  // "bought a 9.9% stake", "paid $1.9 billion for 20% of X": an investment, found by its own cue.
  if (
    !whole &&
    cue.type === 'acquisition' &&
    (/^\s*(?:[\w$~.,]+\s+){0,3}?(stake|shares|stock)\b/i.test(tail) ||
      // "bought 1.2 million Dunmore Optics (NASDAQ: DNMO) shares": a count of shares, not a company.
      /^\s*(?:[$€£¥]|[A-Z]{1,2}\$)?\d[\d.,]*\s*(?:million\s+|billion\s+)?(?:[^\s.;]+\s+){1,7}?(?:shares|stock)\b/i.test(
        t.slice(cueEnd, cueEnd + 90),
      ) ||
      /^\s*(?:an?\s+)?\d+(?:\.\d+)?%/.test(tail))
  )
    return true;

  // "took over distribution of Celsius drinks": running a partner's business, not buying it.
  if (
    cue.type === 'acquisition' &&
    /\b(?:take|takes|took|taken|taking)\s+over$/i.test(t.slice(cueStart, cueEnd)) &&
    /^\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:distribution|marketing|sales|operations?|management|running|servicing|production)\s+(?:of|for)\b/i.test(
      tail,
    )
  )
    return true;
  // "Takeda pays $120M upfront for Quenwell's antibody": a licence's first payment, found by its own cue.
  if (
    cue.type === 'acquisition' &&
    /\b(?:pay|pays|paid|paying|hand|hands|handed|handing)\b[^.;]{0,40}\b(?:upfront|up-front)\s+(?:payment\s+)?for\b/i.test(
      t.slice(Math.max(0, cueStart - 50), cueEnd + 5),
    )
  )
    return true;
  // "lost a $300 million contract with X to a rival": a contract the subject does not have.
  if (
    cue.type === 'contract' &&
    /\blost\s+(?:an?\s+|the\s+|its\s+)?(?:[\w$€£.,-]+\s+){0,4}$/i.test(
      t.slice(Math.max(0, cueStart - 50), cueStart),
    )
  )
    return true;
  // A safe-harbour paragraph lists risks ("the ability to retain customers of X, capital spending…"), not deals.
  if (SAFE_HARBOR.test(t)) return true;
  // "Vanguard raised its position in X by 3.1% in the second quarter": a fund's portfolio trade.
  if (cue.type === 'investment' && PORTFOLIO_TRADE.test(t)) return true;
  // "declined to buy X", "has no plans to acquire X", "ruled out a bid for X": a deal denied.
  // "does not change X's existing agreement with Y": the deal stands, it is what is left untouched.
  const before = t.slice(Math.max(0, cueStart - 40), cueStart);
  if (NEGATED.test(before) && !UNTOUCHED.test(before)) return true;
  // "denied a report that it was in talks to buy X": a rumour the company itself denies.
  if (DENIED_REPORT.test(t.slice(Math.max(0, cueStart - 100), cueStart))) return true;
  // "a combination with X would make strategic sense": an analyst's idea, not a deal.
  if (
    /\b(?:an?|any)\s+(?:[\w-]+\s+)?$/i.test(t.slice(Math.max(0, cueStart - 20), cueStart)) &&
    WOULD_MAKE_SENSE.test(t.slice(cueEnd))
  )
    return true;
  // "lays the groundwork for a joint venture", "a possible merger": not a transaction yet. But a firm
  // "considering a possible offer for X" is a bidder, told as a rumour.
  if (
    /\b(groundwork for|pave the way for|paving the way for|path to|potential|possible|could lead to|may form|talk of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
      t.slice(Math.max(0, cueStart - 40), cueStart),
    ) &&
    !WEIGHING_A_BID.test(t.slice(Math.max(0, cueStart - 60), cueEnd))
  )
    return true;
  // "sold a majority stake in its unit to Y", "agreed to sell its 49% stake in X": a sale, found by the
  // divestiture cue, not an investment by the seller; "exited its stake in X" is no investment either.
  if (
    cue.equity &&
    /\b(?:sell|sells|selling|sold|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?|dispose of|disposed of|exit(?:s|ed|ing)?|unload(?:s|ed|ing)?|dump(?:s|ed|ing)?|cash(?:es|ed|ing)? out of)\s+(?:[\w$€£¥.,%-]+\s+){0,4}$/i.test(
      t.slice(Math.max(0, cueStart - 50), cueStart),
    )
  )
    return true;
  return false;
}
