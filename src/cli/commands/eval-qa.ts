/**
 * `dealdesk eval-qa FILE [--articles DIR...] [--min-pass R] [--verbose]`: scores the bot's thread
 * answers on a question file, through the shell adapter's path on a fresh memory store.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../config/env.js';
import { setLogLevel } from '../../log.js';
import { createDefaultAnswerer } from '../../qa/index.js';
import { readQuestionFile, runQaEval, type CaseResult } from '../../qa/eval.js';
import { EXIT, UsageError } from '../io.js';
import type { Subcommand } from '../subcommand.js';
import { defaultEngine } from '../../ingest/engine.js';

/** Where a question file's articles are by default: the seeds' own folder, or the fixtures' articles/. */
export function defaultArticleDirs(file: string): string[] {
  const dir = dirname(file);
  const beside = join(dir, 'articles');
  if (basename(file) !== 'questions.json' || !existsSync(beside)) return [dir];
  return [beside];
}

function line(r: CaseResult, i: number, verbose: boolean): string {
  const head = `${r.pass ? 'PASS' : 'FAIL'} ${String(i + 1).padStart(3)} ${r.case.thread ? `[${r.case.thread}] ` : ''}${r.case.command} › ${r.case.question}`;
  if (!verbose && r.pass) return '';
  const body = r.reply
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `      ${l}`)
    .join('\n');
  return `${head}\n      (${r.why})\n${body}\n`;
}

export const evalQa: Subcommand = {
  name: 'eval-qa',
  summary: 'Score thread answers on a question file (the pass rate), through the shell path',
  usage: '<questions.json>',
  options: {
    articles: {
      type: 'string',
      multiple: true,
      description: 'Article folder or file to ingest first (repeatable; default: beside the file)',
      valueName: 'dir',
    },
    'min-pass': {
      type: 'string',
      description: 'Exit 1 below this pass rate, 0..1 (default 1.0)',
      valueName: 'rate',
    },
    verbose: { type: 'boolean', short: 'v', description: 'Print every reply, not only failures' },
  },
  details: [
    'A case passes when its reply contains one of expect_any (any case) and cites a source; an expect_none',
    "case passes when the reply says the sources don't tell and states no number its sources lack. Cases",
    'sharing a "thread" value are one conversation. The answerer is the one `dealdesk chat` uses',
    '(DEALDESK_LLM_* included, when set).',
  ].join('\n'),
  async run(args, io) {
    const file = args.positionals[0];
    if (!file || args.positionals.length > 1) throw new UsageError('give exactly one question file');
    const path = resolve(io.cwd, file);
    const minRaw = args.values['min-pass'];
    const minPass = typeof minRaw === 'string' ? Number(minRaw) : 1;
    if (!Number.isFinite(minPass) || minPass < 0 || minPass > 1)
      throw new UsageError(`--min-pass must be a number from 0 to 1, not "${String(minRaw)}"`);
    const dirs =
      (args.values.articles as string[] | undefined)?.map((d) => resolve(io.cwd, d)) ??
      defaultArticleDirs(path);
    const verbose = args.values.verbose === true;

    const config = loadConfig(io.env);
    setLogLevel(config.DEALDESK_LOG_LEVEL === 'debug' ? 'debug' : 'error');
    let cases;
    try {
      cases = await readQuestionFile(path);
    } catch (err) {
      io.stderr.write(`dealdesk eval-qa: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
    for (const d of dirs)
      if (!existsSync(d)) {
        io.stderr.write(`dealdesk eval-qa: no articles at ${d}\n`);
        return EXIT.usage;
      }
    const engine = await defaultEngine();
    const summary = await runQaEval(cases, {
      articleDirs: dirs,
      engine,
      answerer: createDefaultAnswerer(config),
      onCase: (r, i) => {
        const text = line(r, i, verbose);
        if (text) io.stdout.write(text);
      },
    });
    const pct = (summary.rate * 100).toFixed(1);
    io.stdout.write(
      `\n${summary.passed}/${summary.total} passed (${pct}%) on ${summary.articles.ingested} articles${summary.articles.failed ? ` (${summary.articles.failed} failed to ingest)` : ''}; minimum ${(minPass * 100).toFixed(0)}%\n`,
    );
    return summary.rate + 1e-9 >= minPass ? EXIT.ok : EXIT.failed;
  },
};
