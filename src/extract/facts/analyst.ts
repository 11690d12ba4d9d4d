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
      const passive = /\b(was|were|been|got)\s+(upgraded|downgraded|initiated|reiterated)/i.test(c.text);
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
  return dedupe(out);
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
