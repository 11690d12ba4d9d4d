/**
 * A company directory seen through two layers: the base (built-in list plus the store's companies,
 * built once per run) and a small layer of names learned during this run. Learning a name rebuilds
 * only the small layer, so it is recognised from the very next article without rebuilding thousands
 * of imported records each time.
 */
import type { CompanyDirectory } from './engine.js';

type Match = ReturnType<CompanyDirectory['matchNames']>[number];

export function layeredDirectory(base: CompanyDirectory, learned: CompanyDirectory): CompanyDirectory {
  return {
    get size() {
      return base.size + learned.size;
    },
    // The base wins: a name learned from one article never overrides the built-in or imported list.
    byTicker: (ticker) => base.byTicker(ticker) ?? learned.byTicker(ticker),
    byAlias: (name) => {
      const hit = base.byAlias(name);
      return hit && !hit.ambiguous ? hit : (learned.byAlias(name) ?? hit);
    },
    matchNames(tokens) {
      const extra = learned.matchNames(tokens);
      const own = base.matchNames(tokens);
      if (!extra.length) return own;
      // Left to right, longest first at each position, never overlapping: as one directory would.
      const all: Match[] = [...own, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
      const out: Match[] = [];
      let end = -1;
      for (const m of all) {
        if (m.start < end) continue;
        out.push(m);
        end = m.end;
      }
      return out;
    },
  };
}
