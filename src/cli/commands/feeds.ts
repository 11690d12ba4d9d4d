/** `dealdesk feeds add|remove|list|poll`: the feeds Dealdesk polls (kept in the store, plus DEALDESK_FEEDS). */
import { loadConfig, SECRET_KEYS } from '../../config/env.js';
import {
  addFeed,
  envProblems,
  FeedUrlError,
  listFeeds,
  pollFeeds,
  removeFeed,
  feedIngester,
} from '../../feeds/index.js';
import { defaultEngine } from '../../ingest/engine.js';
import { registerSecrets, setLogLevel } from '../../log.js';
import { openStore } from '../../store/index.js';
import { EXIT, UsageError } from '../io.js';
import type { Subcommand } from '../subcommand.js';

export const feeds: Subcommand = {
  name: 'feeds',
  summary: 'Manage the news feeds Dealdesk polls',
  usage: 'add|remove|list|poll [url]',
  options: {},
  details: `
add <url>      poll this RSS/Atom feed (re-adding a feed marked failing gives it another chance)
remove <url>   stop polling it (feeds from DEALDESK_FEEDS are removed there)
list           every feed with its last result and failures
poll           poll every feed once now (the bot does this on DEALDESK_FEED_POLL)`,
  async run(args, io) {
    const [action, url, ...extra] = args.positionals;
    if (!action) throw new UsageError('say what to do: add, remove, list or poll');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if ((action === 'add' || action === 'remove') && !url) throw new UsageError(`${action} needs a feed URL`);
    if (!['add', 'remove', 'list', 'poll'].includes(action))
      throw new UsageError(`unknown action "${action}": use add, remove, list or poll`);
    const config = loadConfig(io.env);
    registerSecrets(SECRET_KEYS.map((k) => config[k]));
    setLogLevel(config.DEALDESK_LOG_LEVEL);
    const store = await openStore(config.DEALDESK_STORE_URL);
    try {
      if (action === 'add') {
        const r = await addFeed(store, url!);
        io.stdout.write(
          r.added
            ? `Added ${r.url}: it is polled on ${config.DEALDESK_FEED_POLL}.\n`
            : r.revived
              ? `${r.url} was failing; it will be tried again at the next poll.\n`
              : `${r.url} is already in the list.\n`,
        );
        return EXIT.ok;
      }
      if (action === 'remove') {
        const r = await removeFeed(store, url!);
        if (r.removed) io.stdout.write(`Removed ${r.url}.\n`);
        else if (config.DEALDESK_FEEDS.some((u) => u.trim() === r.url || u.trim() === url))
          io.stdout.write(`${r.url} comes from DEALDESK_FEEDS: remove it there.\n`);
        else io.stdout.write(`${r.url} was not in the list.\n`);
        return EXIT.ok;
      }
      for (const p of envProblems(config.DEALDESK_FEEDS)) io.stderr.write(`${p}\n`);
      if (action === 'list') {
        const list = await listFeeds(store, config.DEALDESK_FEEDS);
        if (!list.length)
          io.stdout.write('No feeds yet: add one with `dealdesk feeds add <url>` or DEALDESK_FEEDS.\n');
        for (const f of list) {
          const s = f.state;
          const health = s.failing
            ? `FAILING since ${s.failingSince ?? s.lastPolledAt}, ${s.consecutiveFailures} errors in a row (last: ${s.lastError}); next probe ${s.nextAttemptAt ?? 'at the next poll'}; re-add to retry now`
            : s.lastResult === 'error'
              ? `error ${s.consecutiveFailures}x (last: ${s.lastError}), next try ${s.nextAttemptAt}`
              : s.lastResult
                ? `ok (${s.lastResult.replace(/-/g, ' ')}) at ${s.lastOkAt}`
                : 'not polled yet';
          io.stdout.write(
            `${f.url}${f.origin === 'env' ? ' [DEALDESK_FEEDS]' : ''}\n  ${health}; ${s.articles.new} articles so far\n`,
          );
        }
        return EXIT.ok;
      }
      // poll
      const engine = await defaultEngine();
      const reports = await pollFeeds({
        store,
        envFeeds: config.DEALDESK_FEEDS,
        ingest: feedIngester({ store, engine, allowPrivate: config.DEALDESK_ALLOW_PRIVATE_FETCH }),
      });
      for (const r of reports)
        io.stdout.write(
          `${r.url}: ${r.result.replace(/-/g, ' ')}${r.result === 'new-items' ? ` (${r.newArticles} new, ${r.updatedArticles} updated)` : ''}${r.error ? ` — ${r.error}` : ''}\n`,
        );
      return reports.some((r) => r.result === 'error') ? EXIT.failed : EXIT.ok;
    } catch (err) {
      if (err instanceof FeedUrlError) throw new UsageError(err.message);
      throw err;
    } finally {
      await store.close().catch(() => undefined);
    }
  },
};
