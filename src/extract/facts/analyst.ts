/**
 * Analyst actions: a named firm's rating or price-target action on a named company.
 * "Citi upgraded LUMN to Buy (PT $7.50)", "Deutsche Bank cut its price target on Vantero to €52 from €58,
 * keeping a Hold rating, while Berenberg reiterated its Buy recommendation".
 */
import type { AnalystActionFact } from '../../domain/facts.js';
import type { Entity } from '../companies/mentions.js';
import { evidenceOf, impliedSubject, mentionsIn, type ArticleContext } from '../context.js';
import { findMoney } from '../money.js';

type Action = AnalystActionFact['action'];

const RATING = String.raw`(Strong Buy|Strong Sell|Buy|Sell|Hold|Neutral|Outperform|Underperform|Overweight|Underweight|Equal[- ]?Weight|Market Perform|Sector Perform|Peer Perform|Sector Weight|Market Outperform|Accumulate|Reduce|In[- ]Line|Positive|Negative|Add|Conviction Buy)`;
const TO_RATING = new RegExp(String.raw`\b(?:to|at|with)\s+(?:an?\s+)?["“]?${RATING}["”]?(?!\w)`);
const FROM_RATING = new RegExp(String.raw`\bfrom\s+(?:an?\s+)?["“]?${RATING}["”]?(?!\w)`);
const RATING_NOUN = new RegExp(String.raw`["“]?${RATING}["”]?\s+(?:rating|recommendation|call|stance)`);
const CUE =
  /\b(upgrad(?:ed|es|e|ing)|downgrad(?:ed|es|e|ing)|initiat(?:ed|es|e|ing)|(?:started|starts|began|begins|launched|launches|resumed|resumes|assumed|assumes|picked up|opened|opens)\s+(?:research\s+)?coverage|(?:starting|started|starts|opened|opens|opening|began|begins)\s+(?:at|with)|held on to|holds on to|reiterat(?:ed|es|e|ing)|maintain(?:ed|s|ing)?|affirm(?:ed|s)?|kept|keeps|keeping|rais(?:ed|es|e|ing)|lift(?:ed|s)?|boost(?:ed|s)?|increas(?:ed|es)|hik(?:ed|es)|cut(?:s|ting)?|lower(?:ed|s|ing)|reduc(?:ed|es)|trim(?:med|s)|slash(?:ed|es)|set|sets|rates?|rated)\b/i;
const RATING_WORD = new RegExp(String.raw`\b${RATING}\b`);
const TARGET = /\b(price target|target price|price objective|PT|target)\b/i;

export function extractAnalystActions(ctx: ArticleContext): AnalystActionFact[] {
  const out: AnalystActionFact[] = [];
  // The company the last action was about: "Mizuho cut its target…" in the next paragraph means the same one.
  let lastSubject: Entity | null = null;
  ctx.sentences.forEach((s, si) => {
    // Table rows are read by their columns (listedActions), never as prose.
    if ((s.text.match(/\|/g)?.length ?? 0) >= 2) return;
    if (
      !CUE.test(s.text) ||
      !(TARGET.test(s.text) || RATING_WORD.test(s.text) || /coverage|upgrad|downgrad/i.test(s.text))
    )
      return;
    const ms = mentionsIn(ctx, s);
    let carryTarget: Entity | null = null;
    // Clauses: "X cut ..., while Y reiterated ..." holds two actions.
    const clauses = splitClauses(s.text);
    for (const c of clauses) {
      const cue = CUE.exec(c.text);
      if (!cue) continue;
      const cueAt = c.start + cue.index;
      const inClause = ms.filter((m) => m.rel >= c.start && m.relEnd <= c.end);
      const firmM = [...inClause].reverse().find((m) => m.relEnd <= cueAt);
      let firm = firmM?.entity ?? null;
      // Passive: "Lumen was upgraded to Buy at Citi" / "by Citi".
      // Headline style drops the auxiliary: "Robinhood upgraded to Outperform at Mizuho".
      const passive =
        /\b(was|were|been|got)\s+(upgraded|downgraded|initiated|reiterated)/i.test(c.text) ||
        (new RegExp(String.raw`^(?:upgraded|downgraded)\s+(?:to|at)\s+(?:an?\s+)?["“]?${RATING}`, 'i').test(
          c.text.slice(cue.index),
        ) &&
          inClause.some(
            (m) => m.rel > cueAt && /\b(?:at|by)\s+$/i.test(s.text.slice(Math.max(0, m.rel - 6), m.rel)),
          ));
      let subject: Entity | null = null;
      if (passive) {
        const by = inClause.find(
          (m) => m.rel > cueAt && /\b(at|by|from)\s+$/i.test(s.text.slice(Math.max(0, m.rel - 6), m.rel)),
        );
        subject = firm;
        firm = by?.entity ?? null;
      } else {
        const after = inClause.find((m) => m.rel >= cueAt && m.entity !== firm);
        // "upgraded the retailer", "reiterated a Buy on the stock": the story's company.
        subject = after?.entity ?? carryTarget ?? lastSubject ?? ctx.primary;
      }
      if (!firm || !subject) continue;
      if (firm === subject) continue;
      const lower = c.text.slice(cue.index);
      const hasRatingOrTarget =
        TARGET.test(c.text) || RATING_WORD.test(lower) || /coverage|upgrad|downgrad/i.test(cue[0]);
      if (!hasRatingOrTarget) continue;
      const action = actionOf(cue[0], c.text);
      if (!action) continue;
      const rating = (TO_RATING.exec(lower) ?? RATING_NOUN.exec(c.text))?.[1] ?? null;
      const prior = FROM_RATING.exec(lower)?.[1] ?? null;
      const { target, priorTarget } = targetsOf(c.text);
      out.push({
        firm: firm.name,
        analyst: analystName(c.text),
        ticker: subject.ticker,
        company: subject.name,
        action,
        rating: rating ? titleCase(rating) : null,
        priorRating: prior ? titleCase(prior) : null,
        priceTarget: target,
        priorPriceTarget: priorTarget,
        evidence: evidenceOf(s),
      });
      carryTarget = subject;
      lastSubject = subject;
    }
    void si;
    void impliedSubject;
  });
  out.push(...listedActions(ctx));
  return dedupe(out);
}

