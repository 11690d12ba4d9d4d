/**
 * The subject of a question: which companies it is about (the thread's tickers, or ones the question
 * names), and which names in it must be supported by the answering sentence.
 */
import type { CompanyRecord } from '../domain/records.js';
import { builtinCompanies } from '../extract/companies/builtin.js';
import type { Store } from '../store/types.js';

export interface NamedEntity {
  /** As typed in the question. */
  name: string;
  ticker: string | null;
  /** Ways a sentence may mention it: the name, the company's name and aliases, the ticker. */
  forms: string[];
}

const GENERIC_NAME_WORDS = new Set(
  'bank capital group partners holdings company corp corporation technologies financial america the inc inc. corp. co. ltd. plc systems services international global research securities advisory management'.split(
    ' ',
  ),
);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');

interface Matcher {
  company: CompanyRecord;
  ticker: RegExp;
  names: RegExp | null;
  /** Lower-cased forms: a cheap substring test before the regexes run. */
  keys: string[];
}
const compiled = new WeakMap<CompanyRecord[], Matcher[]>();

function matchersOf(companies: CompanyRecord[]): Matcher[] {
  let m = compiled.get(companies);
  if (m) return m;
  m = companies.map((c) => matcherOf(c));
  compiled.set(companies, m);
  return m;
}

// Compiled once per company record version (the store hands out copies; the key is its content).
const byKey = new Map<string, Matcher>();
function matcherOf(c: CompanyRecord): Matcher {
  const key = `${c.ticker}|${c.name}|${c.aliases.join(';')}`;
  const hit = byKey.get(key);
  if (hit) return { ...hit, company: c };
  const made = compile(c);
  byKey.set(key, made);
  if (byKey.size > 50_000) byKey.delete(byKey.keys().next().value!);
  return made;
}

function compile(c: CompanyRecord): Matcher {
  const t = c.ticker;
  const ticker =
    t.length >= 2
      ? new RegExp(`(?:^|[\\s$(])\\$?${esc(t)}(?=[\\s?!.,')]|[’']s|$)`)
      : new RegExp(`(?:\\$${esc(t)}\\b|^\\s*(?:and|what about|how about)\\s+${esc(t)}\\s*\\??\\s*$)`, 'i');
  const forms = [
    c.name,
    ...c.aliases,
    ...(('ambiguous' in c ? (c as { ambiguous: string[] }).ambiguous : []) ?? []),
  ]
    .map((n) => n.replace(/,? (?:Inc|Corp|Corporation|Co|Ltd|plc|Holdings|Group)\.?$/i, '').trim())
    .filter((n) => n.length >= 3);
  const names = forms.length
    ? new RegExp(`(?:^|[^\\w&])(${[...new Set(forms)].map(esc).join('|')})(?=[^\\w&]|$)`, 'gi')
    : null;
  return { company: c, ticker, names, keys: [...new Set(forms)].map((f) => f.toLowerCase()) };
}

/**
 * Companies a question names: "$PLTR", "PLTR", "Palantir", "AT&T", "Lumen's". A name counts only
 * when typed with a capital ("Target", not "price target").
 */
export function findCompanies(question: string, companies: CompanyRecord[]): CompanyRecord[] {
  const found = new Map<string, { c: CompanyRecord; len: number }>();
  const lower = question.toLowerCase();
  for (const { company, ticker, names, keys } of matchersOf(companies)) {
    if (question.includes(company.ticker) && ticker.test(question)) {
      found.set(company.ticker, { c: company, len: company.ticker.length });
      continue;
    }
    if (!names || !keys.some((k) => lower.includes(k))) continue;
    names.lastIndex = 0;
    for (const m of question.matchAll(names)) {
      const hit = m[1]!;
      if (/^[A-Z]/.test(hit)) {
        found.set(company.ticker, { c: company, len: hit.length });
        break;
      }
    }
  }
  return [...found.values()].map((f) => f.c);
}

/** Forms a sentence may use to mention a name, longest first. */
export function formsOf(name: string, company: CompanyRecord | undefined): string[] {
  const forms = new Set<string>([name]);
  if (company) {
    forms.add(company.name);
    for (const a of company.aliases) if (a.length >= 3) forms.add(a);
    if (company.ticker.length >= 2) forms.add(company.ticker);
  }
  // A person or a multi-word company is mentioned by a distinctive word ("Johnson", "Pennant").
  for (const f of [...forms])
    for (const w of f.split(/\s+/))
      if (w.length >= 4 && !GENERIC_NAME_WORDS.has(w.toLowerCase()) && /^[A-Z]/.test(w))
        forms.add(w.replace(/[’']s$|[.,]$/g, ''));
  return [...forms].sort((a, b) => b.length - a.length);
}

const formRe = new Map<string, RegExp>();
const reOf = (form: string): RegExp => {
  let re = formRe.get(form);
  if (!re) {
    re = new RegExp(`(?:^|[^\\w&])${esc(form)}(?=[^\\w&]|$)`);
    formRe.set(form, re);
    if (formRe.size > 100_000) formRe.delete(formRe.keys().next().value!);
  }
  return re;
};

/** Case-sensitive: names are proper nouns ("Target" the retailer, not a price target). */
export function mentions(text: string, forms: string[]): boolean {
  for (const f of forms) if (text.includes(f) && reOf(f).test(text)) return true;
  return false;
}

let builtin: CompanyRecord[] | null = null;
let merged: { key: string; all: CompanyRecord[] } | null = null;

/** The store's company directory plus the extractor's built-in names (so "Google" is GOOGL). */
export async function companiesOf(store: Store): Promise<CompanyRecord[]> {
  const stored = await store.companies.all();
  // all() returns a fresh copy each time: reuse the merged list while its content is the same.
  let size = 0;
  for (const c of stored) size += c.aliases.length + c.name.length;
  const key = `${stored.length}:${size}`;
  if (merged && merged.key === key) return merged.all;
  builtin ??= builtinCompanies();
  const seen = new Set(stored.map((c) => c.ticker));
  const all = [...stored, ...builtin.filter((c) => !seen.has(c.ticker))];
  merged = { key, all };
  return all;
}
