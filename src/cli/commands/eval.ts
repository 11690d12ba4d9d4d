/** `dealdesk eval DIR`: precision, recall and F1 of extraction against the gold files in DIR. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { belowThreshold, formatReport, runEval } from '../../eval/run.js';
import { EXIT, UsageError } from '../io.js';
import type { Subcommand } from '../subcommand.js';

export const evalCommand: Subcommand = {
  name: 'eval',
  summary: 'Score extraction against gold files (precision, recall, F1)',
  usage: '<dir>',
  details: `Every article in DIR with a gold .json beside it (format: GOLD.md) is extracted and scored per
fact kind: companies, deals, stock_moves, analyst_actions, events, quotes. Facts marked "sidebar": true
in a gold file are not expected. Matching rules are documented in src/eval/match.ts.`,
  options: {
    verbose: { type: 'boolean', short: 'v', description: 'List misses and extras per article' },
    format: { type: 'string', valueName: 'text|json', description: 'Output format (default text)' },
    'min-f1': {
      type: 'string',
      valueName: 'N',
      description: 'Exit 1 when overall or any kind scores below N (0..1)',
    },
  },
  async run(args, io) {
    const dir = args.positionals[0];
    if (!dir || args.positionals.length > 1) throw new UsageError('give exactly one directory');
    const format = (args.values.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format must be text or json, not '${format}'`);
    let minF1: number | null = null;
    if (args.values['min-f1'] !== undefined) {
      minF1 = Number(args.values['min-f1']);
      if (!Number.isFinite(minF1) || minF1 < 0 || minF1 > 1)
        throw new UsageError('--min-f1 must be a number from 0 to 1');
    }
    const path = resolve(io.cwd, dir);
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      io.stderr.write(`dealdesk eval: ${dir} is not a directory.\n`);
      return EXIT.failed;
    }
    const report = await runEval(path);
    if (!report.articles.length) {
      io.stderr.write(`dealdesk eval: no gold files found in ${dir}.\n`);
      return EXIT.failed;
    }
    if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout.write(`${formatReport(report, !!args.values.verbose)}\n`);
    const failedArticles = report.articles.filter((a) => a.error).length;
    if (minF1 !== null) {
      const below = belowThreshold(report, minF1);
      if (below.length) {
        io.stderr.write(`dealdesk eval: F1 below ${minF1} for ${below.join(', ')}.\n`);
        return EXIT.failed;
      }
    }
    return failedArticles ? EXIT.failed : EXIT.ok;
  },
};
