/**
 * The shell's Poster: scheduled digests and watchlist alerts for shell channels (shell:local:main)
 * are printed into the REPL's output as plain cards, under a banner that says what they are, so they
 * are never mistaken for the answer to what was just typed. On a terminal the prompt line is cleared
 * first and redrawn after (readline keeps whatever was half-typed in its buffer).
 */
import { ANSI_STYLE, renderPlain } from '../../src/bot/render/plain.js';
import type { Outcome } from '../../src/bot/types.js';
import type { Poster } from '../../src/delivery/poster.js';

export interface ShellPosterOptions {
  write(text: string): void;
  color?: boolean;
  /** Interactive terminal: clear the prompt line before printing and redraw it after. */
  prompt?: string | null;
  now?: () => Date;
}

const CLEAR_LINE = '\r\u001B[2K';

/** "Scheduled digest" or "Watchlist alert", from what the card is about. */
export function scheduledLabel(outcome: Outcome): string {
  const command = outcome.followUp?.command;
  if (command === 'alert') return 'Watchlist alert';
  if (command === 'digest') return 'Scheduled digest';
  return 'Scheduled post';
}

export function shellPoster(opts: ShellPosterOptions): Poster {
  const style = opts.color ? ANSI_STYLE : undefined;
  const dim = (s: string) => (opts.color ? ANSI_STYLE.dim(s) : s);
  let n = 0;
  return {
    platform: 'shell',
    async post(channelId, outcome) {
      n += 1;
      const at = (opts.now?.() ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
      const banner = dim(`── ${scheduledLabel(outcome)} · ${channelId} · ${at} UTC ──`);
      const body = renderPlain(outcome.card, style);
      const lead = opts.prompt ? CLEAR_LINE : '';
      const tail = opts.prompt ?? '';
      opts.write(`${lead}\n${banner}\n${body}\n${dim('── end ──')}\n\n${tail}`);
      // The shell has no threads under scheduled posts: follow-ups are asked as new questions.
      return { threadId: null, messageRef: `${channelId}#scheduled-${n}` };
    },
    async notifyAdmins(channelId, text) {
      opts.write(
        `${opts.prompt ? CLEAR_LINE : ''}${dim(`(notice for ${channelId}: ${text})`)}\n${opts.prompt ?? ''}`,
      );
    },
  };
}
