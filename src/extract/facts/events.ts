/**
 * Scheduled company events: earnings reports and calls, shareholder votes, deal closings and other
 * dated company events (investor days, conference presentations), with the date resolved against the
 * publish date, the fiscal period, and consensus EPS / revenue when given. An event already past at
 * publication is history, not a scheduled event. A short dated line ("Tuesday, Oct. 28.") dates the
 * lines under it, as in an earnings calendar; "the same day" refers to the event just named.
 */
import type { EventFact } from '../../domain/facts.js';
import type { Entity } from '../companies/mentions.js';
import { BACK_REFERENCE, evidenceOf, impliedSubject, mentionsIn, type ArticleContext } from '../context.js';
import { findDates, findPeriods } from '../dates.js';
import { findMoney } from '../money.js';
import type { Span } from '../sentences.js';
import type { DealHint } from './deals/index.js';

type EventType = EventFact['type'];

/** The words before a day that date a statement: "said Tuesday", "announced on Oct. 6". */
const STATEMENT_DAY =
  /\b(?:said|says|announced|disclosed|confirmed|unveiled|told [A-Z][\w.]*(?: [A-Z][\w.]*)?)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\(\s*)?$/;
/** A time of day on a short dated line: the byline's time stamp, no calendar heading. */
const BYLINE_TIME = /\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?|ET|EST|EDT|GMT|UTC)\b/;
/** The words before a day that end a fiscal period: "the fiscal year ending March 31". */
const PERIOD_END = /\b(?:ending|ended|ends)\s+(?:on\s+)?$/i;
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

/** "in a report on Monday", "in a research note released Tuesday": where an analyst's call was written. */
const ANALYST_NOTE = /\bin\s+(?:a|an|its|their)\s+(?:research\s+|analyst\s+|client\s+)?(?:report|note)\b/gi;

const CALL =
  /\b(earnings call|conference call|investor call|analyst call|webcast|(?:on|host|hold|holds|hosts) a call|call with analysts)\b/i;
const EARNINGS =
  /\b(?:reports?|reporting|publish(?:es|ing)?|releases?|releasing|posts?|posting|announces?|unveils?|unveiling)\b[^.;]{0,40}?\b(?:results|earnings|numbers|figures|quarter)\b|\b(?:kicks?|kicking|will kick)\s+off\s+(?:the\s+)?(?:[\w-]+\s+)?(?:earnings|results|reporting)\s+season\b|\b(?:reports?|report|follows?|is due|are due|due)\s+(?:\w+\s+){0,2}?(?:before|after)\s+the\s+(?:bell|open|opening bell|close|closing bell|market)\b|\breports?\s+(?:on\s+|next\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|today|tomorrow)\b|\b(?:(?:earnings|results)(?:\s+(?:report|release))?|Q[1-4](?:\s+\d{4})?(?:\s+(?:results|report|earnings|numbers))?)\s+(?:is|are|will be|come|comes|arrive|arrives)?\s*(?:due|out|scheduled|expected|slated)\b|\bwhen it reports\b|\bboard\b[^.;]{0,40}?\b(?:meet|meets|meeting)\b[^.;]{0,60}?\bto\s+(?:consider|approve|adopt)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:financial\s+statements|results|accounts)\b|\b(?:earnings|results|report(?:ing)?)\s+date\s+(?:for|on|as|is|of|to)\b|\b(?:earnings|results|report(?:ing)?)\s+date:?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|\bas the (?:date|day) (?:for|of) (?:its |the )?(?:[\w-]+\s+){0,2}(?:results|earnings|report)\b|\b(?:will|to) report\b|\b(?:earnings|results)\s+(?:from|of|for)\s+[^.;]{1,60}?\s+(?:is|are|will be)\s+(?:due|out|scheduled|expected|slated)\b|\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|Q[1-4]|quarterly|full-year|annual|year-end)\s+(?:earnings\s+|results\s+)?(?:report|release|update)\s+(?:on|due|is due|set for|scheduled for|next)\b|\breports?\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b(?:quarter|quarterly|Q[1-4]|full-year|annual|half-year|interim)\s+(?:results|earnings|numbers|report)\s+(?:(?:are|is)\s+)?(?:on|due(?:\s+on)?|out on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri)day,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i;
