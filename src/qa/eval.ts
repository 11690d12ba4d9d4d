/**
 * `dealdesk eval-qa`: runs a question file (the format of ../shared/corpus/seeds/questions.json)
 * through the shell adapter's path — the same core and shell session the terminal uses — on a memory
 * store filled by ingesting the articles, and scores each reply.
 *
 * A reply passes when it contains one of `expect_any` (case-insensitive) and cites a source; for
 * `expect_none` it must say the sources do not tell and state no number that its cited article lacks.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { createShellSession, type ShellSession } from '../../adapters/shell/index.js';
import type { Answerer } from '../bot/answerer.js';
import { createCore } from '../bot/core.js';
import type { ExtractEngine } from '../ingest/engine.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { SAYS_NOT_TOLD, numbersIn } from './text.js';
import { ingestInputs } from '../ingest/pipeline.js';

export const QaCaseSchema = z
  .object({
    command: z.string().min(1),
    question: z.string().min(1),
    expect_any: z.array(z.string()).min(1).optional(),
    expect_none: z.boolean().optional(),
    thread: z.string().optional(),
  })
  .refine((c) => c.expect_any || c.expect_none, 'each case needs expect_any or expect_none');
export const QaFileSchema = z.object({ about: z.string().optional(), cases: z.array(QaCaseSchema) });
export type QaCase = z.infer<typeof QaCaseSchema>;

export interface CaseResult {
  case: QaCase;
  reply: string;
  pass: boolean;
  why: string;
}

export interface EvalSummary {
  results: CaseResult[];
  passed: number;
  total: number;
  rate: number;
  articles: { ingested: number; failed: number };
}

export interface EvalOptions {
  articleDirs: string[];
  engine: ExtractEngine;
  answerer?: Answerer;
  now?: () => Date;
  onCase?(r: CaseResult, i: number): void;
}

export async function readQuestionFile(path: string): Promise<QaCase[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
  const parsed = QaFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${path} is not a question file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data.cases;
}

/** The part of a printed reply that is the answer (above the Sources list). */
export function splitReply(reply: string): { body: string; sources: string } {
  const at = reply.search(/^\s*Sources\s*$/m);
  return at < 0 ? { body: reply, sources: '' } : { body: reply.slice(0, at), sources: reply.slice(at) };
}

export function judge(c: QaCase, reply: string, citedText: string): { pass: boolean; why: string } {
  const { body: raw, sources } = splitReply(reply);
  // The shell's own notes ("(thread 1: …)") are not part of the answer.
  const body = raw.replace(/^\((?:thread \d+|left the thread)[^\n]*$/gm, '');
  const cites = /\[\d+\]\s+\S/.test(sources);
  if (c.expect_none) {
    if (!SAYS_NOT_TOLD.test(body)) return { pass: false, why: 'does not say the sources do not tell' };
    const known = new Set(numbersIn(citedText));
    const invented = numbersIn(body).filter((n) => !known.has(n));
    if (invented.length)
      return { pass: false, why: `states numbers not in its sources: ${invented.join(', ')}` };
    return { pass: true, why: 'says the sources do not tell' };
  }
  const hit = c.expect_any!.find((e) => body.toLowerCase().includes(e.toLowerCase()));
  if (!hit) return { pass: false, why: `none of: ${c.expect_any!.join(' | ')}` };
  if (!cites) return { pass: false, why: 'no source cited' };
  return { pass: true, why: `found "${hit}"` };
}

export async function runQaEval(cases: QaCase[], opts: EvalOptions): Promise<EvalSummary> {
  const store = await openStore('memory://');
  try {
    const summary = await ingestInputs(opts.articleDirs, { store, engine: opts.engine, allowPrivate: false });
    const core = createCore({
      store,
      ...(opts.answerer ? { answerer: opts.answerer } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    });
    const threads = new Map<string, { session: ShellSession; out: string[] }>();
    const results: CaseResult[] = [];
    for (const [i, c] of cases.entries()) {
      let conv = c.thread ? threads.get(c.thread) : undefined;
      if (!conv) {
        const out: string[] = [];
        conv = { session: createShellSession(core, (t) => out.push(t)), out };
        await conv.session.handleLine(c.command);
        if (c.thread) threads.set(c.thread, conv);
      }
      conv.out.length = 0;
      await conv.session.handleLine(c.question);
      const reply = conv.out.join('');
      const citedText = await citedArticlesText(store, reply);
      const verdict = judge(c, reply, citedText);
      const result = { case: c, reply, ...verdict };
      results.push(result);
      opts.onCase?.(result, i);
    }
    const passed = results.filter((r) => r.pass).length;
    return {
      results,
      passed,
      total: results.length,
      rate: results.length ? passed / results.length : 1,
      articles: {
        ingested: summary.new + summary.updated + summary.unchanged,
        failed: summary.failed.length,
      },
    };
  } finally {
    await store.close();
  }
}

/** Text of the articles a reply cites (matched by title), to tell quoted numbers from invented ones. */
async function citedArticlesText(store: Store, reply: string): Promise<string> {
  const { sources } = splitReply(reply);
  const heads = await store.articles.newest({ limit: 1000 });
  const cited = heads.filter((a) => sources.includes(a.title.slice(0, 40))).map((a) => a.id);
  return (await store.articles.getMany(cited)).map((a) => `${a.title}\n${a.text}`).join('\n');
}
