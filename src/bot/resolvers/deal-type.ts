/** Deal types as people say them, plurals included: "acquisitions", "M&A", "sales", "partnerships". */
import { DEAL_TYPES, type DealType } from '../../domain/facts.js';
import { fail, ok, type Resolution } from './result.js';

const SYNONYMS: Record<string, DealType> = {
  acquisition: 'acquisition',
  acquire: 'acquisition',
  buy: 'acquisition',
  buyout: 'acquisition',
  takeover: 'acquisition',
  'm&a': 'acquisition',
  merger: 'merger',
  merge: 'merger',
  divestiture: 'divestiture',
  divestment: 'divestiture',
  divest: 'divestiture',
  sale: 'divestiture',
  selloff: 'divestiture',
  'sell-off': 'divestiture',
  spinoff: 'divestiture',
  'spin-off': 'divestiture',
  partnership: 'partnership',
  partner: 'partnership',
  alliance: 'partnership',
  'joint venture': 'partnership',
  jv: 'partnership',
  collaboration: 'partnership',
  investment: 'investment',
  invest: 'investment',
  stake: 'investment',
  funding: 'investment',
  contract: 'contract',
  award: 'contract',
  order: 'contract',
  other: 'other',
};

const singular = (w: string): string =>
  w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : w.endsWith('ses') || w.endsWith('xes')
      ? w.slice(0, -2)
      : w.replace(/s$/, '');

export function resolveDealType(raw: string): Resolution<DealType> {
  const w = raw.trim().toLowerCase();
  const hit = SYNONYMS[w] ?? SYNONYMS[singular(w)] ?? SYNONYMS[w.replace(/s$/, '')];
  if (hit) return ok(hit);
  return fail(`"${raw.trim()}" isn't a deal type. Use one of: ${DEAL_TYPES.join(', ')}.`);
}