const VOTE =
  /\b(shareholders?|stockholders?|investors|unitholders|holders)\b[^.;]{0,90}\bvote\b|\b(special|extraordinary) (?:general |(?:share|stock|unit)holders?['’]? )?meeting\b|\bcourt (?:and general )?meetings?\b|\bannual (?:(?:share|stock)holders?['’]? )meeting\b|\bshareholder vote\b|\b(?:shareholders?|stockholders?|unitholders)\s+(?:will\s+|are (?:set|due|scheduled) to\s+)?meet\b[^.;]{0,60}\b(?:approve|vote|consider|decide|back)\b|\b(?:elect(?:ion)?|nominat\w*|proxy)\b[^.;]{0,80}\bannual (?:general |shareholders['’]? )?meeting\b|\bannual (?:general )?meeting\b[^.;]{0,80}\b(?:elect(?:ion)?|vote)\b|\b(?:share|stock|unit)holders?['’]?\s+meeting\s+(?:to|on)\s+(?:approve|vote|consider|decide)\b/i;
const CLOSING =
  /\b(expected to (close|complete|be completed|be closed|be finalized|conclude)|on track to (?:close|complete)\b|expects? (?:[\w'’-]+\s+){0,4}?to (close|complete|be completed|wrap up|finish|finali[sz]e|seal)\b|set to close|slated to close|should close|on track to close|anticipated to close|targeted to close|closing (?:of the (?:deal|transaction|acquisition|merger|purchase|sale) )?(is )?(expected|anticipated|scheduled)|completion is (expected|anticipated|scheduled)|to close (?:in|by|on) |(?:should|will|would|could|is expected to|are expected to) be (?:completed|finali[sz]ed|consummated)|completion (?:is )?(?:expected|slated|set|scheduled) (?:for|by|on|in)|(?:deal|transaction|acquisition|merger|purchase|sale|takeover) (?:should|will|would|is set to|is slated to|is due to) (?:close|complete)|(?:closes|is done|is complete|is completed|completes|takes effect)\b[^.;]{0,60}?,\s+which\s+(?:[\w&.'’-]+\s+){1,3}?(?:expects?|anticipates?)\s+(?:in|by|on|during|before)\b)/i;
const OTHER =
  /\b(investor day|analyst day|capital markets day|investor meeting|investor briefing|analyst briefing|analyst meeting|strategy day|will present at|to present at|presentation at|(?:will |to )?present (?:its |an? |the )?(?:updated |new |revised )?(?:strategy|strategic plan|business plan|medium-term targets) to investors|annual meeting|annual general meeting|investor conference|\boffer\b[^.;]{0,60}?\b(?:(?:is scheduled to|will|is set to|is due to) expire|expires))\b/i;
/** Words every match of the pattern above holds, lower-cased: CALL, VOTE, CLOSING, OTHER. */
const CALL_WORDS = ['call', 'webcast'];
const VOTE_WORDS = ['vote', 'meet'];
const CLOSING_WORDS = [
  'clos',
  'complet',
  'conclud',
  'wrap up',
  'finish',
  'finali',
  'seal',
  'consummat',
  'is done',
  'takes effect',
];
const OTHER_WORDS = ['day', 'meeting', 'present', 'conference', 'expire'];
const DATE_HEADING_MAX_WORDS = 5;
/** An event called off: "cancelled the call", "has scrapped its investor day". */
const CANCELLED =
  /\b(?:cancel(?:l?ed|s|ling)?|call(?:ed|s)? off|scrapp(?:ed|ing)|postpon(?:ed|es) indefinitely|will not hold|won['’]t hold|no longer hold)\b/i;
/** "it has not set a date", "no date has been set", "the date is yet to be announced". */
const NO_DATE_SET =
  /\b(?:has|have|had) not (?:yet )?(?:set|announced|given|scheduled|confirmed) (?:a|the|its) (?:date|day)\b|\bno date (?:has been|was|is) (?:set|announced|given)\b|\bdate (?:is|was|has) (?:yet to be|not been|not yet been) (?:set|announced|confirmed)\b/i;
/** A time too vague for a calendar: "later in February", "early March", "next spring", "the following week". */
const VAGUE_TIME = new RegExp(
  String.raw`\b(?:later|early|late|mid|sometime)[- ](?:in |this |next )?(?:${MONTH_NAMES}|month|week|year|quarter)\b|\bnext (?:spring|summer|fall|autumn|winter|week|month|year)\b|\bthe following (?:week|month)\b|\blater this (?:month|week|year)\b`,
  'i',
);
/** Verbs that tell a dated event already happened. */
const PAST_VERB = /\b(reported|posted|released|held|voted|closed|completed|said)\b/i;
/** Verbs that tell an event of today already happened ("used its investor day on Thursday to…"). */
const PAST_TODAY =
  /\b(?:used|held|hosted|reported|posted|released|unveiled|outlined|gave|presented|voted|approved|closed|completed)\b/i;
/** A cheap first look before the full cue patterns. */
const EVENT_STEMS =
  /report|result|earning|quarter|figures|numbers|\bQ[1-4]\b|due|call|webcast|vote|meet|close|closing|complet|bell|investor day|analyst day|markets day|investor meeting|investor briefing|analyst briefing|analyst meeting|strategy day|present|follow|next|expire/i;

/**
 * The number of words t.split(/\s+/) gives, counted no further than `limit` and without building the
 * array: the callers only compare it with numbers below `limit`.
 */
function wordsUpTo(t: string, limit: number): number {
  let n = 1;
  for (let i = 0; i < t.length && n < limit; i++)
    if (isSpace(t.charCodeAt(i)) && !isSpace(t.charCodeAt(i - 1))) n++;
  return n;
}

/** What /\s/ matches: JavaScript's white space and line terminators. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// The per-sentence helpers below live at module level: under tsx (esbuild keepNames) a function declared
// inside the sentence loop is renamed with Object.defineProperty for every sentence.
const holdsAny = (lower: string, words: readonly string[]): boolean => words.some((w) => lower.includes(w));
/** Where `re` first matches in `t`, tried only when the lower-cased sentence holds one of its words; else -1. */
const hitIfHolds = (t: string, lower: string, re: RegExp, words: readonly string[]): number =>
  holdsAny(lower, words) ? (re.exec(t)?.index ?? -1) : -1;
/** Two event cues at `a` and `b` sit in different clauses (or there is no cue at `a`). */
const apart = (t: string, a: number, b: number): boolean => a < 0 || clauseBreak(t, a, b);

export function extractEvents(ctx: ArticleContext, dealHints: DealHint[] = []): EventFact[] {
  const out: EventFact[] = [];
  let headingDate: string | null = null;
  let last: EventFact | null = null;
  let lastSentence = -Infinity;
  ctx.sentences.forEach((s, si) => {
    const t = s.text;
    const words = wordsUpTo(t, 9);
    const cue = EVENT_STEMS.test(t);
    // A heading in capitals with no day in it ("ALSO ON THE CALENDAR", "MARKET CONTEXT") ends the
    // section the last dated heading opened.
    if (!/[a-z]/.test(t) && words <= 8 && !findDates(t, ctx.published, true).length) headingDate = null;
    if (!cue && words > DATE_HEADING_MAX_WORDS) return;
    const dates = findDates(t, ctx.published, true);
    if (words <= DATE_HEADING_MAX_WORDS && dates.length) {
      // "06:48 AM ET 12/04/2026": a byline's time stamp dates the page, not the lines under it.
      headingDate = BYLINE_TIME.test(t) ? null : dates[0]!.date;
      if (
        !/[a-z]{4,}/.test(
          t.replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b/gi, ''),
        )
      )
        return;
    } else if (/^#|^[A-Z][A-Z ]+:$/.test(t)) headingDate = null;

    const types: Array<{ type: EventType; at: number }> = [];
    // Each event pattern spells out one of its words (in any case): a sentence without them skips it.
    const lower = t.toLowerCase();
    const closing = hitIfHolds(t, lower, CLOSING, CLOSING_WORDS);
    if (closing >= 0) types.push({ type: 'deal_closing', at: closing });
    const voteM = holdsAny(lower, VOTE_WORDS) ? VOTE.exec(t) : null;
    // "nominated directors for election at X's annual meeting": the meeting is where the company is named.
    const vote = voteM ? voteM.index + Math.max(0, voteM[0].search(/\bmeeting\b/i)) : -1;
    if (vote >= 0) types.push({ type: 'shareholder_vote', at: vote });
    // "…gave it a Buy rating in a report on Monday": an analyst's note, not the company's report.
    const earnings = EARNINGS.exec(t.replace(ANALYST_NOTE, (m) => ' '.repeat(m.length)))?.index ?? -1;
    const call = hitIfHolds(t, lower, CALL, CALL_WORDS);
    const sameDay = /\b(?:the same|that) (day|morning|afternoon|evening)\b/i.test(t);
    // In an earnings calendar, "kicks things off after the close on Monday" is a report date too.
    const bell = /\b(?:before|after) the (?:opening |closing )?(?:bell|close|open)\b/i.exec(t);
    const calendar = /\b(earnings|results|reports?)\b/i.test(ctx.title);
    // In a run of report dates, "Palantir follows on Monday, Nov. 3." is the next company's report.
    const follows = /\b(?:follows?|is next|comes next|goes next|is up next|reports next)\b/i.exec(t);
    const inEarningsRun = last?.type === 'earnings' && lastSentence >= si - 2;
    // "X will hold its annual shareholder meeting on July 9, and Y reports results on July 28": each
    // clause has its own event; within one clause a vote or a closing is what the sentence is about.
    if (earnings >= 0 && apart(t, closing, earnings) && apart(t, vote, earnings))
      types.push({ type: 'earnings', at: earnings });
    else if (follows && inEarningsRun && dates.length && closing < 0 && vote < 0)
      types.push({ type: 'earnings', at: follows.index });
    else if (bell && calendar && closing < 0 && vote < 0) types.push({ type: 'earnings', at: bell.index });
    // "…said on a conference call": a call that already happened.
    if (call >= 0 && !/\b(said|told|says|explained|noted)\b[^.;]{0,40}\bcall\b/i.test(t)) {
      // "Executives will take questions on a call Wednesday" just after a report date: that report's call.
      const afterReport =
        last?.type === 'earnings' &&
        lastSentence >= si - 3 &&
        !/\b(deal|transaction|acquisition|merger|combination|takeover)\b/i.test(t);
      // The call's own clause says what it is about: "…a call today to walk through the deal, and it
      // reports results on Feb. 5" is the deal's call, not the results'.
      const own = clauseAt(t, call);
      const aboutDeal = /\b(deal|transaction|acquisition|merger|combination|takeover|agreement)s?\b/i.test(
        own,
      );
      // A call in a clause of its own goes with the results unless it has a day of its own ("…results on
      // Feb. 9, and will host a call that morning" is the results call; "a call today" is not).
      const ownDay =
        !sameDay &&
        (findDates(own, ctx.published, true).length > 0 ||
          /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i.test(own));
      const aboutResults =
        !aboutDeal &&
        ((earnings >= 0 && (!clauseBreak(t, call, earnings) || !ownDay)) ||
          /\b(results|earnings|quarter|quarterly)\b/i.test(own) ||
          (sameDay && last?.type === 'earnings') ||
          afterReport);
      types.push({ type: aboutResults ? 'earnings_call' : 'other', at: call });
    }
    const other = hitIfHolds(t, lower, OTHER, OTHER_WORDS);
    // "…reports full-year results on 19 March and will hold a capital markets day on 12 May."
    if (other >= 0 && types.every((x) => clauseBreak(t, x.at, other)))
      types.push({ type: 'other', at: other });
    if (!types.length) return;
    // "It has not set a date": no event, whatever a heading above says.
    if (NO_DATE_SET.test(t)) return;
    // "has cancelled the earnings call it had planned for Oct. 29": not on the calendar any more.
    const cancelled = CANCELLED.exec(t);
    if (cancelled) {
      const kept = types.filter(({ at }) =>
        clauseBreak(t, Math.min(at, cancelled.index), Math.max(at, cancelled.index)),
      );
      if (!kept.length) return;
      types.splice(0, types.length, ...kept);
    }

    // "Cadence said Tuesday it expects the deal to close in the first half of 2027": the day dates the
    // statement, not the event; "results for the fiscal year ending March 31" ends a period.
    const eventDates = dates.filter(
      (d) =>
        !STATEMENT_DAY.test(t.slice(Math.max(0, d.start - 40), d.start)) &&
        !PERIOD_END.test(t.slice(Math.max(0, d.start - 12), d.start)),
    );
    for (const { type, at } of types) {
      const picked = dateInClause(t, eventDates, at) ?? pickNear(eventDates, at);
      let date = picked?.date ?? null;
      // "Holders will vote on May 28", told in November: a day without a year that is still to come.
      if (date && picked && ctx.published && !/\d{4}/.test(t.slice(picked.start, picked.end)))
        date = comingYear(t, date, ctx.published);
      // "…results on Feb. 24, with a conference call scheduled for the following morning": the next day.
      if (
        date &&
        type === 'earnings_call' &&
        /\b(?:the following|the next) (?:morning|day)\b/i.test(t.slice(at)) &&
        picked!.start < at
      )
        date = nextDay(date);
      if (!date && sameDay && last?.date) date = last.date;
      // A heading's day does not date a sentence that gives a vague time of its own ("later in February").
      if (!date && (type === 'earnings' || type === 'earnings_call') && !VAGUE_TIME.test(t))
        date = headingDate;
      // "The earnings call is scheduled for 5:30 p.m. ET": a time of day alone means the day of publication.
      if (
        !date &&
        type !== 'deal_closing' &&
        /\b(?:scheduled for|set for|begins at|starts at|at)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)/i.test(
          t,
        ) &&
        !/\b(?:tomorrow|next|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i.test(t)
      )
        date = ctx.published;
      // A period in another clause belongs to that clause's event.
      // A closing or a vote may be told by its quarter alone ("a special meeting expected in the fourth quarter").
      const byPeriod = type === 'deal_closing' || type === 'shareholder_vote';
      const periods = findPeriods(t, ctx.published, byPeriod).filter((p) => !clauseBreak(t, at, p.start));
      const period = pickNear(periods, at)?.period ?? (sameDay && last ? last.period : null);
      // "Holders vote on December 10, and the companies expect to close in the fourth quarter": a closing
      // told by its quarter takes no day from another clause.
      if (
        type === 'deal_closing' &&
        picked &&
        date === picked.date &&
        periods.length &&
        clauseBreak(t, at, picked.start)
      )
        date = null;
      if (!byPeriod && !date) continue;
      if (byPeriod && !date && !period) continue;
      // Past dates are history ("reported Q2 results on July 29"), not scheduled events.
      if (date && isPast(t, date, ctx.published)) continue;

      // "Cascadia on July 21 and Timberline on July 23": each company with its own date.
      const pairs =
        (type === 'earnings' || type === 'earnings_call') &&
        types.every((x) => x.type === 'earnings' || x.type === 'earnings_call')
          ? companyDatePairs(ctx, s, dates)
          : null;
      const targets = pairs
        ? pairs.filter((p) => !isPast(t, p.date, ctx.published))
        : companiesFor(ctx, si, t, type, at, dealHints, sameDay ? last : null).map((entity) => ({
            entity,
            date,
          }));
      for (const { entity: company, date } of targets) {
        let consensusEps: number | null = null;
        let consensusRevenue: number | null = null;
        if (type === 'earnings' && !pairs)
          ({ consensusEps, consensusRevenue } = consensus(
            t,
            nextWithoutReport(ctx.sentences[si + 1]?.text ?? ''),
          ));
        const fact: EventFact = {
          ticker: company.ticker,
          company: company.name,
          type,
          date,
          period,
          consensusEps,
          consensusRevenue,
          evidence: evidenceOf(s),
        };
        const same = out.find(
          (o) =>
            o.company === fact.company &&
            o.type === fact.type &&
            (o.date === fact.date || !o.date || !fact.date) &&
            (o.period === fact.period || !o.period || !fact.period) &&
            // "close on December 4" and "close in the first quarter of 2027" are two closings (a report's
            // day falls after its quarter).
            (fact.type !== 'deal_closing' || inPeriod(o.date ?? fact.date, o.period ?? fact.period)),
        );
        if (same) {
          same.date ??= fact.date;
          same.period ??= fact.period;
          same.consensusEps ??= fact.consensusEps;
          same.consensusRevenue ??= fact.consensusRevenue;
          last = same;
        } else {
          out.push(fact);
          last = fact;
        }
        lastSentence = si;
      }
    }
  });
  return out;
}

function companiesFor(
  ctx: ArticleContext,
  si: number,
  t: string,
  type: EventType,
  at: number,
  dealHints: DealHint[],
  sameDayEvent: EventFact | null,
): Entity[] {
  const s = ctx.sentences[si]!;
  const ms = mentionsIn(ctx, s);
  const listed = ms.filter((m) => m.entity.kind === 'listed');
  // "The offer is scheduled to expire on December 1": the date belongs to the company whose shares are sought.
  if (type === 'other' && /^offer\b/i.test(t.slice(at))) {
    const target = [...dealHints].reverse().find((h) => h.sentenceIndex <= si && h.targets.length)
      ?.targets[0];
    const e = target ? ctx.companies.byKey(target) : null;
    if (e) return [e];
  }
  if (type === 'deal_closing') {
    // "…once antitrust review is done, which Amgen expects in the first quarter": the company that
    // states the timing in the relative clause.
    const expecter = listed.find(
      (m) =>
        m.rel > at &&
        /,\s+which\s+$/.test(t.slice(Math.max(0, m.rel - 12), m.rel)) &&
        /^\s+(?:expects?|anticipates?)\b/.test(t.slice(m.relEnd)),
    );
    if (expecter) return [expecter.entity];
    // The latest deal told so far that can still close; a settled one only when there is no other.
    // "The acquisition is expected to close…" after a placement was told: the deal of the kind it names.
    const kind = NAMED_KIND.exec(t)?.[1]?.toLowerCase();
    const ofKind = (h: DealHint): boolean =>
      !kind ||
      (/placement|investment|stake/.test(kind)
        ? h.type === 'investment'
        : /licen|collab|partner/.test(kind)
          ? h.type === 'partnership'
          : h.type !== 'investment');
    const told = [...dealHints].reverse().filter((h) => h.sentenceIndex <= si);
    // "The transaction is expected to close…" with no kind named: an agreed takeover closes, a
    // distribution agreement or a sale only reported told after it does not.
    const changesHands = (h: DealHint): boolean =>
      h.type === 'acquisition' || h.type === 'merger' || h.type === 'divestiture';
    const hint =
      (kind ? undefined : told.find((h) => !h.settled && !h.rumored && changesHands(h))) ??
      told.find((h) => !h.settled && ofKind(h)) ??
      told.find((h) => !h.settled) ??
      told[0];
    if (
      !hint &&
      !/\b(deal|transaction|acquisition|merger|purchase|sale|takeover|combination|completion)\b/i.test(t)
    )
      return [];
    // The story's company when it is a party to the deal, else the deal's buyer.
    // A party named by its short name counts even when unlisted ("Harbor Bay expects the deal to close").
    const partyKeys = new Set(dealHints.filter((h) => h.sentenceIndex <= si).flatMap((h) => h.keys));
    const isParty = (m: (typeof ms)[number]): boolean =>
      m.entity.kind === 'listed' || partyKeys.has(m.entity.key);
    const namedM = [...ms].reverse().find((m) => m.rel <= at && isParty(m));
    let named = namedM?.entity;
    // "…its purchase of ClearPath Imaging, which is expected to close", "…from Martin Marietta, a deal it
    // expects to close": the cue hangs off the sentence in a clause of its own; the deal is the subject's.
    if (
      namedM &&
      /,\s*(?:which|that|a (?:deal|transaction|purchase|sale|acquisition|merger|takeover)|the (?:deal|transaction))\b/i.test(
        t.slice(namedM.relEnd, at),
      )
    )
      named = ms.find((m) => m.rel <= 25 && isParty(m))?.entity ?? named;
    // A deal's target named in passing does not close it, its buyer does ("subject to approval by Orbis
    // stockholders, and is expected to close…"); a target that states the timing itself keeps it
    // ("Tidewater expects the deal to close on April 30").
    const speaks = (m: (typeof ms)[number]): boolean =>
      /^[’']?s?\s+(?:(?:now|still|also)\s+)?(?:expects?|said|says|sees|anticipates?|believes?|plans?|hopes?|is|are|will|should)\b/i.test(
        t.slice(m.relEnd),
      );
    const bought =
      named && namedM?.entity === named && !speaks(namedM)
        ? [...dealHints].reverse().find((h) => h.sentenceIndex <= si && h.targets.includes(named!.key))
        : undefined;
    if (bought?.party && bought.party !== named && isParty({ ...namedM!, entity: bought.party }))
      named = bought.party;
    if (named && !/^(the|this) (deal|transaction|acquisition|merger|purchase|sale)\b/i.test(t))
      return [named];
    // "The deal is expected to close…" in a story about the company being bought (or its owner selling
    // it): its buyer closes it.
    if (ctx.primary && hint && hint.keys.includes(ctx.primary.key)) {
      // A company raising money closes its own placement.
      const sold =
        hint.type !== 'investment' &&
        (hint.targets.includes(ctx.primary.key) || hint.sellers.includes(ctx.primary.key));
      const isTarget = sold && hint.party && hint.party !== ctx.primary;
      return [isTarget ? hint.party! : ctx.primary];
    }
    // A roundup whose lead company is not a party: the deal's listed buyer, else its listed party.
    if (hint?.keys.length) {
      const listedParty = hint.keys.map((k) => ctx.companies.byKey(k)).find((e) => e?.kind === 'listed');
      const party = hint.party?.kind === 'listed' ? hint.party : (listedParty ?? hint.party);
      if (party) return [party];
    }
    if (ctx.primary && hint) return [ctx.primary];
    return hint?.party ? [hint.party] : ctx.primary ? [ctx.primary] : [];
  }
  // "Exxon Mobil (NYSE: XOM) and Chevron (NYSE: CVX) both report…": each named company.
  const before = listed.filter((m) => m.rel <= at);
  const ents: Entity[] = [];
  for (const m of before) if (!ents.includes(m.entity)) ents.push(m.entity);
  if (ents.length > 1 && ents.length <= 3 && coordinated(t, before)) return ents;
  // "Shareholders of Halvard Outdoor (NYSE: HLVD) vote on April 23": the company follows the cue.
  const ofHolders =
    type === 'shareholder_vote'
      ? listed.find(
          (m) =>
            m.rel > at &&
            /\b(?:share|stock|unit)?holders of\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.rel - 30), m.rel)),
        )
      : undefined;
  // "…at an extraordinary general meeting that Karrawind has called for 15 January": the company that
  // calls the meeting, named in a relative clause after it.
  const caller =
    type === 'shareholder_vote'
      ? listed.find(
          (m) =>
            m.rel > at &&
            m.rel - at < 60 &&
            /\b(?:that|which)\s+$/i.test(t.slice(Math.max(0, m.rel - 8), m.rel)) &&
            /^\s+(?:has\s+|have\s+|will\s+|is\s+)?(?:called|convened|scheduled|set|hold|holds|plans)\b/i.test(
              t.slice(m.relEnd),
            ),
        )
      : undefined;
  // "The annual general meeting of Corvane Systems will be held on…": the company whose event it is.
  const eventOf = listed.find(
    (m) =>
      m.rel > at &&
      m.rel - at < 60 &&
      /\b(?:meeting|day|call|webcast|presentation)\s+of\s+(?:the\s+)?$/i.test(
        t.slice(Math.max(0, m.rel - 30), m.rel),
      ),
  );
  // "The stockholder meeting to approve the takeover of Corvane…": the company the deal would buy.
  const dealOf =
    type === 'shareholder_vote'
      ? listed.find(
          (m) =>
            m.rel > at &&
            m.rel - at < 90 &&
            /\b(?:takeover|sale|acquisition|purchase|buyout)\s+of\s+(?:the\s+)?$/i.test(
              t.slice(Math.max(0, m.rel - 30), m.rel),
            ),
        )
      : undefined;
  // "A shareholders' meeting … is scheduled for 15 January, Corvane said": the company that told it.
  const teller =
    type === 'shareholder_vote'
      ? listed.find(
          (m) => m.rel > at && /^\s*(?:\([^()]*\)\s*)?(?:said|says|announced)\W*$/i.test(t.slice(m.relEnd)),
        )
      : undefined;
  const named =
    before[before.length - 1]?.entity ??
    ofHolders?.entity ??
    eventOf?.entity ??
    caller?.entity ??
    dealOf?.entity ??
    teller?.entity ??
    (type === 'earnings' ? listed[0]?.entity : undefined);
  if (named) return [named];
  // "Each bank will hold a special shareholder meeting on Oct. 22": every listed party to the deal.
  if (
    type === 'shareholder_vote' &&
    !ms.length &&
    /^(?:each|both|the two)\s+(?:of the\s+)?(?:companies|company|banks?|firms?|lenders?|groups?|parties|sides)\b/i.test(
      t,
    )
  ) {
    const hint = [...dealHints].reverse().find((h) => h.sentenceIndex <= si && (h.keys?.length ?? 0) >= 2);
    const parties = (hint?.keys ?? []).map((k) => ctx.companies.byKey(k)).filter((e) => e?.kind === 'listed');
    if (parties.length >= 2) return parties as Entity[];
  }
  // "A shareholder vote is expected in the first quarter", no company named: the holders of the company
  // being bought in the deal just told vote on it.
  if (type === 'shareholder_vote' && !ms.length) {
    const hint = [...dealHints].reverse().find((h) => h.sentenceIndex <= si && h.targets.length);
    const target = hint ? ctx.companies.byKey(hint.targets[0]!) : null;
    if (target?.kind === 'listed') return [target];
  }
  if (sameDayEvent) {
    const e = ctx.companies.resolve(sameDayEvent.ticker ?? sameDayEvent.company);
    if (e) return [e];
  }
  if (BACK_REFERENCE.test(t) || /^(management|the company|it)\b/i.test(t) || !ms.length) {
    const e = impliedSubject(ctx, si);
    return e ? [e] : [];
  }
  return [];
}

