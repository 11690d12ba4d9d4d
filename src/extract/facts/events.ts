/**
 * Scheduled company events: earnings reports and calls, shareholder votes and deal closings, with the
 * date resolved against the publish date, the fiscal period, and consensus EPS / revenue when given.
 * An earnings date already past at publication is history, not a scheduled event.
 */
import type { EventFact } from '../../domain/facts.js';
import type { Entity } from '../companies/mentions.js';
import { evidenceOf, impliedSubject, mentionsIn, type ArticleContext } from '../context.js';
import { findDates, findPeriods } from '../dates.js';
import { findMoney } from '../money.js';

const CALL = /\b(earnings call|conference call|investor call|analyst call|webcast)\b/i;
const EARNINGS =
  /\b(reports?|reporting|will report|to report|set to report|scheduled to report|releases?|will release|to release|posts?|will post|due|scheduled|slated|expected)\b[^.]{0,60}\b(results|earnings|numbers|figures|report|quarter|Q[1-4])\b|\b(earnings|results|Q[1-4](?:\s+\d{4})?(?:\s+(?:results|report|earnings|numbers))?)\s+(?:is|are|will be|come|comes|arrive|arrives)?\s*(?:due|out|scheduled|expected|slated)\b|\breports? (?:on|after|before)\b|\bwhen it reports\b/i;
const VOTE = /\b(shareholders?|stockholders?|investors|unitholders)\b[^.]{0,40}\bvote\b|\b(special|annual|extraordinary) (general )?meeting\b|\bshareholder vote\b/i;
const CLOSING = /\b(expected to (close|complete|be completed|be finalized|conclude)|expects? (the deal |the transaction |the acquisition |it )?to (close|complete)|set to close|slated to close|should close|on track to close|anticipated to close|targeted to close|closing (is )?(expected|anticipated|scheduled))\b/i;

interface DealHint {
  sentenceIndex: number;
  party: Entity | null;
}

export function extractEvents(ctx: ArticleContext, dealHints: DealHint[] = []): EventFact[] {
  const out: EventFact[] = [];
  ctx.sentences.forEach((s, si) => {
    const t = s.text;
    let type: EventFact['type'] | null = null;
    let cueAt = -1;
    const tests: Array<[RegExp, EventFact['type']]> = [
      [CLOSING, 'deal_closing'],
      [VOTE, 'shareholder_vote'],
      [CALL, 'earnings_call'],
      [EARNINGS, 'earnings'],
    ];
    for (const [re, ty] of tests) {
      const m = re.exec(t);
      if (m) {
        type = ty;
        cueAt = m.index;
        break;
      }
    }
    if (!type) return;
    const future = true;
    const dates = findDates(t, ctx.published, future);
    const periods = findPeriods(t, ctx.published, type === 'deal_closing');
    const date = pickNear(dates, cueAt)?.date ?? null;
    const period = pickNear(periods, cueAt)?.period ?? null;
    if (type !== 'deal_closing' && !date) return;
    if (type === 'deal_closing' && !date && !period) return;
    // Past dates are history ("reported Q2 results on July 29"), not scheduled events.
    if (date && ctx.published && date < ctx.published && /\b(reported|posted|released|held|voted|closed|completed)\b/i.test(t)) return;

    const ms = mentionsIn(ctx, s).filter((m) => m.entity.kind === 'listed' || m.entity === ctx.primary || type === 'deal_closing');
    let company: Entity | null = [...ms].reverse().find((m) => m.rel <= cueAt)?.entity ?? ms[0]?.entity ?? null;
    if (type === 'deal_closing') {
      const hint = [...dealHints].reverse().find((h) => h.sentenceIndex <= si);
      if (!company || /^(the|this) (deal|transaction|acquisition|merger|purchase|sale)\b/i.test(t.slice(0, 40)))
        company = hint?.party ?? company;
      if (!hint && !/\b(deal|transaction|acquisition|merger|purchase|sale|takeover|combination)\b/i.test(t)) return;
    }
    company ??= impliedSubject(ctx, si);
    if (!company) return;

    let consensusEps: number | null = null;
    let consensusRevenue: number | null = null;
    if (type === 'earnings' || type === 'earnings_call') {
      for (const m of findMoney(t)) {
        const around = t.slice(Math.max(0, m.start - 25), Math.min(t.length, m.end + 25));
        if (!m.scaled && Math.abs(m.amount) < 100 && /\b(EPS|per share|a share|earnings)\b/i.test(around)) consensusEps ??= m.amount;
        else if (m.scaled && Math.abs(m.amount) >= 1e6 && /\b(rev|revenue|revenues|sales|top line)\b/i.test(around)) consensusRevenue ??= m.amount;
      }
      if (!/\b(consensus|expect|expects|expected|estimate|estimates|street|analysts|calls for|forecast|projected|anticipate|polled)\b/i.test(t)) {
        consensusEps = null;
        consensusRevenue = null;
      }
    }
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
    const same = out.find((o) => o.company === fact.company && o.type === fact.type && (o.date === fact.date || !o.date || !fact.date) && (o.period === fact.period || !o.period || !fact.period));
    if (same) {
      same.date ??= fact.date;
      same.period ??= fact.period;
      same.consensusEps ??= fact.consensusEps;
      same.consensusRevenue ??= fact.consensusRevenue;
    } else out.push(fact);
  });
  return out;
}

function pickNear<T extends { start: number }>(list: T[], at: number): T | undefined {
  let best: T | undefined;
  for (const x of list) if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  return best;
}
