/**
 * The App Home tab: the workspace's digest subscriptions and watchlists, read from the store.
 * Channel names are shown with Slack's `<#C…>` markup (ids validated), everything else escaped.
 */
import type { SubscriptionRecord, WatchlistRecord } from '../../src/domain/records.js';
import type { Store } from '../../src/store/types.js';
import { parseChannelId } from './ids.js';
import { escapeMrkdwn, truncateMrkdwn, type SlackBlock } from './render.js';

/** Home views allow 100 blocks; lines are grouped into sections well under 3,000 characters. */
const MAX_LINES = 200;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const channelRef = (id: string) => {
  const parsed = parseChannelId(id);
  return parsed ? `<#${parsed.channel}>` : escapeMrkdwn(id);
};

function describeSubscription(sub: SubscriptionRecord): string {
  const when =
    sub.cadence === 'weekly'
      ? `weekly on ${WEEKDAYS[sub.weekday ?? 1]}`
      : sub.cadence === 'weekdays'
        ? 'on weekdays'
        : 'daily';
  const scope =
    sub.scope.kind === 'all'
      ? 'all deals'
      : sub.scope.kind === 'watchlist'
        ? 'the channel watchlist'
        : sub.scope.tickers.join(', ');
  const paused = sub.paused ? ` _(paused: ${escapeMrkdwn(sub.paused.reason)})_` : '';
  return `• ${channelRef(sub.channelId)}: ${escapeMrkdwn(`${when} at ${sub.time} ${sub.timeZone}, ${scope}, up to ${sub.maxItems} items`)}${paused}`;
}

function describeWatchlist(list: WatchlistRecord): string {
  const tickers = list.tickers.length ? list.tickers.join(', ') : '(empty)';
  return `• ${channelRef(list.channelId)}: ${escapeMrkdwn(tickers)}`;
}

function linesToSections(lines: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > 2800) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
      current = '';
    }
    current += (current ? '\n' : '') + truncateMrkdwn(line, 2800);
  }
  if (current) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
  return blocks;
}

function listSection(title: string, lines: string[], empty: string): SlackBlock[] {
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > shown.length) shown.push(`_… and ${lines.length - shown.length} more_`);
  return [
    { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
    ...(shown.length
      ? linesToSections(shown)
      : [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: empty } }]),
  ];
}

export async function buildHomeView(
  store: Store,
  team: string,
): Promise<{ type: 'home'; blocks: SlackBlock[] }> {
  const prefix = `slack:${team}:`;
  const [subs, lists] = await Promise.all([store.subscriptions.all(), store.watchlists.all()]);
  const mine = subs
    .filter((s) => s.channelId.startsWith(prefix))
    .sort((a, b) => a.channelId.localeCompare(b.channelId));
  const watch = lists
    .filter((l) => l.channelId.startsWith(prefix))
    .sort((a, b) => a.channelId.localeCompare(b.channelId));
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '*Dealdesk* reads financial news and answers questions about deals. Type `/help` in any channel to see the commands.',
      },
    },
    { type: 'divider' },
    ...listSection(
      'Digest subscriptions',
      mine.map(describeSubscription),
      '_No digests yet. In a channel, type `/digest` to schedule one._',
    ),
    { type: 'divider' },
    ...listSection(
      'Watchlists',
      watch.map(describeWatchlist),
      '_No watchlists yet. In a channel, type `/watch add TICKER`._',
    ),
  ];
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
