/**
 * Stock moves: an explicit percent change of a named company's share price, with its window and the
 * price that goes with it. Percentages of revenue, margins, stakes, odds, and moves of indexes or
 * sectors are left out; ranges ("10–15%") are not a single move.
 */
import type { StockMoveFact } from '../../domain/facts.js';
import type { Entity } from '../companies/mentions.js';
import {
  evidenceOf,
  impliedSubject,
  mentionsIn,
  recentSubject,
  BACK_REFERENCE,
  type ArticleContext,
} from '../context.js';
import { findDates } from '../dates.js';
import { findMoney } from '../money.js';
import { findPercents, MOVE_DOWN } from '../percent.js';
import type { Span } from '../sentences.js';
import { isBrokerName } from './brokers.js';

type Window = StockMoveFact['window'];

const STOCK_WORD =
  /\b(shares?|stocks?|equity|ADRs?|market (?:value|cap)|valuation|rall(?:y|ied)|traded|trading)\b/i;
const METRIC_AFTER =
  /^\s*(?:increase|decrease|rise|drop|decline|gain|cut|reduction)\s+in\s+(?:their|its|his|her|the)\s+(?:ownership|holdings?|position|stake)\b|^\s*(?:below|above|under|short of)\s+(?:our|its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:estimate|fair value|intrinsic value|valuation|worth)\b|^\s*(?:[-\w]+\s+){0,2}?(revenue|sales|growth|margins?|earnings|profits?|income|EPS|yoy|year[- ]over[- ]year|year[- ]on[- ]year|y\/y|stake|interest|ownership|market share|returns?|yield|annualized|premium|discount|chance|odds|probability|cagr|rate|of (?:the|its|their) (?:[\w-]+\s+)?(?:shares|stock|company|business|group|revenue|workforce)|owned|holding|of revenue|of sales|of total|jobs|workforce|staff|employees|users|customers|subscribers|capacity|tariffs?|inflation|dividend)\b/i;
const METRIC_BEFORE =
  /\b(revenue|sales|margins?|earnings|profits?|income|EPS|guidance|ebitda|stake|yield|returns?|rates?|inflation|unemployment|odds|probability|dividend|users|subscribers|traffic|volume|costs?|spending|capex|debt|bookings|backlog|orders|tariffs?|workforce|jobs|headcount|ownership|gdp|consumption|output|production|demand|shipments|deliveries|forecast|outlook|estimates?)\b[^%:;]{0,30}$|\b(?:offer|bid|proposal)\s+(?:was|is|came\s+in|stood)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** "lifted its holdings in Rollins by 3.4%": a fund's position, in lower case ("Vertiv Holdings" is a name). */
const HOLDING_BEFORE = /\b(?:holdings|position)\b[^%]{0,40}$/;
const INDEX_WORDS =
  /\b(S&P(?: 500)?|Nasdaq(?: Composite| 100)?|Dow(?: Jones)?|Russell 2000|index|indexes|indices|sector|ETF|benchmark|peers|the market|broader market|FTSE|DAX|CAC(?: 40)?|Nikkei|Topix|Stoxx|Euro Stoxx|Hang Seng|Kospi|Sensex|Nifty|ASX 200|S&P\/ASX 200|IBEX|FTSE MIB|Shanghai Composite|CSI 300|Straits Times Index|Bitcoin|BNB|ether|gold|oil|crude|Treasury|yields?)\b/i;
/** "will cut Woodside's interest in the project to 45%": a holding's new size, not a move. */
const INTEREST_TO = /\b(?:interest|stake|holding|ownership)\s+in\s+[^%]{0,40}\bto\s+$/i;
/** "the top Nifty gainer", "a FTSE 100 constituent": an index naming the stock's league, not an index move. */
const withoutLeague = (text: string): string =>
  text
    // "the top gainer in the S&P 500", "the worst performer on the Nasdaq 100".
    .replace(
      /\b(?:gainers?|losers?|fallers?|risers?|performers?|decliners?|advancers?)\s+(?:in|on|among|of)\s+(?:the\s+)?[\w&/.-]+(?:\s[A-Z][\w&/.-]*){0,2}(?:\s\d+)?/gi,
      ' ',
    )
    .replace(
      /\b[\w&/-]+(?:\s\d+)?\s+(?:gainers?|losers?|fallers?|risers?|constituents?|members?|heavyweights?|stocks?)\b/gi,
      ' ',
    );
