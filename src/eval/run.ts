/**
 * Runs extraction over every article in a directory that has a gold file beside it and scores it.
 * Articles are read with the ingest readers (text, Markdown with front matter, HTML, JSON), so the
 * eval measures what `dealdesk ingest` would store. When an article carries no publish date, the gold
 * file's "published" stands in for it (it is the page's date that a reader would normally find).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { builtinDirectory, type CompanyDirectory } from '../extract/companies/directory.js';
import { extractArticle } from '../extract/index.js';
import { readArticleFile } from '../ingest/readers/index.js';
import { parseGold, type Gold } from './gold.js';
import { KINDS, scoreArticle, type Kind, type KindResult } from './match.js';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  file: string;
  error: string | null;
  kinds: Partial<Record<Kind, KindResult>>;
}

export interface EvalReport {
  dir: string;
  articles: ArticleScore[];
  kinds: Record<Kind, Score>;
  overall: Score;
}

export function score(tp: number, fp: number, fn: number): Score {
  // Nothing expected and nothing found is a perfect score, not a division by zero.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

async function goldFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await goldFiles(p)));
    else if (entry.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

export async function runEval(dir: string, opts: { directory?: CompanyDirectory } = {}): Promise<EvalReport> {
  const directory = opts.directory ?? builtinDirectory();
  const articles: ArticleScore[] = [];
  for (const goldPath of await goldFiles(dir)) {
    let gold: Gold | null = null;
    try {
      gold = parseGold(JSON.parse(await readFile(goldPath, 'utf8')));
    } catch {
      gold = null;
    }
    if (!gold) continue; // a JSON article or another JSON file, not a gold file
    const articlePath = join(dirname(goldPath), gold.file);
    const file = relative(dir, articlePath);
    if (!existsSync(articlePath) || articlePath === goldPath) {
      articles.push({ file, error: 'article file not found beside its gold file', kinds: {} });
      continue;
    }
    try {
      const raw = await readArticleFile(articlePath);
      const { extraction } = extractArticle(
        { ...raw, publishedAt: raw.publishedAt ?? gold.published ?? null },
        { directory },
      );
      articles.push({ file, error: null, kinds: scoreArticle(gold, extraction) });
    } catch (err) {
      articles.push({ file, error: (err as Error).message, kinds: {} });
    }
  }
  const kinds = {} as Record<Kind, Score>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of KINDS) {
    let a = 0;
    let b = 0;
    let c = 0;
    for (const art of articles) {
      const r = art.kinds[k];
      if (!r) continue;
      a += r.tp;
      b += r.fp;
      c += r.fn;
    }
    kinds[k] = score(a, b, c);
    tp += a;
    fp += b;
    fn += c;
  }
  return { dir, articles, kinds, overall: score(tp, fp, fn) };
}

export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  const scored = r.articles.filter((a) => !a.error).length;
  lines.push(`Eval of ${scored} article(s) in ${r.dir}`);
  const pct = (n: number): string => n.toFixed(3);
  lines.push(
    '',
    `${'kind'.padEnd(16)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(6)}${'fp'.padStart(5)}${'fn'.padStart(5)}`,
  );
  const row = (name: string, s: Score): string =>
    `${name.padEnd(16)}${pct(s.precision).padStart(7)}${pct(s.recall).padStart(7)}${pct(s.f1).padStart(7)}${String(s.tp).padStart(6)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`;
  for (const k of KINDS) lines.push(row(k, r.kinds[k]));
  lines.push(row('overall', r.overall));
  const off = r.articles.flatMap((a) => a.kinds.deals?.statusOff ?? []).length;
  const partiesOff = r.articles.flatMap((a) => a.kinds.deals?.partiesOff ?? []).length;
  const matched = r.kinds.deals.tp;
  const agree = r.articles.reduce((n, a) => n + (a.kinds.deals?.statusAgree ?? 0), 0);
  const valued = r.articles.reduce((n, a) => n + (a.kinds.deals?.valueFound ?? 0), 0);
  const unvalued = r.articles.flatMap((a) => a.kinds.deals?.valueMissing ?? []).length;
  if (agree + off)
    lines.push(
      '',
      `deal status on matched deals: ${agree}/${agree + off} agree (${pct(agree / (agree + off))})`,
      `deal parties on matched deals: ${matched - partiesOff}/${matched} name no party the gold lacks`,
    );
  if (valued + unvalued)
    lines.push(`deal values on matched deals: ${valued}/${valued + unvalued} gold values found`);
  for (const a of r.articles) {
    if (a.error) {
      lines.push('', `! ${a.file}: ${a.error}`);
      continue;
    }
    if (!verbose) continue;
    const parts: string[] = [];
    for (const k of KINDS) {
      const kr = a.kinds[k];
      if (!kr) continue;
      for (const m of kr.misses) parts.push(`  miss  ${k}: ${m}`);
      for (const e of kr.extras) parts.push(`  extra ${k}: ${e}`);
      for (const o of kr.statusOff ?? []) parts.push(`  status ${k}: ${o}`);
      for (const o of kr.partiesOff ?? []) parts.push(`  party ${k}: ${o}`);
      for (const o of kr.valueMissing ?? []) parts.push(`  value ${k}: ${o}`);
    }
    lines.push('', `${a.file}${parts.length ? '' : '  (all matched)'}`, ...parts);
  }
  return lines.join('\n');
}

/** Kinds below the threshold (kinds with nothing expected and nothing found do not count). */
export function belowThreshold(r: EvalReport, minF1: number): string[] {
  const out: string[] = [];
  for (const k of KINDS) {
    const s = r.kinds[k];
    if (s.tp + s.fp + s.fn > 0 && s.f1 < minF1) out.push(k);
  }
  if (r.overall.f1 < minF1) out.push('overall');
  return out;
}
