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

type EventType = EventFact['type'];

const CALL =
  /\b(earnings call|conference call|investor call|analyst call|webcast|(?:on|host|hold|holds|hosts) a call|call with analysts)\b/i;
const EARNINGS =
  /\b(?:reports?|reporting|publish(?:es|ing)?|releases?|releasing|posts?|posting|announces?)\b[^.;]{0,40}?\b(?:results|earnings|numbers|figures|quarter)\b|\b(?:reports?|report|follows?|is due|are due|due)\s+(?:\w+\s+){0,2}?(?:before|after)\s+the\s+(?:bell|open|opening bell|close|closing bell|market)\b|\breports?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|today|tomorrow)\b|\b(?:earnings|results|Q[1-4](?:\s+\d{4})?(?:\s+(?:results|report|earnings|numbers))?)\s+(?:is|are|will be|come|comes|arrive|arrives)?\s*(?:due|out|scheduled|expected|slated)\b|\bwhen it reports\b|\b(?:will|to) report\b|\b(?:earnings|results)\s+(?:from|of|for)\s+[^.;]{1,60}?\s+(?:is|are|will be)\s+(?:due|out|scheduled|expected|slated)\b|\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|Q[1-4]|quarterly|full-year|annual|year-end)\s+(?:earnings\s+|results\s+)?(?:report|release|update)\s+(?:on|due|is due|set for|scheduled for|next)\b|\breports?\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/i;