/** The next sentence, unless it tells a report of its own (whose estimates are its own). */
function nextWithoutReport(next: string): string {
  return EARNINGS.test(next) ? '' : next;
}

function consensus(
  t: string,
  next: string,
): { consensusEps: number | null; consensusRevenue: number | null } {
  let consensusEps: number | null = null;
  let consensusRevenue: number | null = null;
  for (const text of [t, next]) {
    if (
      !/\b(consensus|expect|expects|expected|estimate|estimates|street|analysts|calls for|forecast|projected|anticipate|polled|looking for|see)\b/i.test(
        text,
      )
    )
      continue;
    for (const m of findMoney(text)) {
      const around = text.slice(Math.max(0, m.start - 30), Math.min(text.length, m.end + 30));
      if (!m.scaled && Math.abs(m.amount) < 100 && /\b(EPS|per share|a share|earnings|loss)\b/i.test(around))
        consensusEps ??= m.amount;
      else if (
        m.scaled &&
        Math.abs(m.amount) >= 1e6 &&
        /\b(rev|revenue|revenues|sales|top line)\b/i.test(around)
      )
        consensusRevenue ??= m.amount;
    }
    const cents =
      /\b(?:loss of |earnings of |EPS of )?(\d{1,3}) cents (?:a|per) share/i.exec(text) ??
      /\b(?:EPS|earnings per share|loss per share) of (\d{1,3}) cents\b/i.exec(text);
    if (consensusEps === null && cents)
      consensusEps =
        ((/\bloss\b/i.test(text.slice(Math.max(0, cents.index - 20), cents.index + 5)) ? -1 : 1) *
          Number(cents[1])) /
        100;
    if (consensusEps !== null || consensusRevenue !== null) break;
  }
  return { consensusEps, consensusRevenue };
}

