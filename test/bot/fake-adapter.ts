/** A minimal adapter for tests: drives the core exactly as Slack/Discord do, and records what it posted. */
import { renderPlain } from '../../src/bot/render/plain.js';
import type { BotCore, Outcome, UserRef } from '../../src/bot/types.js';

export interface Posted {
  text: string;
  outcome: Outcome;
  threadId: string | null;
}

export class FakeAdapter {
  readonly posted: Posted[] = [];
  private seq = 0;
  constructor(
    private readonly core: BotCore,
    readonly channelId = 'fake:W1:C1',
  ) {}

  user(canManageChannel = false): UserRef {
    return { id: 'fake:W1:U1', name: 'tester', canManageChannel };
  }

  /** A slash command; a public outcome with a follow-up subject gets a thread, as a platform would. */
  async command(
    line: string,
    opts: {
      manager?: boolean;
      threadId?: string | null;
      options?: Record<string, string | number | boolean>;
    } = {},
  ): Promise<Posted> {
    const m = /^\/(\S+)\s*(.*)$/s.exec(line.trim())!;
    const outcome = await this.core.handleCommand({
      kind: 'command',
      platform: 'shell',
      command: m[1]!,
      text: m[2]!,
      ...(opts.options ? { options: opts.options } : {}),
      user: this.user(opts.manager ?? false),
      workspaceId: 'fake:W1',
      channelId: this.channelId,
      threadId: opts.threadId ?? null,
    });
    let threadId: string | null = null;
    if (outcome.followUp) {
      threadId = `${this.channelId}:${++this.seq}`;
      await this.core.rememberThread(threadId, outcome.followUp);
    }
    const posted = { text: renderPlain(outcome.card), outcome, threadId };
    this.posted.push(posted);
    return posted;
  }

  async message(threadId: string, text: string, mentioned = false): Promise<Posted | null> {
    const outcome = await this.core.handleMessage({
      kind: 'message',
      platform: 'shell',
      text,
      user: this.user(),
      workspaceId: 'fake:W1',
      channelId: this.channelId,
      threadId,
      mentioned,
    });
    if (!outcome) return null;
    const posted = { text: renderPlain(outcome.card), outcome, threadId };
    this.posted.push(posted);
    return posted;
  }
}
