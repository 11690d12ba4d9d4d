/**
 * The company directory: one record per ticker, an alias index (normalised name → tickers, with
 * strength 2 for full names and 1 for short forms) and a ticker list for `all()`, which is cached
 * in memory and dropped on every upsert made through this store.
 */
import { CompanyRecordSchema, type CompanyRecord } from '../../domain/records.js';
import { normTicker, type StoreContext } from '../context.js';
import type { CompanyRepository } from '../types.js';
import { checkRead, checkWrite, readAll } from '../validate.js';
import { normaliseName, shortName } from './names.js';

const companyKey = (ticker: string) => `co:${normTicker(ticker)}`;
const aliasKey = (normalised: string) => `co:al:${normalised}`;
const LIST_KEY = 'co:list';
const LOCK = 'co:directory';
const AUTHORITY: Record<CompanyRecord['origin'], number> = { builtin: 3, import: 2, article: 1 };

type AliasHits = Array<[ticker: string, strength: number]>;

/** Aliases are unioned; the more authoritative origin (builtin > import > article) names the company. */
export function mergeCompany(existing: CompanyRecord | undefined, incoming: CompanyRecord): CompanyRecord {
  if (!existing) return { ...incoming, aliases: uniqueAliases(incoming.aliases) };
  const incomingWins = AUTHORITY[incoming.origin] >= AUTHORITY[existing.origin];
  const [winner, loser] = incomingWins ? [incoming, existing] : [existing, incoming];
  return {
    ticker: existing.ticker,
    name: winner.name,
    exchange: winner.exchange ?? loser.exchange,
    cik: winner.cik ?? loser.cik,
    origin: winner.origin,
    // The losing name stays findable as an alias.
    aliases: uniqueAliases([...existing.aliases, ...incoming.aliases, loser.name]).filter(
      (a) => a.toLowerCase() !== winner.name.toLowerCase(),
    ),
  };
}

function uniqueAliases(aliases: string[]): string[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const k = a.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Every lookup form of a company with its strength. */
function aliasForms(c: CompanyRecord): Map<string, number> {
  const forms = new Map<string, number>();
  for (const name of [c.name, ...c.aliases]) {
    const full = normaliseName(name);
    if (full) forms.set(full, 2);
    const short = shortName(name);
    if (short && !forms.has(short)) forms.set(short, 1);
  }
  return forms;
}

export function companyRepository(ctx: StoreContext): CompanyRepository {
  let cache: CompanyRecord[] | undefined;

  const get = async (ticker: string) =>
    checkRead(CompanyRecordSchema, 'company', companyKey(ticker), await ctx.kv.get(companyKey(ticker)));

  const upsertMany = async (input: CompanyRecord[]) => {
    const incoming = input.map((c) =>
      checkWrite(CompanyRecordSchema, 'company', { ...c, ticker: normTicker(c.ticker) }),
    );
    if (!incoming.length) return;
    await ctx.locks.run([LOCK], () =>
      ctx.lease.run(async () => {
        const tickers = [...new Set(incoming.map((c) => c.ticker))];
        const existing = await ctx.kv.getMany(tickers.map(companyKey));
        const merged = new Map<string, CompanyRecord>();
        tickers.forEach((t, i) => {
          const prior = checkRead(CompanyRecordSchema, 'company', companyKey(t), existing[i]);
          if (prior) merged.set(t, prior);
        });
        const isNew = new Set(tickers.filter((t) => !merged.has(t)));
        for (const c of incoming) merged.set(c.ticker, mergeCompany(merged.get(c.ticker), c));

        const aliasUpdates = new Map<string, Map<string, number>>(); // alias → ticker → strength
        for (const c of merged.values())
          for (const [form, strength] of aliasForms(c)) {
            const m = aliasUpdates.get(form) ?? new Map<string, number>();
            m.set(c.ticker, Math.max(strength, m.get(c.ticker) ?? 0));
            aliasUpdates.set(form, m);
          }
        const aliasKeys = [...aliasUpdates.keys()].map(aliasKey);
        const [list, ...hits] = await ctx.kv.getMany<unknown>([LIST_KEY, ...aliasKeys]);
        const writes: Array<[string, unknown]> = [...merged.values()].map((c) => [companyKey(c.ticker), c]);
        [...aliasUpdates.values()].forEach((updates, i) => {
          const current = new Map((hits[i] as AliasHits | undefined) ?? []);
          let changed = false;
          for (const [t, s] of updates)
            if ((current.get(t) ?? 0) < s) {
              current.set(t, s);
              changed = true;
            }
          if (changed) writes.push([aliasKeys[i]!, [...current]]);
        });
        if (isNew.size) writes.push([LIST_KEY, [...((list as string[] | undefined) ?? []), ...isNew]]);
        await ctx.kv.setMany(writes);
        cache = undefined;
      }),
    );
  };

  return {
    get,
    async findByAlias(nameOrAlias) {
      const form = normaliseName(nameOrAlias);
      if (!form) return undefined;
      const hits = (await ctx.kv.get<AliasHits>(aliasKey(form))) ?? [];
      if (!hits.length) return undefined;
      const records = readAll(
        CompanyRecordSchema,
        'company',
        hits.map(([t]) => companyKey(t)),
        await ctx.kv.getMany(hits.map(([t]) => companyKey(t))),
      );
      const strength = new Map(hits);
      records.sort(
        (a, b) =>
          (strength.get(b.ticker) ?? 0) - (strength.get(a.ticker) ?? 0) ||
          AUTHORITY[b.origin] - AUTHORITY[a.origin] ||
          a.ticker.localeCompare(b.ticker),
      );
      return records[0];
    },
    async all() {
      if (cache) return [...cache]; // a copy: callers may sort or filter it
      const tickers = (await ctx.kv.get<string[]>(LIST_KEY)) ?? [];
      const keys = tickers.map(companyKey);
      cache = readAll(CompanyRecordSchema, 'company', keys, await ctx.kv.getMany(keys));
      return [...cache];
    },
    upsert: (company) => upsertMany([company]),
    upsertMany,
  };
}
