/**
 * `dealdesk extract [--format json|text] <file|url|->`: the facts in one article, without a store.
 * `--format json` prints exactly the public Extraction shape (validated before printing).
 */
import { join } from 'node:path';
import { loadConfig } from '../../config/env.js';
import type { RawArticle } from '../../domain/article.js';
import { ExtractionSchema } from '../../domain/facts.js';
import { defaultEngine } from '../../ingest/engine.js';
import { formatExtraction } from '../../ingest/format.js';
import { articleIdentity } from '../../ingest/identity.js';
import { readInput } from '../../ingest/readers/inputs.js';
import { EXIT, UsageError } from '../io.js';
import type { Subcommand } from '../subcommand.js';

export const extract: Subcommand = {
  name: 'extract',
  summary: 'Print the facts extracted from one article (no store)',
  usage: '<file|url|->',
  options: {
    format: { type: 'string', valueName: 'json|text', description: 'Output format (default text)' },
  },
  details: [
    '--format json prints the public extraction shape: article, companies, deals, stockMoves,',
    'analystActions, events, quotes, risks; every fact carries its evidence sentence and offsets into',
    'the cleaned text. Companies are resolved with the built-in directory.',
  ].join('\n'),
  async run(args, io) {
    const format = (args.values.format as string | undefined) ?? 'text';
    if (format !== 'json' && format !== 'text')
      throw new UsageError(`--format must be json or text (got "${format}")`);
    if (args.positionals.length !== 1)
      throw new UsageError('give exactly one file, URL or - (standard input)');
    const input = args.positionals[0]!;
    const config = loadConfig(io.env, join(io.cwd, '.env'));

    const articles: RawArticle[] = [];
    for await (const item of readInput(input, {
      allowPrivate: config.DEALDESK_ALLOW_PRIVATE_FETCH,
      stdin: io.stdin,
      cwd: io.cwd,
    })) {
      if (item.kind === 'failure') {
        io.stderr.write(`dealdesk extract: ${item.input}: ${item.reason}\n`);
        return EXIT.failed;
      }
      if (item.kind === 'article') articles.push(item.article);
      if (articles.length > 1) {
        io.stderr.write(
          `dealdesk extract: ${input} holds more than one article; extract reads one (use \`dealdesk ingest\` for many)\n`,
        );
        return EXIT.failed;
      }
    }
    const raw = articles[0];
    if (!raw) {
      io.stderr.write(`dealdesk extract: ${input}: no article found\n`);
      return EXIT.failed;
    }
    const engine = await defaultEngine();
    const { extraction } = await engine.extractArticle(raw, {
      directory: engine.createDirectory([]),
      articleId: articleIdentity(raw).id,
    });
    const checked = ExtractionSchema.safeParse(extraction);
    if (!checked.success) {
      io.stderr.write('dealdesk extract: the extractor produced an invalid result (this is a bug)\n');
      return EXIT.failed;
    }
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify(checked.data, null, 2)}\n`
        : `${formatExtraction(checked.data)}\n`,
    );
    return EXIT.ok;
  },
};
