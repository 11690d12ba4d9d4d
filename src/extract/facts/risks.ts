/**
 * Risks: sentences that state a risk, limitation or threat to the story's companies — the sentences
 * under a "Risks" heading, and sentences with explicit risk language elsewhere.
 */
import type { RiskFact } from '../../domain/facts.js';
import { evidenceOf, type ArticleContext } from '../context.js';

const HEADING =
  /^(key )?risks?\b|^risk factors|limitations|^what could go wrong|^headwinds|^concerns|^bear case/i;
const RISK_WORDS =
  /\b(risks?|risky|threat(?:en|ens|s)?|headwinds?|uncertain(?:ty|ties)?|could (?:fall|lower|reduce|hurt|delay|block|derail|weigh)|may (?:not|fail|be blocked|delay)|might (?:not|fail)|warn(?:ed|s)?|caution(?:ed|s)?|concerns?|challenges?|competition|regulat(?:ors|ory) (?:scrutiny|approval|review)|antitrust|lawsuit|litigation|overvalued|bubble|downside|pressure on|dilution|execution (?:risk|friction)|not guaranteed|no assurance)\b/i;

export function extractRisks(ctx: ArticleContext): RiskFact[] {
  const out: RiskFact[] = [];
  let underHeading = false;
  for (const s of ctx.sentences) {
    const isHeading = s.text.length < 80 && !/[.!?]$/.test(s.text);
    if (isHeading) {
      underHeading = HEADING.test(s.text);
      continue;
    }
    if (underHeading || (RISK_WORDS.test(s.text) && s.text.length > 40)) {
      out.push({ text: s.text, evidence: evidenceOf(s) });
    }
  }
  return out.slice(0, 20);
}
