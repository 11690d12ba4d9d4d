/**
 * A company directory seen through layers: the base (built-in list plus the store's companies, built
 * once per run) and small layers of names learned during this run. Learning a name builds only a
 * small layer, so it is recognised from the very next article without rebuilding thousands of
 * imported records; layers are merged like a binary counter, so there are at most log2(n) of them.
 */
import type { CompanyRecord } from '../domain/records.js';
import type { CompanyDirectory } from './engine.js';

type Match = ReturnType<CompanyDirectory['matchNames']>[number];

/** Earlier directories win: a name learned from one article never overrides the built-in or imported list. */
export function layeredDirectory(layers: CompanyDirectory[]): CompanyDirectory {
  if (layers.length === 1) return layers[0]!;
  return {
    get size() {
      return layers.reduce((n, d) => n + d.size, 0);
    },
    byTicker(ticker) {
      for (const d of layers) {
        const hit = d.byTicker(ticker);
        if (hit) return hit;
      }
      return undefined;
    },
    byAlias(name) {
      let ambiguous: ReturnType<CompanyDirectory['byAlias']>;
      for (const d of layers) {
        const hit = d.byAlias(name);
        if (hit && !hit.ambiguous) return hit;
        ambiguous ??= hit;
      }
      return ambiguous;
    },
    matchNames(tokens) {
      const all: Match[] = [];
      for (const d of layers) all.push(...d.matchNames(tokens));
      // Left to right, longest first at each position, never overlapping: as one directory would.
      all.sort((a, b) => a.start - b.start || b.end - a.end);
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

/** The base directory plus names learned along the way, in layers of doubling size. */
export class GrowingDirectory {
  private readonly layers: { records: CompanyRecord[]; dir: CompanyDirectory }[] = [];
  private view: CompanyDirectory;

  constructor(
    private readonly base: CompanyDirectory,
    private readonly build: (records: CompanyRecord[]) => CompanyDirectory,
  ) {
    this.view = base;
  }

  get current(): CompanyDirectory {
    return this.view;
  }

  add(records: CompanyRecord[]): void {
    if (!records.length) return;
    let merged = records;
    while (this.layers.length && this.layers[this.layers.length - 1]!.records.length <= merged.length)
      merged = [...this.layers.pop()!.records, ...merged];
    this.layers.push({ records: merged, dir: this.build(merged) });
    this.view = layeredDirectory([this.base, ...this.layers.map((l) => l.dir)]);
  }

  get layerCount(): number {
    return this.layers.length;
  }
}