/**
 * The first date after the cue in the same clause ("…said it will present at X on May 19", past an
 * earlier "provided on April 28 and"): a date across "and", "but" or ";" belongs to another clause.
 */
function dateInClause<T extends { start: number }>(t: string, dates: T[], at: number): T | undefined {
  return dates.find(
    (d) =>
      d.start > at && d.start - at <= 100 && !/;|\b(?:and|but|while|whereas)\b/i.test(t.slice(at, d.start)),
  );
}

function pickNear<T extends { start: number }>(list: T[], at: number): T | undefined {
  let best: T | undefined;
  for (const x of list) if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  return best;
}

/** Future words that put a day months behind the publish date in the next year. */
const STILL_TO_COME =
  /\b(?:will|is (?:scheduled|set|due|expected) to|are (?:scheduled|set|due|expected) to|scheduled for|set for|due on|(?:reports|publishes|releases|posts|announces|holds|hosts) (?:its |their )?(?:[\w-]+ ){0,3}?(?:results|earnings|figures|numbers|meeting|call) on)\b/i;

/** A day of the year before, told as still to come, moves to next year; any other stays. */
function comingYear(t: string, date: string, published: string): string {
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  if (days <= 60 || date.endsWith('-02-29') || PAST_VERB.test(t) || !STILL_TO_COME.test(t)) return date;
  return `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
}

/** Whether a day falls in a calendar quarter or half ("Q1 2027", "H2 2026"); fiscal periods may. */
function inPeriod(date: string | null, period: string | null): boolean {
  const m = date && period ? /^([QH])([1-4]) (\d{4})$/.exec(period) : null;
  if (!m) return true;
  const month = Number(date!.slice(5, 7));
  const span = m[1] === 'Q' ? 3 : 6;
  const first = (Number(m[2]) - 1) * span + 1;
  return date!.slice(0, 4) === m[3] && month >= first && month < first + span;
}

/** "The acquisition is expected to close…", "The private placement…", "The license is expected to close…". */
const NAMED_KIND =
  /^(?:the|this|that)\s+(?:proposed\s+|pending\s+)?(acquisition|merger|purchase|takeover|sale|(?:private\s+)?placement|investment|stake|licen[cs]e|licensing|collaboration|partnership)\b/i;

/** Dated before publication with a past verb, or dated today and told in the past tense. */
function isPast(t: string, date: string, published: string | null): boolean {
  if (!published || date > published) return false;
  if (date < published) return PAST_VERB.test(t);
  return (
    PAST_TODAY.test(t) &&
    !/\b(?:will|to (?:host|hold|report|present)|scheduled|set to|later today|tonight)\b/i.test(t)
  );
}

/**
 * Whether two cue positions sit in different clauses: a semicolon, a colon (not the one in a time of day,
 * "8:30 a.m."), or a comma or "and" that opens a new clause with its own subject (", and Meridian
 * reports…", "and will hold…").
 */
const CLAUSE_BREAK =
  /;|(?<!\d):(?!\d)|,\s*(?:and|while|but|whereas)\s|\band (?:will|is|are|plans|expects|also|then)\b|\band (?:[A-Z][\w&.'’-]*\s?){1,4}(?:will|is|are|reports?|holds?|hosts?|plans|expects)\b/g;

function clauseBreak(t: string, a: number, b: number): boolean {
  // Anchors such as "(NASDAQ: GRYB)" hold no clause break.
  const between = t.slice(Math.min(a, b), Math.max(a, b)).replace(/\([^)]*\)?/g, '');
  CLAUSE_BREAK.lastIndex = 0;
  return CLAUSE_BREAK.test(between);
}

/** The clause of `t` that holds position `at`: "…will hold a call today | and is scheduled to report…". */
function clauseAt(t: string, at: number): string {
  let start = 0;
  let end = t.length;
  // matchAll starts where clauseBreak's test left the shared pattern.
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of t.matchAll(CLAUSE_BREAK)) {
    // A break inside an anchor such as "(NYSE: ACME)" splits nothing.
    if (/\([^)]*$/.test(t.slice(0, m.index))) continue;
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return t.slice(start, end);
}

/**
 * "Shell reports on May 7, and Petrobahia follows on May 12"; "Cascadia on July 21 and Timberline on
 * July 23": two or more listed companies, each followed closely by its own date, with no other company
 * in between. Null unless every company named has a date of its own and the dates differ.
 */
function companyDatePairs(
  ctx: ArticleContext,
  s: Span,
  dates: Array<{ date: string; start: number; end: number }>,
): Array<{ entity: Entity; date: string }> | null {
  if (dates.length < 2) return null;
  const runs: Array<{ entity: Entity; rel: number; relEnd: number }> = [];
  for (const m of mentionsIn(ctx, s)) {
    const prev = runs[runs.length - 1];
    if (prev && prev.entity === m.entity) prev.relEnd = m.relEnd;
    else runs.push({ entity: m.entity, rel: m.rel, relEnd: m.relEnd });
  }
  if (runs.length < 2 || runs.some((r) => r.entity.kind !== 'listed')) return null;
  if (new Set(runs.map((r) => r.entity)).size !== runs.length) return null;
  const out: Array<{ entity: Entity; date: string }> = [];
  for (const [i, r] of runs.entries()) {
    const nextStart = runs[i + 1]?.rel ?? Infinity;
    const d = dates.find((x) => x.start >= r.relEnd && x.start < nextStart && x.start - r.relEnd <= 60);
    if (!d) return null;
    // The next company opens the next item of the list: "…May 7, and Petrobahia", "…July 21 and Timberline".
    const next = runs[i + 1];
    if (next && !/^[^,;]{0,12}?[\s,;]*(?:and|while|with|then|;)?\s*$/i.test(s.text.slice(d.end, next.rel)))
      return null;
    out.push({ entity: r.entity, date: d.date });
  }
  if (new Set(out.map((o) => o.date)).size !== out.length) return null;
  return out;
}

/**
 * "Exxon Mobil (NYSE: XOM) and Chevron (NYSE: CVX) both report…": the companies before the cue form one
 * list, joined only by commas, "and" or "&" (anchors aside), not "X will hold…, and Y reports".
 */
function coordinated(t: string, before: Array<{ entity: Entity; rel: number; relEnd: number }>): boolean {
  for (let i = 1; i < before.length; i++) {
    if (before[i]!.entity === before[i - 1]!.entity) continue;
    const gap = t
      .slice(before[i - 1]!.relEnd, before[i]!.rel)
      .replace(/\([^)]*\)?|[()]/g, '')
      .trim();
    if (!/^(?:,|and|, and|&|as well as|plus)?$/i.test(gap)) return false;
  }
  return true;
}

/** The day after an ISO date. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
