/**
 * eval-qa on the seed questions (every one must pass) and on the fixture questions (a threshold),
 * through the same runner the CLI uses: the shell adapter's path on a memory store.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createQaAnswerer } from '../../src/qa/answerer.js';
import { judge, readQuestionFile, runQaEval, type EvalSummary } from '../../src/qa/eval.js';
import { defaultEngine } from '../../src/ingest/engine.js';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
/** What the fixture set reaches today (see the report); raise it as answers improve. */
const FIXTURE_THRESHOLD = 0.95;

async function run(file: string, dir: string): Promise<EvalSummary> {
  const engine = await defaultEngine();
  const summary = await runQaEval(await readQuestionFile(file), {
    articleDirs: [dir],
    engine,
    answerer: createQaAnswerer(),
  });
  const failed = summary.results.filter((r) => !r.pass);
  if (failed.length)
    console.log(
      `${summary.passed}/${summary.total}; failing:\n${failed.map((r) => `  ${r.case.command} › ${r.case.question} (${r.why})`).join('\n')}`,
    );
  return summary;
}

describe('eval-qa', () => {
  it.skipIf(!existsSync(SEEDS))(
    'passes every seed question',
    async () => {
      const s = await run(`${SEEDS}/questions.json`, SEEDS);
      expect(s.articles.failed).toBe(0);
      expect(s.results.filter((r) => !r.pass).map((r) => r.case.question)).toEqual([]);
    },
    60_000,
  );
  if (!existsSync(SEEDS)) console.log(`skipping the seed questions: ${SEEDS} is absent`);

  it('passes the fixture questions above the threshold', async () => {
    const s = await run(`${FIXTURES}/questions.json`, `${FIXTURES}/articles`);
    console.log(`fixture questions: ${s.passed}/${s.total} (${(s.rate * 100).toFixed(1)}%)`);
    expect(s.articles.failed).toBe(0);
    expect(s.rate).toBeGreaterThanOrEqual(FIXTURE_THRESHOLD);
  }, 120_000);

  it('judges a reply: the expected text, a citation, and no invented numbers when the sources are silent', () => {
    const cited = 'Acme said nothing about staff.';
    const withSource =
      'About ACME\n\n“Acme pays $5 million.”\n\nSources\n  [1] Acme buys Widgetco — Wire, 2026-01-02\n';
    expect(
      judge({ command: '/deal ACME', question: 'q', expect_any: ['$5 million'] }, withSource, cited).pass,
    ).toBe(true);
    expect(
      judge(
        { command: '/deal ACME', question: 'q', expect_any: ['$5 million'] },
        '“Acme pays $5 million.”',
        cited,
      ).pass,
    ).toBe(false);
    const silent =
      "The sources I have don't say.\n\nSources\n  [1] Acme buys Widgetco\n(thread 2: type a follow-up)";
    expect(judge({ command: '/deal ACME', question: 'q', expect_none: true }, silent, cited).pass).toBe(true);
    const invented = "The sources I have don't say, but probably 120 people.\n\nSources\n  [1] Acme\n";
    expect(judge({ command: '/deal ACME', question: 'q', expect_none: true }, invented, cited).pass).toBe(
      false,
    );
  });
});