/** Where a rating sits on the usual five-step scale: a change between steps is an upgrade or a downgrade. */
function ratingRank(r: string): number | null {
  const x = r.toLowerCase().replace(/[- ]/g, '');
  if (/^(strongbuy|convictionbuy)$/.test(x)) return 5;
  if (/^(buy|outperform|overweight|accumulate|add|positive|marketoutperform)$/.test(x)) return 4;
  if (/^(hold|neutral|equalweight|marketperform|sectorperform|peerperform|sectorweight|inline)$/.test(x))
    return 3;
  if (/^(sell|underperform|underweight|reduce|negative)$/.test(x)) return 2;
  if (/^strongsell$/.test(x)) return 1;
  return null;
}

/** The action a row or a bullet line states, else the one its rating or target change implies. */
function listedAction(
  words: string,
  rating: string | null,
  prior: string | null,
  target: number | null,
  priorTarget: number | null,
): Action | null {
  const w = words.toLowerCase();
  if (/upgrad/.test(w)) return 'upgrade';
  if (/downgrad/.test(w)) return 'downgrade';
  if (/initiat|coverage|\bstart/.test(w)) return 'initiate';
  if (
    /(?:target|\bpt\b)[^|]{0,12}\b(?:rais|lift|boost|increas|hik)|\b(?:rais|lift|boost|increas|hik)\w*\s+(?:\w+\s+)?(?:target|pt)\b/.test(
      w,
    )
  )
    return 'target_raise';
  if (
    /(?:target|\bpt\b)[^|]{0,12}\b(?:cut|lower|reduc|trim|slash)|\b(?:cut|lower|reduc|trim|slash)\w*\s+(?:\w+\s+)?(?:target|pt)\b/.test(
      w,
    )
  )
    return 'target_cut';
  if (/reiterat|maintain|affirm|\bkeep|\bkept/.test(w)) return 'reiterate';
  const a = rating ? ratingRank(rating) : null;
  const b = prior ? ratingRank(prior) : null;
  if (a !== null && b !== null && a !== b) return a > b ? 'upgrade' : 'downgrade';
  if (target !== null && priorTarget !== null && target !== priorTarget)
    return target > priorTarget ? 'target_raise' : 'target_cut';
  return null;
}

/** "$18 (from $24)", "PT $95 (was $70)": the new target and the one it replaced. */
function listedTargets(text: string): { target: number | null; priorTarget: number | null } {
  let target: number | null = null;
  let priorTarget: number | null = null;
  for (const m of findMoney(text).filter((x) => !x.scaled && Math.abs(x.amount) < 100_000)) {
    if (/\b(?:from|was)\s*$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) priorTarget ??= m.amount;
    else target ??= m.amount;
  }
  return { target, priorTarget };
}

const FIRM_HEAD = /^(?:firm|broker(?:age)?|bank|analyst firm|research firm|house)$/i;
const COMPANY_HEAD = /^(?:company|stock|ticker|name|security|issuer)$/i;
const ACTION_HEAD = /^(?:action|change|move|call)$/i;
const RATING_HEAD = /^(?:(?:new )?rating|recommendation)$/i;
const TARGET_HEAD = /^(?:(?:new )?(?:price )?target|pt|(?:new )?pt|target price)(?:\s*\(.*\))?$/i;