const VOTE =
  /\b(shareholders?|stockholders?|investors|unitholders|holders)\b[^.;]{0,90}\bvote\b|\b(special|extraordinary) (general )?meeting\b|\bshareholder vote\b|\b(?:elect(?:ion)?|nominat\w*|proxy)\b[^.;]{0,80}\bannual (?:general |shareholders['’]? )?meeting\b|\bannual (?:general )?meeting\b[^.;]{0,80}\b(?:elect(?:ion)?|vote)\b/i;
const CLOSING =
  /\b(expected to (close|complete|be completed|be closed|be finalized|conclude)|on track to (?:close|complete)\b|expects? (?:[\w'’-]+\s+){0,4}?to (close|complete|be completed)|set to close|slated to close|should close|on track to close|anticipated to close|targeted to close|closing (is )?(expected|anticipated|scheduled)|completion is (expected|anticipated|scheduled)|to close (?:in|by|on) |(?:should|will|would|could|is expected to|are expected to) be (?:completed|finali[sz]ed|consummated)|completion (?:is )?(?:expected|slated|set|scheduled) (?:for|by|on|in)|(?:deal|transaction|acquisition|merger|purchase|sale|takeover) (?:should|will|would|is set to|is slated to|is due to) (?:close|complete))/i;
const OTHER =
  /\b(investor day|analyst day|capital markets day|will present at|to present at|presentation at|annual meeting|investor conference)\b/i;
const DATE_HEADING_MAX_WORDS = 5;
/** A cheap first look before the full cue patterns. */
const EVENT_STEMS =
  /report|result|earning|quarter|\bQ[1-4]\b|due|call|webcast|vote|meeting|close|closing|complet|bell|investor day|analyst day|present|follow|next/i;

interface DealHint {
  sentenceIndex: number;
  party: Entity | null;
  keys?: string[];
  targets?: string[];
}

export function extractEvents(ctx: ArticleContext, dealHints: DealHint[] = []): EventFact[] {
  const out: EventFact[] = [];
  let headingDate: string | null = null;
  let last: EventFact | null = null;
  let lastSentence = -Infinity;
  ctx.sentences.forEach((s, si) => {
    const t = s.text;
    const words = t.split(/\s+/).length;
    const cue = EVENT_STEMS.test(t);
    if (!cue && words > DATE_HEADING_MAX_WORDS) return;
    const dates = findDates(t, ctx.published, true);
    if (words <= DATE_HEADING_MAX_WORDS && dates.length) {
      headingDate = dates[0]!.date;
      if (
        !/[a-z]{4,}/.test(
          t.replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b/gi, ''),
        )
      )
        return;
    } else if (/^#|^[A-Z][A-Z ]+:$/.test(t)) headingDate = null;

    const types: Array<{ type: EventType; at: number }> = [];
    const hit = (re: RegExp): number => re.exec(t)?.index ?? -1;
    const closing = hit(CLOSING);
    if (closing >= 0) types.push({ type: 'deal_closing', at: closing });
    const voteM = VOTE.exec(t);
    // "nominated directors for election at X's annual meeting": the meeting is where the company is named.
    const vote = voteM ? voteM.index + Math.max(0, voteM[0].search(/\bmeeting\b/i)) : -1;
    if (vote >= 0) types.push({ type: 'shareholder_vote', at: vote });
    const earnings = hit(EARNINGS);
    const call = hit(CALL);
    const sameDay = /\bthe same (day|morning|afternoon|evening)\b/i.test(t);
    // In an earnings calendar, "kicks things off after the close on Monday" is a report date too.
    const bell = /\b(?:before|after) the (?:opening |closing )?(?:bell|close|open)\b/i.exec(t);
    const calendar = /\b(earnings|results|reports?)\b/i.test(ctx.title);
    // In a run of report dates, "Palantir follows on Monday, Nov. 3." is the next company's report.
    const follows = /\b(?:follows?|is next|comes next|goes next|is up next|reports next)\b/i.exec(t);
    const inEarningsRun = last?.type === 'earnings' && lastSentence >= si - 2;
    if (earnings >= 0 && closing < 0 && vote < 0) types.push({ type: 'earnings', at: earnings });
    else if (follows && inEarningsRun && dates.length && closing < 0 && vote < 0)
      types.push({ type: 'earnings', at: follows.index });
    else if (bell && calendar && closing < 0 && vote < 0) types.push({ type: 'earnings', at: bell.index });
    // "…said on a conference call": a call that already happened.
    if (call >= 0 && !/\b(said|told|says|explained|noted)\b[^.;]{0,40}\bcall\b/i.test(t)) {
      const aboutResults =
        earnings >= 0 ||
        /\b(results|earnings|quarter|quarterly)\b/i.test(t) ||
        (sameDay && last?.type === 'earnings');
      types.push({ type: aboutResults ? 'earnings_call' : 'other', at: call });
    }
    const other = hit(OTHER);
    if (other >= 0 && !types.length) types.push({ type: 'other', at: other });
    if (!types.length) return;

    for (const { type, at } of types) {
      let date = (dateInClause(t, dates, at) ?? pickNear(dates, at))?.date ?? null;
      if (!date && sameDay && last?.date) date = last.date;
      if (!date && (type === 'earnings' || type === 'earnings_call')) date = headingDate;
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
      const periods = findPeriods(t, ctx.published, type === 'deal_closing');
      const period = pickNear(periods, at)?.period ?? (sameDay && last ? last.period : null);
      if (type !== 'deal_closing' && !date) continue;
      if (type === 'deal_closing' && !date && !period) continue;
      // Past dates are history ("reported Q2 results on July 29"), not scheduled events.
      if (
        date &&
        ctx.published &&
        date < ctx.published &&
        /\b(reported|posted|released|held|voted|closed|completed|said)\b/i.test(t)
      )
        continue;

      for (const company of companiesFor(ctx, si, t, type, at, dealHints, sameDay ? last : null)) {
        let consensusEps: number | null = null;
        let consensusRevenue: number | null = null;
        if (type === 'earnings')
          ({ consensusEps, consensusRevenue } = consensus(t, ctx.sentences[si + 1]?.text ?? ''));
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
            (o.period === fact.period || !o.period || !fact.period),
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
  if (type === 'deal_closing') {
    const hint = [...dealHints].reverse().find((h) => h.sentenceIndex <= si);
    if (
      !hint &&
      !/\b(deal|transaction|acquisition|merger|purchase|sale|takeover|combination|completion)\b/i.test(t)
    )
      return [];
    // The story's company when it is a party to the deal, else the deal's buyer.
    // A party named by its short name counts even when unlisted ("Harbor Bay expects the deal to close").
    const partyKeys = new Set(dealHints.filter((h) => h.sentenceIndex <= si).flatMap((h) => h.keys ?? []));
    const named = [...ms]
      .reverse()
      .find((m) => m.rel <= at && (m.entity.kind === 'listed' || partyKeys.has(m.entity.key)))?.entity;
    if (named && !/^(the|this) (deal|transaction|acquisition|merger|purchase|sale)\b/i.test(t))
      return [named];
    // "The deal is expected to close…" in a story about the company being bought: its buyer closes it.
    if (ctx.primary && hint && hint.keys?.includes(ctx.primary.key)) {
      const isTarget = hint.targets?.includes(ctx.primary.key) && hint.party && hint.party !== ctx.primary;
      return [isTarget ? hint.party! : ctx.primary];
    }
    // A roundup whose lead company is not a party: the deal's listed buyer, else its listed party.
    if (hint?.keys?.length) {
      const listedParty = hint.keys.map((k) => ctx.companies.byKey(k)).find((e) => e?.kind === 'listed');
      const party = hint.party?.kind === 'listed' ? hint.party : (listedParty ?? hint.party);
      if (party) return [party];
    }
    if (ctx.primary && hint) return [ctx.primary];
    return hint?.party ? [hint.party] : ctx.primary ? [ctx.primary] : [];
  }
  // "Exxon Mobil (NYSE: XOM) and Chevron (NYSE: CVX) both report…": each named company.
  const before = listed.filter((m) => m.rel <= at);
  if (before.length > 1 && /\b(both|and)\b/.test(t.slice(before[0]!.rel, at))) {
    const ents: Entity[] = [];
    for (const m of before) if (!ents.includes(m.entity)) ents.push(m.entity);
    if (ents.length <= 3) return ents;
  }
  const named = before[before.length - 1]?.entity ?? (type === 'earnings' ? listed[0]?.entity : undefined);
  if (named) return [named];
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
    const cents = /\b(?:loss of |earnings of |EPS of )?(\d{1,3}) cents (?:a|per) share/i.exec(text);
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
