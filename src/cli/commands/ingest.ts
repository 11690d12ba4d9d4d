/**
 * `dealdesk ingest <path|dir|url|feed-url|->... [--directory FILE] [--json]`: reads articles into the
 * store and prints what happened; a bad input is listed with its reason and the rest still goes in.
 */
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config/env.js';
import { importDirectoryFile } from '../../ingest/directory-import.js';
import { defaultEngine } from '../../ingest/engine.js';
import { formatArticleCounts, formatSummary } from '../../ingest/format.js';
import { ingestInputs, type IngestProgress, type IngestSummary } from '../../ingest/pipeline.js';
import { openStore } from '../../store/index.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { Subcommand } from '../subcommand.js';

/** A one-line progress display on stderr, redrawn at most every 100 ms; only on a terminal. */
function progressBar(io: CliIO): { update(e: IngestProgress): void; done(): void } {
  if (!io.stderr.isTTY) return { update() {}, done() {} };
  let inputs = { index: 0, total: 0 };
  const counts = { new: 0, updated: 0, refreshed: 0, unchanged: 0, failed: 0 };
  let last = 0;
  let drawn = false;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    const width = 24;
    const filled = inputs.total ? Math.round((inputs.index / inputs.total) * width) : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${bar} ${inputs.index}/${inputs.total} inputs · ${formatArticleCounts(counts)}`;
    io.stderr.write(`\r\x1b[2K${line}`);
    drawn = true;
  };
  return {
    update(e) {
      if (e.type === 'input') inputs = { index: e.index, total: e.total };
      else if (e.type === 'article') counts[e.status]++;
      else if (e.type === 'item-unchanged') counts.unchanged++;
      else if (e.type === 'failure') counts.failed++;
      draw();
    },
    done() {
      // Show the final count (the throttle may have skipped it), then clear the line for the summary.
      inputs.index = inputs.total;
      draw(true);
      if (drawn) io.stderr.write('\r\x1b[2K');
    },
  };
}

export const ingest: Subcommand = {
  name: 'ingest',
  summary: 'Read articles (files, folders, URLs, feeds, stdin) into the store',
  usage: '<path|dir|url|feed-url|->...',
  options: {
    directory: {
      type: 'string',
      valueName: 'file',
      description:
        'Import a company directory first (SEC company_tickers[_exchange].json, nasdaqlisted.txt, otherlisted.txt, nasdaqtraded.txt)',
    },
    json: { type: 'boolean', description: 'Print the summary as JSON' },
    refresh: {
      type: 'boolean',
      description: 'Extract stored articles again and replace their facts (after upgrading Dealdesk)',
    },
  },
  details: [
    'Inputs: text or Markdown files (optional front matter: title, url, source, published), HTML pages,',
    'JSON ({title, url, source, published, text|html} or an array), RSS/Atom feeds, folders (recursive),',
    'http(s) URLs of pages or feeds, and - for standard input.',
    'Re-ingesting the same content changes nothing; an article updated at the same URL replaces its facts.',
    'With --refresh, articles already stored are extracted again with the current rules and their facts',
    'replaced (deals keep their sources; nothing is alerted again); feeds are read in full.',
    'Addresses on private networks are refused unless DEALDESK_ALLOW_PRIVATE_FETCH=true.',
    'Exit code 1 when any input failed (the others are still stored), 2 on misuse.',
  ].join('\n'),
  async run(args, io) {
    const inputs = args.positionals;
    const directoryFile = args.values.directory as string | undefined;
    if (!inputs.length && !directoryFile)
      throw new UsageError('give at least one file, folder, URL or - (or --directory FILE)');
    if (inputs.filter((i) => i === '-').length > 1)
      throw new UsageError('"-" (standard input) can be given only once');
    const config = loadConfig(io.env, join(io.cwd, '.env'));
    const store = await openStore(config.DEALDESK_STORE_URL);
    try {
      let imported: Awaited<ReturnType<typeof importDirectoryFile>> | null = null;
      if (directoryFile) {
        try {
          imported = await importDirectoryFile(resolve(io.cwd, directoryFile), store);
        } catch (err) {
          io.stderr.write(`dealdesk ingest: cannot import ${directoryFile}: ${(err as Error).message}\n`);
          return EXIT.failed;
        }
        if (!args.values.json)
          io.stdout.write(
            `Company directory: imported ${imported.imported} ${imported.imported === 1 ? 'company' : 'companies'} from ${directoryFile} (${imported.format}${imported.skipped ? `, ${imported.skipped} rows skipped` : ''})\n`,
          );
      }
      let summary: IngestSummary | null = null;
      if (inputs.length) {
        const engine = await defaultEngine();
        const bar = progressBar(io);
        try {
          summary = await ingestInputs(inputs, {
            store,
            engine,
            allowPrivate: config.DEALDESK_ALLOW_PRIVATE_FETCH,
            stdin: io.stdin,
            cwd: io.cwd,
            refresh: !!args.values.refresh,
            onProgress: bar.update,
          });
        } finally {
          bar.done();
        }
        if (!args.values.json) io.stdout.write(`${formatSummary(summary)}\n`);
      }
      if (args.values.json)
        io.stdout.write(`${JSON.stringify({ directory: imported, ...summary }, null, 2)}\n`);
      return summary?.failed.length ? EXIT.failed : EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
