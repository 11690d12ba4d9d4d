/** Dealdesk's opaque ids for Slack objects (see src/bot/types.ts): slack:T1, slack:T1:C1, slack:T1:C1:1712.55. */
export const workspaceId = (team: string) => `slack:${team}`;
export const channelId = (team: string, channel: string) => `slack:${team}:${channel}`;
export const userId = (team: string, user: string) => `slack:${team}:${user}`;
export const threadId = (team: string, channel: string, ts: string) => `slack:${team}:${channel}:${ts}`;

/** "slack:T1:C1" → { team: "T1", channel: "C1" }, or null for another platform or a malformed id. */
export function parseChannelId(id: string): { team: string; channel: string } | null {
  const m = /^slack:([A-Z0-9]+):([A-Z0-9]+)$/.exec(id);
  return m ? { team: m[1]!, channel: m[2]! } : null;
}

/** Slack escapes &, < and > in the text it sends us; the core wants what the user typed. */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Removes mentions of the bot (`<@U123>` or `<@U123|name>`) and tidies the spaces left behind. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text
    .replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const mentionsBot = (text: string, botUserId: string | undefined): boolean =>
  !!botUserId && new RegExp(`<@${botUserId}(\\|[^>]*)?>`).test(text);
