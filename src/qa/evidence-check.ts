/**
 * Checks that a worded answer adds no facts: every number and every name-like word in it must be
 * found in the evidence it was given. Used to accept or reject a language model's answer.
 */
import { numbersIn } from './text.js';

export interface CheckResult {
  ok: boolean;
  /** What the answer states that the evidence does not. */
  unsupported: string[];
}

// Capitalised words that are ordinary English at the start of a clause, not names.
const COMMON = new Set(
  (
    'The A An This That These Those It Its In On At For From By With As And Or But So If When While After ' +
    'Before Since Until Yes No Not According Per Shares Stock Analysts Analyst Investors Earnings Revenue ' +
    'They He She We I You Their His Her Our Your There Here What Who Which Where Why How Also However Both ' +
    'Q1 Q2 Q3 Q4 EPS CEO CFO COO US U.S. USD EUR GBP JPY AI Source Sources Deal Terms Price Target'
  ).split(/\s+/),
);

/** Name-like words: capitalised or all-caps tokens (tickers, firms, people), minus common words. */
export function nameLikeWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b[A-Z][\w&'’.-]*[\w&]/g)) {
    const w = m[0].replace(/[’']s$/, '');
    if (!COMMON.has(w)) out.push(w);
  }
  return out;
}

export function checkAgainstEvidence(answer: string, evidence: string[]): CheckResult {
  const corpus = evidence.join('\n');
  const numbers = new Set(numbersIn(corpus));
  const unsupported: string[] = [];
  for (const n of numbersIn(answer)) if (!numbers.has(n)) unsupported.push(n);
  const lowerCorpus = corpus.toLowerCase();
  for (const w of nameLikeWords(answer))
    if (!corpus.includes(w) && !lowerCorpus.includes(w.toLowerCase())) unsupported.push(w);
  return { ok: unsupported.length === 0, unsupported: [...new Set(unsupported)] };
}
