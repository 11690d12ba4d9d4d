/**
 * The company directory the bot resolves names against: the store's directory (imported lists and
 * names learned from articles) over the extractor's built-in list of well-known companies, so
 * "lumen" and "did you mean LUMN?" work even before a list was imported.
 */
import type { CompanyRecord } from '../domain/records.js';
import { builtinCompanies } from '../extract/companies/builtin.js';
import type { Store } from '../store/types.js';
import { normalizeName } from './resolvers/fuzzy.js';

export interface BotDirectory {
  get(ticker: string): Promise<CompanyRecord | undefined>;
  findByAlias(nameOrAlias: string): Promise<CompanyRecord | undefined>;
  all(): Promise<CompanyRecord[]>;
}

let builtin: {
  list: CompanyRecord[];
  byTicker: Map<string, CompanyRecord>;
  byAlias: Map<string, CompanyRecord>;
} | null = null;
function builtins() {
  if (!builtin) {
    const list: CompanyRecord[] = builtinCompanies().map(({ ambiguous, ...c }) => ({
      ...c,
      aliases: [...c.aliases, ...ambiguous],
    }));
    const byAlias = new Map<string, CompanyRecord>();
    for (const c of list)
      for (const n of [c.name, ...c.aliases]) {
        const key = normalizeName(n);
        if (key && !byAlias.has(key)) byAlias.set(key, c);
      }
    builtin = { list, byTicker: new Map(list.map((c) => [c.ticker, c])), byAlias };
  }
  return builtin;
}

/** A store record that only knows the ticker ("LUMN" named "LUMN") borrows the built-in name. */
function withBuiltinName(c: CompanyRecord): CompanyRecord {
  const b = builtins().byTicker.get(c.ticker);
  if (!b || (c.name !== c.ticker && c.aliases.length)) return c;
  return {
    ...c,
    name: c.name === c.ticker ? b.name : c.name,
    aliases: [...new Set([...c.aliases, ...b.aliases])],
  };
}

const merged = new WeakMap<CompanyRecord[], CompanyRecord[]>();
const cache = new WeakMap<Store, BotDirectory>();

export function botDirectory(store: Pick<Store, 'companies'>): BotDirectory {
  const hit = cache.get(store as Store);
  if (hit) return hit;
  const dir: BotDirectory = {
    async get(ticker) {
      const c = await store.companies.get(ticker);
      return c ? withBuiltinName(c) : builtins().byTicker.get(ticker);
    },
    async findByAlias(name) {
      const c = await store.companies.findByAlias(name);
      return c ? withBuiltinName(c) : builtins().byAlias.get(normalizeName(name));
    },
    async all() {
      // The store caches its directory; the merge is redone only when that snapshot changes.
      const fromStore = await store.companies.all();
      let out = merged.get(fromStore);
      if (!out) {
        const tickers = new Set(fromStore.map((c) => c.ticker));
        out = [...fromStore.map(withBuiltinName), ...builtins().list.filter((c) => !tickers.has(c.ticker))];
        merged.set(fromStore, out);
      }
      return out;
    },
  };
  cache.set(store as Store, dir);
  return dir;
}

/** The store with its directory widened by the built-in list, for the resolvers. */
export function directoryFor(store: Store): { companies: BotDirectory; articles: Store['articles'] } {
  return { companies: botDirectory(store), articles: store.articles };
}