/** "Axon stock is about 3% below that entry": a distance from a chart's buy point, not a move. */
const FROM_BUY_POINT =
  /^\s*(?:below|above|under|over|beyond|past|from)\s+(?:the|that|its|a|this)\s+(?:[\w-]+\s+){0,2}?(?:entry|buy point|buy zone|pivot|trigger|buy range)\b/i;
/**
 * "will pay ¥3,150 a share, 41% above Fushimi's closing price on Monday": an offer's premium over a close,
 * not a move (told with the offer's own words before it).
 */
const PREMIUM_AFTER =
  /^\s*(?:above|over|higher than|below|under)\s+(?:(?:[A-Z][\w&.-]*\s+){0,3}[\w&.-]+['’]s?\s+|its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:closing (?:share |stock )?price|close|last (?:traded )?price|undisturbed (?:share )?price|unaffected (?:share )?price|volume-weighted average (?:share )?price|average (?:closing )?price)\b/i;
const OFFER_BEFORE =
  /\b(?:pay|pays|paying|offer|offers|offered|offering|bid|bids|values?|valued|valuing|a share in cash|per share in cash|cash offer|tender price|offer price)\b/i;
/** "the average target has fallen 11%": a price target's change, not the shares'. */
const TARGET_CHANGE =
  /\b(?:price )?targets?\s+(?:has |have |had )?(?:fallen|risen|rose|fell|dropped|climbed|slipped|gained|declined|been (?:cut|raised|lowered|trimmed|lifted))\s+(?:by\s+)?(?:about |roughly |nearly |some )?$/i;
/**
 * "Urban Outfitters — Shares jumped 10.4%", "Urban Outfitters climbed 9% in premarket trading": a move
 * list's item opens with a company the article does not know; its move is no other company's.
 */
const UNKNOWN_OPENER = new RegExp(
  String.raw`^(?!(?:The|A|An|Its|Their|His|Her|This|That|These|Those|It|They|Shares|Stock|Stocks|Meanwhile|Separately|Also|And|But|In|On|At|After|Before|By|For|Over|Since|Earlier|Later|Investors|Traders|Analysts|Overall|Still|Now|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Premarket|After-hours|Trading|Revenue|Sales|Profit|Earnings)\b)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}(?:\s+[—–-]\s+|:\s+|\s+(?:shares\s+|stock\s+)?(?:jumped|rose|fell|climbed|gained|dropped|slid|slipped|sank|surged|soared|tumbled|plunged|rallied|popped|advanced|declined|lost|added|dipped|edged|spiked)\b)`,
);
const AFTER_UP = /^\s*(gain|rise|jump|rally|increase|advance|climb|surge|pop|upside|higher)/i;
const AFTER_DOWN =
  /^\s*(drop|decline|fall|loss|slide|slump|plunge|decrease|downside|lower|tumble|dip|pullback|retreat|sell-?off)/i;

/**
 * "Shares of A, B and C fell 2%, 3.5% and 4.1%, respectively": as many companies before the first figure
 * as there are figures, paired in order; null when the sentence is no such list.
 */
function respectiveSubjects(
  text: string,
  ms: ReturnType<typeof mentionsIn>,
  percents: ReturnType<typeof findPercents>,
): Entity[] | null {
  if (percents.length < 2 || !/\brespectively\b/i.test(text) || percents.some((p) => p.range)) return null;
  const named: Entity[] = [];
  for (const m of ms) if (m.relEnd <= percents[0]!.start && !named.includes(m.entity)) named.push(m.entity);
  return named.length === percents.length ? named : null;
}

interface Draft extends StockMoveFact {
  explicitWindow: boolean;
  approximate: boolean;
  key: string;
}

export function extractStockMoves(ctx: ArticleContext): StockMoveFact[] {
  const drafts: Draft[] = [];
  let lastSubject: Entity | null = null;
  ctx.sentences.forEach((s, si) => {
    if (!s.text.includes('%') && !/\bper ?cent|\bpct\b|\dpc\b/i.test(s.text)) return;
    const stat = statLineMove(ctx, s, si);
    if (stat) {
      drafts.push(stat);
      return;
    }
    const percents = findPercents(s.text);
    if (!percents.length) return;
    const ms = mentionsIn(ctx, s);
    const movesBefore = drafts.length;
    const respective = respectiveSubjects(s.text, ms, percents);
    percents.forEach((p, pi) => {
      if (p.range || p.value === 0) return;
      const clauseStart = pi > 0 ? percents[pi - 1]!.end : 0;
      const before = s.text.slice(clauseStart, p.start);
      const nextStart = percents[pi + 1]?.start ?? s.text.length;
      const after = s.text.slice(p.end, nextStart);
      // Tickers in capitals ("COST") are names, not the metric words they spell.
      const plainBefore = before.slice(-45).replace(/\b(?!EPS\b|GDP\b)[A-Z]{2,6}\b/g, '');
      if (
        METRIC_AFTER.test(after) ||
        FROM_BUY_POINT.test(after) ||
        METRIC_BEFORE.test(plainBefore) ||
        HOLDING_BEFORE.test(plainBefore) ||
        INTEREST_TO.test(plainBefore) ||
        TARGET_CHANGE.test(before) ||
        (PREMIUM_AFTER.test(after) && OFFER_BEFORE.test(s.text.slice(0, p.start)))
      )
        return;
      // "…, outpacing the Nikkei 225, which rose 0.3%": the index's move, whoever moved before it.
      const outsideAnchors = withoutLeague(before.replace(/\([^)]*\)/g, ' '));
      if (pi > 0 && INDEX_WORDS.test(outsideAnchors) && !/\b(shares|stock)\b/i.test(before)) return;
      // "…, compared with a 6% gain in the S&P 500", "a 12% gain for the KBW Bank Index": the index's move.
      if (
        (AFTER_UP.test(after) || AFTER_DOWN.test(after)) &&
        /^\s*[\w-]+\s+(?:in|for|of|by)\s+/i.test(after) &&
        INDEX_WORDS.test(after.slice(0, 50))
      )
        return;
      // Probabilities and returns in option or fund notes are not price moves.
      if (/\b(return|odds|chance|probability|yield|implied)\b/i.test(after.slice(0, 30))) return;

      let direction = p.direction;
      if (!direction && respective) direction = percents[0]!.direction;
      if (!direction) direction = AFTER_UP.test(after) ? 1 : AFTER_DOWN.test(after) ? -1 : 0;
      // "remains 40% below its IPO price": the word after the figure says which way, whatever came before.
      if (!p.signed && /^\s*(?:below|under)\b/i.test(after)) direction = -1;
      else if (!p.signed && /^\s*above\b/i.test(after)) direction = 1;
      // "up 18.2% year to date and 24% over the past 12 months": a figure joined to a move just told.
      const joined =
        drafts.length > movesBefore &&
        /^[^%;,]{0,30}\band\s+(?:about\s+|roughly\s+|nearly\s+)?$/i.test(before);
      if (!direction && joined) direction = drafts[drafts.length - 1]!.changePct > 0 ? 1 : -1;
      if (!direction) return;

      // The company: the nearest mention before the figure in this sentence, else the subject.
      const beforeMentions = ms.filter((m) => m.relEnd <= p.start);
      let subject: Entity | null = null;
      if (beforeMentions.length) {
        const nearest = outsideRelativeClause(s.text, beforeMentions, p.start);
        const between = s.text.slice(nearest.relEnd, p.start);
        // "…, which some see as a target in the sector, rose 2.4%": a relative clause names no index move.
        const main = between.replace(/,\s+(?:which|who|whose)\b[^,;]*,/g, ' ');
        if (INDEX_WORDS.test(withoutLeague(main)) && !/\b(shares|stock)\b/i.test(between)) return;
        // Analysts, brokers and media firms do not move; skip a firm followed by its verb of opinion.
        subject = nearest.entity;
        // "…including an AWS integration, helped shares jump 10%": the shares are not AWS's; but
        // "IDEXX, the market leader, whose shares slipped 1.2%" are the named company's.
        if (
          !/\bwhose\s+(?:shares|stock)\b/i.test(between) &&
          /\b(shares|stock)\b/i.test(between) &&
          !/^\)?(?:['’]s)?\s*(?:\([^)]*\)\s*)?(?:class [a-z] )?(shares|stock)\b/i.test(between)
        ) {
          // Unless the sentence itself opens with a company: "Nike … extending a slump that has taken the stock 11% lower".
          const head = ms[0] ? s.text.slice(0, ms[0].rel) : '';
          const opener =
            ms[0] && /^(?:[\w-]+ ){0,2}$/.test(head) && ms[0].entity.kind === 'listed' ? ms[0].entity : null;
          subject = opener ?? recentSubject(ctx, si) ?? lastSubject ?? ctx.primary;
        }
        if (
          nearest.entity.kind === 'private' &&
          /\b(says?|said|expects?|sees?|predicts?|estimates?)\b/i.test(between)
        )
          return;
      } else {
        const head = s.text.slice(0, p.start);
        if (INDEX_WORDS.test(head) || UNKNOWN_OPENER.test(head)) return;
        if (!STOCK_WORD.test(s.text) && !BACK_REFERENCE.test(s.text)) return;
        subject = BACK_REFERENCE.test(s.text)
          ? (recentSubject(ctx, si) ?? lastSubject ?? ctx.primary)
          : impliedSubject(ctx, si);
      }
      if (respective) subject = respective[pi]!;
      if (!subject || subject.kind !== 'listed') {
        if (!subject || !STOCK_WORD.test(s.text)) return;
      }
      if (!STOCK_WORD.test(s.text) && !subject.ticker) return;
      // A move needs a stock context or a ticker right before the verb; a later figure of a sentence that
      // already told a move may carry it as a noun ("rose 3.1%, extending its gain this month to 22%").
      const continues =
        pi > 0 &&
        drafts.length > movesBefore &&
        /\b(?:its|their)\s+(?:[\w-]+\s+)?(?:gains?|loss(?:es)?|declines?|drops?|advances?|rally|rise|slide|slump|run)\b/i.test(
          before,
        );
      // "Investors sent Varga Steel 6% lower": the verb before the company, the way after the figure.
      const sentThatWay =
        /\b(?:sent|sends|pushed|pushes|knocked|knocks|dragged|drags)\s+(?:[\w&.'’():-]+\s+){1,6}$/i.test(
          before,
        ) && /^\s*(?:lower|higher)\b/i.test(after);
      // "…was the worst performer in the S&P 500, off 9.1%": "off" right before the figure is a fall.
      const offBy = /(?:^|,\s*)off\s+(?:(?:about|nearly|roughly|almost|some)\s+)?$/i.test(before);
      if (
        !p.signed &&
        !continues &&
        !sentThatWay &&
        !offBy &&
        !STOCK_WORD.test(s.text) &&
        !/\b(ended|closed|finished|settled|opened|doubled|tripled|rose|risen|fell|fallen|jumped|gained|climbed|rallied|soared|surged|dropped|slid|slipped|sank|sunk|declined|tumbled|plunged|plummeted|lost|added|dipped|slumped|sagged|eased|edged|advanced|retreated|rebounded|leapt|leaped|spiked|popped|skidded|moved|rolled|crept|inched|ticked|shot|raced|bounced|shed|sheds|(?:gave|gives|give) up|(?:was|were|is|are) off|up|down|(?:jump|ris|fall|gain|climb|rally|soar|surg|dropp|slid|slipp|sink|declin|tumbl|plung|los|add|dipp|slump|eas|edg|advanc|retreat|rebound|leap|spik|popp|skidd)ing)\b/i.test(
          before,
        )
      )
        return;

      const local = localText(before, after);
      let { window, explicit } = windowOf(local, s.text, ctx.published, leadIn(before));
      // "jumped 10.7% on the announcement, closing at $7.79 on Oct. 23": a daily move after all.
      if (
        window === 'since_event' &&
        !/\bsince\b|\boff (its|the)\b/i.test(local.before + local.after) &&
        /\b(closing|closed)\b[^.;]*\d/i.test(after)
      ) {
        window = 'day';
        explicit = true;
      }
      const dates = findDates(s.text, ctx.published);
      const dateAfter =
        dates.find((d) => d.start >= p.end && d.start < nextStart) ?? dates.find((d) => d.end <= p.start);
      const price = priceFor(s.text, p.end, nextStart) ?? priceBefore(before);
      lastSubject = subject;
      drafts.push({
        ticker: subject.ticker,
        company: subject.name,
        changePct: direction * p.value,
        price,
        window,
        date: window === 'day' || window === 'intraday' ? (dateAfter?.date ?? null) : null,
        evidence: evidenceOf(s),
        explicitWindow: explicit,
        approximate: p.approximate,
        key: subject.key,
      });
    });
  });
  return dedupe(drafts).map(({ explicitWindow: _e, approximate: _a, key: _k, ...fact }) => fact);
}

/**
 * A figure told first, its meaning after a colon, as "by the numbers" lists do: "1.4%: how much Hershey's
 * shares rose on Wednesday", "6%: the stock's gain so far this year".
 */
const STAT_LINE =
  /^\s*(\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)\s*[:—–]\s+(?:how much\s+(.{1,80}?)\s+(rose|fell|jumped|dropped|gained|lost|climbed|slid|sank|surged|tumbled|declined|added|advanced)\b|the\s+(stock|shares)['’]s?\s+(gain|rise|advance|loss|drop|decline|fall|slide)\b)(.*)$/i;

function statLineMove(ctx: ArticleContext, s: Span, si: number): Draft | null {
  const m = STAT_LINE.exec(s.text);
  if (!m) return null;
  const [, value, who, verb, , noun, rest] = m;
  const subject = who
    ? mentionsIn(ctx, s).find((x) => x.rel >= m[0].indexOf(who) && !isBrokerName(x.entity.name))?.entity
    : (recentSubject(ctx, si) ?? ctx.primary);
  if (!subject || (!subject.ticker && subject.kind !== 'listed')) return null;
  if (who && !/\b(?:shares|stock)\b/i.test(who)) return null;
  const down = MOVE_DOWN.test(verb ?? noun!);
  const { window, explicit } = windowOf({ before: '', after: rest! }, s.text, ctx.published);
  return {
    ticker: subject.ticker,
    company: subject.name,
    changePct: (down ? -1 : 1) * Number(value),
    price: null,
    window,
    date: window === 'day' ? (findDates(rest!, ctx.published)[0]?.date ?? null) : null,
    evidence: evidenceOf(s),
    explicitWindow: explicit,
    approximate: false,
    key: subject.key,
  };
}

function localText(before: string, after: string): { before: string; after: string } {
  const b = before.split(/[,;]\s|\(/).pop() ?? before;
  const a = after.split(/;|,\s(?=[a-z]+ing\b|while\b|and\b|but\b)/)[0] ?? after;
  return { before: b, after: a.slice(0, 90) };
}

/**
 * What else may set a move's window when its own phrase does not: the sentence's opening phrase ("In
 * after-hours trading, Oracle jumped 8%") and the clause a participle hangs from ("…have more than
 * doubled over the past 12 months, rising 140%").
 */
function leadIn(before: string): string {
  const opening = /^\s*(?:In|During|At|By|Over|Since)\s[^,;]{1,50},/.exec(before)?.[0] ?? '';
  const participle =
    /(?:^|[,;(]\s?)([^,;(]{1,120}),\s+[a-z]+ing\s+(?:(?:about|nearly|roughly|almost|more than|some|another)\s+)?$/.exec(
      before,
    );
  return `${opening} ${participle?.[1] ?? ''}`;
}

function windowOf(
  local: { before: string; after: string },
  sentence: string,
  published: string | null = null,
  leadIn = '',
): { window: Window; explicit: boolean } {
  const t = `${local.before} ${local.after}`;
  // "finished the week 6.5% higher": the span the close ends.
  const span = /\b(?:finished|ended|closed)\s+the\s+(week|month|year)\b[^.;%\d]{0,14}$/i.exec(local.before);
  if (span) return { window: span[1]!.toLowerCase() as Window, explicit: true };
  // "…as much as 8% intraday before paring gains to close up 3.1%": the closing move is the day's.
  if (/\b(?:to close|closed|closing|finished|ended the (?:day|session))\b[^.;%\d]{0,14}$/i.test(local.before))
    return { window: 'day', explicit: true };
  // "soared as much as 22% on Monday": the session's peak, whatever day follows it.
  if (/\bas much as\s+$/i.test(local.before)) return { window: 'intraday', explicit: true };
  const rules: Array<[RegExp, Window]> = [
    [/\b(pre-?market|before the (opening )?bell|premarket)\b/i, 'premarket'],
    [
      /\b(after[- ]hours|extended trading|after the (closing )?bell|post-?market|late trading)\b/i,
      'afterhours',
    ],
    [
      /\b(year[- ]to[- ]date|ytd|so far this year|this year|since the start of the year|since january)\b/i,
      'ytd',
    ],
    [
      /\b(intraday|early trading|morning trading|afternoon trading|(?:by|in the) (?:late |early )?afternoon|late morning|mid-?morning|mid-?day|in early|at one point|during the session|as much as|by \d{4} GMT|(?:by|as of|at) \d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|GMT|ET|EST|BST|CET|JST)?|by lunchtime)\b/i,
      'intraday',
    ],
    [
      /\b(this week|last week|the week|past week|weekly|for the week|on the week|five sessions|5 sessions|(?:five|5) trading (?:sessions|days))\b/i,
      'week',
    ],
    [/\b(this month|last month|past month|the month|monthly|30 days|four weeks)\b/i, 'month'],
    [/\b(past year|last year|12 months|twelve months|one year|a year|52 weeks|annual)\b/i, 'year'],
    // "rose 35% in the quarter": a quarter has no window of its own.
    [
      /\b(?:(?:in|during|for|over|across) the (?:(?:first|second|third|fourth|latest|past|last|september|june|march|december) )?quarter|this quarter|quarter-to-date|in (?:the )?Q[1-4])\b/i,
      'other',
    ],
    // "over the past three months", "in the last six months": a span with no window of its own.
    [
      /\b(?:(?:past|last|previous)|(?:over|in|during) the) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) (?:months|years|weeks)\b|\b(?:in|over) (?:two|three|four|2|3|4) (?:sessions|trading days|days)\b/i,
      'other',
    ],
    [
      // "its biggest single-day rise since July" compares the day's move; it is no window of its own.
      /\b((?<!\b(?:biggest|largest|best|worst|sharpest|steepest|strongest|highest|lowest|first|most)\b[^.;]{0,40}?)since|off (its|the|their)|from (its|the|their) (?:[\w-]+ )?(low|bottom|high|peak|record|lows|highs)|(?:below|under|above) (?:its|the|their) (?:[\w-]+ ){0,2}(?:IPO|offer|offering|listing|debut|deal) price)\b/i,
      'since_event',
    ],
    [
      /\b(on (monday|tuesday|wednesday|thursday|friday)|today|yesterday|on the day|closing|closed|session|on (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/i,
      'day',
    ],
    // "gained 5% on the news": the day's reaction to it.
    [/\bon the (announcement|news|report|deal|agreement|acquisition)\b/i, 'day'],
    [/\b(after the (announcement|news|deal|report)|following the)\b/i, 'since_event'],
  ];
  // The figure's own phrase first: "down 4.6% over the past week and 14% lower over the past year".
  for (const text of [local.after, t, leadIn])
    for (const [re, w] of rules) if (re.test(text)) return { window: w, explicit: true };
  // "have gained 60% in 2026" told in 2026: so far this year.
  const inYear = /\bin ((?:19|20)\d\d)\b/.exec(t);
  if (inYear) return { window: inYear[1] === published?.slice(0, 4) ? 'ytd' : 'year', explicit: true };
  if (/\b(this week)\b/i.test(sentence)) return { window: 'week', explicit: true };
  return { window: 'day', explicit: false };
}

/**
 * The share price told with the move, in US dollars only: a move carries no currency, and every card
 * shows its price as dollars, so "rose 3.4% to 1,842 yen" keeps its move and drops its price.
 */
function priceFor(sentence: string, from: number, to: number): number | null {
  const region = sentence.slice(from, Math.min(to, from + 120));
  for (const m of findMoney(region)) {
    if (m.scaled || m.currency !== 'USD' || Math.abs(m.amount) >= 100_000) continue;
    const pre = region.slice(Math.max(0, m.start - 16), m.start);
    if (/\b(at|to|near|around|of|hit|reach(?:ed)?|closing at|closed at)\s*~?\s*$/i.test(pre)) {
      if (/target|valu/i.test(region.slice(Math.max(0, m.start - 30), m.start))) continue;
      return m.amount;
    }
  }
  return null;
}

/** "closed at $41.10, down 8.2%": a closing price told just before its move (read by findMoney, as priceFor). */
const CLOSED_AT_THEN_MOVE =
  /\b(?:closed|ended|finished|settled|was trading|traded|stood)\s+at\s+(\S+),?\s+(?:or\s+)?(?:up|down|off|higher|lower)\s+(?:(?:about|nearly|roughly|almost|some)\s+)?$/i;
function priceBefore(before: string): number | null {
  const told = CLOSED_AT_THEN_MOVE.exec(before);
  const m = told ? findMoney(told[1]!)[0] : undefined;
  if (!m || m.scaled || m.currency !== 'USD' || m.amount <= 0 || m.amount >= 100_000) return null;
  return m.amount;
}

/** One move per company, direction, and figure: "about 10%" and "10.7%" on the same day are one move. */
function dedupe(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => {
      if (o.key !== d.key || Math.sign(o.changePct) !== Math.sign(d.changePct)) return false;
      const a = Math.abs(o.changePct);
      const b = Math.abs(d.changePct);
      const windowsAgree = o.window === d.window || !o.explicitWindow || !d.explicitWindow;
      if (!windowsAgree) return false;
      if (Math.abs(a - b) < 0.051) return true;
      return (o.approximate || d.approximate) && Math.abs(a - b) / Math.max(a, b) <= 0.1;
    });
    if (!same) {
      out.push({ ...d });
      continue;
    }
    const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;
    if ((same.approximate && !d.approximate) || decimals(d.changePct) > decimals(same.changePct)) {
      same.changePct = d.changePct;
      same.approximate = d.approximate;
      same.evidence = d.evidence;
      if (d.price !== null) same.price = d.price;
    }
    if (!same.explicitWindow && d.explicitWindow) {
      same.window = d.window;
      same.explicitWindow = true;
    }
    same.price ??= d.price;
    same.date ??= d.date;
  }
  return out;
}

/**
 * The nearest company before a figure, passing over a relative clause that closes before it: in
 * "Kvarven (KVRV), which owns 52.7% of Hovland, climbed 3.9%" Kvarven climbed, not Hovland.
 */
function outsideRelativeClause<M extends { rel: number; relEnd: number }>(
  t: string,
  before: M[],
  at: number,
): M {
  const nearest = before[before.length - 1]!;
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let m = RELATIVE_CLAUSE.exec(t); m && m.index < nearest.rel; m = RELATIVE_CLAUSE.exec(t)) {
    const end = m.index + m[0].length;
    if (
      end <= at &&
      end > nearest.relEnd &&
      /^\s*(?:[\w-]+\s+){0,2}$/.test(t.slice(end, at).replace(/\b(?:up|down)\b.*$/, ''))
    ) {
      const outside = before.filter((x) => x.relEnd <= m!.index);
      if (outside.length) return outside[outside.length - 1]!;
    }
  }
  return nearest;
}
const RELATIVE_CLAUSE = /,\s+(?:which|who)\s[^,;]*,/g;