/**
 * Rating tables ("Firm | Company | Action | Rating | Target" and its rows) and broker bullet lines
 * ("Citi: Buy, PT $54 from $48" under a heading about one company): the layout, not a verb, says which
 * cell is the firm and which the company, so each row is read by its column.
 */
function listedActions(ctx: ArticleContext): AnalystActionFact[] {
  if (!/\|/.test(ctx.text) && !/^[A-Z][\w&.' -]{1,40}:\s/m.test(ctx.text)) return [];
  const out: AnalystActionFact[] = [];
  const lines: Array<{ text: string; start: number; end: number }> = [];
  let at = 0;
  for (const l of ctx.text.split('\n')) {
    lines.push({ text: l, start: at, end: at + l.length });
    at += l.length + 1;
  }
  const cellsOf = (l: {
    text: string;
    start: number;
  }): Array<{ text: string; start: number; end: number }> => {
    const cells: Array<{ text: string; start: number; end: number }> = [];
    let from = 0;
    for (const part of l.text.split('|')) {
      const lead = part.length - part.trimStart().length;
      cells.push({
        text: part.trim(),
        start: l.start + from + lead,
        end: l.start + from + lead + part.trim().length,
      });
      from += part.length + 1;
    }
    if (cells[0]?.text === '') cells.shift();
    if (cells[cells.length - 1]?.text === '') cells.pop();
    return cells;
  };
  const mentionIn = (c: { start: number; end: number }): Entity | null => {
    const ms = ctx.companies.within(c.start, c.end);
    return (ms.find((m) => m.entity.ticker) ?? ms[0])?.entity ?? null;
  };
  const push = (
    firm: string,
    subject: Entity,
    action: Action,
    rating: string | null,
    prior: string | null,
    t: { target: number | null; priorTarget: number | null },
    line: { text: string; start: number; end: number },
  ): void => {
    out.push({
      firm,
      analyst: null,
      ticker: subject.ticker,
      company: subject.name,
      action,
      rating: rating ? titleCase(rating) : null,
      priorRating: prior ? titleCase(prior) : null,
      priceTarget: t.target,
      priorPriceTarget: t.priorTarget,
      evidence: {
        text: line.text.trim(),
        start: line.start + (line.text.length - line.text.trimStart().length),
        end: line.end,
      },
    });
  };
  const ratingIn = (text: string): { rating: string | null; prior: string | null } => {
    const prior =
      FROM_RATING.exec(text)?.[1] ?? new RegExp(String.raw`\bwas\s+${RATING}`).exec(text)?.[1] ?? null;
    const first = RATING_WORD.exec(text.replace(FROM_RATING, ''))?.[1] ?? null;
    return { rating: first, prior };
  };

  for (let i = 0; i < lines.length; i++) {
    const head = cellsOf(lines[i]!).map((c) => c.text);
    if (head.length < 3) continue;
    const firmCol = head.findIndex((h) => FIRM_HEAD.test(h));
    const coCol = head.findIndex((h) => COMPANY_HEAD.test(h));
    const actCol = head.findIndex((h) => ACTION_HEAD.test(h));
    const ratCol = head.findIndex((h) => RATING_HEAD.test(h));
    const tgtCol = head.findIndex((h) => TARGET_HEAD.test(h));
    if (firmCol < 0 || coCol < 0 || (actCol < 0 && ratCol < 0 && tgtCol < 0)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j]!;
      if (!row.text.includes('|')) break;
      const cells = cellsOf(row);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c.text))) continue; // Markdown separator row
      if (cells.length !== head.length) break;
      const subject = mentionIn(cells[coCol]!);
      const firmCell = cells[firmCol]!;
      const firm =
        mentionIn(firmCell)?.name ?? (/^[A-Z][\w&.' -]{1,40}$/.test(firmCell.text) ? firmCell.text : null);
      if (!subject || !firm || subject.name === firm) continue;
      const { rating, prior } = ratingIn(ratCol >= 0 ? cells[ratCol]!.text : '');
      const t = tgtCol >= 0 ? listedTargets(cells[tgtCol]!.text) : { target: null, priorTarget: null };
      const action = listedAction(
        actCol >= 0 ? cells[actCol]!.text : '',
        rating,
        prior,
        t.target,
        t.priorTarget,
      );
      if (action) push(firm, subject, action, rating, prior, t, row);
    }
  }

  // Bullet lines under a heading about one company: "Citi: Buy, PT $54 from $48".
  let heading: Entity | null = null;
  for (const l of lines) {
    const text = l.text.trim();
    if (!text) continue;
    const m = /^([A-Z][\w&.' -]{1,40}?)\s*:\s+(.+)$/.exec(text);
    const firmE = m ? ctx.companies.within(l.start, l.start + l.text.indexOf(':')).at(0)?.entity : null;
    if (
      m &&
      firmE &&
      heading &&
      firmE !== heading &&
      // The line after the colon is the call itself, not a headline ("Nike: Citi lifts its target").
      new RegExp(
        String.raw`^(?:(?:upgraded|downgraded|initiated|reiterated|raised|cut|lowered|to)\s+(?:to\s+|at\s+)?)?(?:${RATING}\b|PT\b|price target\b|target\b)`,
        'i',
      ).test(m[2]!)
    ) {
      const { rating, prior } = ratingIn(m[2]!);
      const t = listedTargets(m[2]!);
      const action = listedAction(m[2]!, rating, prior, t.target, t.priorTarget);
      if (action) push(firmE.name, heading, action, rating, prior, t, l);
      continue;
    }
    // A short line that names one company and ends without a full stop heads the lines below it.
    const ms = ctx.companies.within(l.start, l.end);
    if (ms.length && text.length < 120 && !/[.!?]["”’)]?$/.test(text) && !m) heading = ms[0]!.entity;
    else if (/[.!?]["”’)]?$/.test(text) && text.length > 120) heading = null;
  }
  return out;
}

function splitClauses(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /,?\s+(?:while|whereas|and|but)\s+(?=[A-Z])|;\s+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ text: text.slice(last, m.index), start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), start: last, end: text.length });
  return out;
}

function actionOf(cue: string, clause: string): Action | null {
  const c = cue.toLowerCase();
  if (c.startsWith('upgrad')) return 'upgrade';
  if (c.startsWith('downgrad')) return 'downgrade';
  if (c.startsWith('initiat') || /coverage|^(start|open|bega|begi)/.test(c)) return 'initiate';
  const targetMoved = TARGET.test(clause);
  if (/^(rais|lift|boost|increas|hik)/.test(c) && targetMoved) return 'target_raise';
  if (/^(cut|lower|reduc|trim|slash)/.test(c) && targetMoved) return 'target_cut';
  if (/^(reiterat|maintain|affirm|kept|keep|held|holds)/.test(c)) return 'reiterate';
  if (/^(set|rate)/.test(c) && targetMoved) return 'other';
  return null;
}

function targetsOf(clause: string): { target: number | null; priorTarget: number | null } {
  const t = TARGET.exec(clause);
  if (!t) return { target: null, priorTarget: null };
  const money = findMoney(clause).filter((m) => !m.scaled && Math.abs(m.amount) < 100_000);
  const afterTarget = money.filter((m) => m.start > t.index);
  const beforeTarget = money.filter((m) => m.end <= t.index);
  let target: number | null = null;
  let prior: number | null = null;
  for (const m of afterTarget) {
    const pre = clause.slice(Math.max(0, m.start - 8), m.start);
    if (/from\s+$/i.test(pre)) prior ??= m.amount;
    else target ??= m.amount;
  }
  // "a $7.50 price target"
  if (target === null && beforeTarget.length) target = beforeTarget[beforeTarget.length - 1]!.amount;
  return { target, priorTarget: prior };
}

function analystName(clause: string): string | null {
  const m =
    /\b(?:analysts?|strategist)\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)/.exec(clause) ??
    /['’]s\s+([A-Z][a-z]+\s+[A-Z][a-zA-Z'’-]+)\s+(?:upgraded|downgraded|raised|cut|lowered|reiterated|initiated)/.exec(
      clause,
    );
  return m ? m[1]! : null;
}

const titleCase = (s: string): string =>
  s
    .replace(/\w\S*/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .replace(/-(\w)/g, (_m, c: string) => `-${c.toUpperCase()}`);

/** The same firm, company and action reported twice in an article is one action; keep the fuller one. */
function dedupe(list: AnalystActionFact[]): AnalystActionFact[] {
  const out: AnalystActionFact[] = [];
  for (const a of list) {
    const same = out.find(
      (o) =>
        o.firm === a.firm && (o.ticker ?? o.company) === (a.ticker ?? a.company) && o.action === a.action,
    );
    if (!same) {
      out.push({ ...a });
      continue;
    }
    same.rating ??= a.rating;
    same.priorRating ??= a.priorRating;
    same.priceTarget ??= a.priceTarget;
    same.priorPriceTarget ??= a.priorPriceTarget;
    same.analyst ??= a.analyst;
  }
  return out;
}
