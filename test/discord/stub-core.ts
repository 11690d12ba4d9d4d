/**
 * A small BotCore test double for adapter tests: records what the adapter passed in and answers
 * with cards built from the input, so a test can see both directions. The end-to-end tests use the
 * real core instead.
 */
import type {
  AutocompleteRequest,
  BotCore,
  Choice,
  FollowUpSubject,
  InboundCommand,
  InboundMessage,
  Outcome,
} from '../../src/bot/types.js';

export class StubCore implements BotCore {
  readonly commands: InboundCommand[] = [];
  readonly messages: InboundMessage[] = [];
  readonly autocompletes: AutocompleteRequest[] = [];
  readonly threads = new Map<string, FollowUpSubject>();
  /** Delay before answering a command, to exercise deferred replies. */
  commandDelayMs = 0;
  /** Override the answer to a command. */
  answer: (cmd: InboundCommand) => Outcome | Promise<Outcome> = (cmd) => defaultAnswer(cmd);
  directory: Choice[] = [
    { name: 'LUMN · Lumen Technologies', value: 'LUMN' },
    { name: 'LMT · Lockheed Martin', value: 'LMT' },
    { name: 'MSFT · Microsoft', value: 'MSFT' },
  ];

  async handleCommand(cmd: InboundCommand): Promise<Outcome> {
    this.commands.push(cmd);
    if (this.commandDelayMs) await new Promise((r) => setTimeout(r, this.commandDelayMs));
    return this.answer(cmd);
  }

  async handleMessage(msg: InboundMessage): Promise<Outcome | null> {
    this.messages.push(msg);
    const subject = this.threads.get(msg.threadId);
    if (!subject) return null;
    return {
      card: {
        title: `About ${subject.tickers.join(', ')}`,
        sections: [{ lines: [[`You asked: ${msg.text}`]] }],
      },
      visibility: 'public',
      fallbackText: `About ${subject.tickers.join(', ')}: you asked ${msg.text}`,
    };
  }

  async autocomplete(req: AutocompleteRequest): Promise<Choice[]> {
    this.autocompletes.push(req);
    const p = req.partial.toLowerCase();
    return this.directory.filter((c) => c.name.toLowerCase().includes(p));
  }

  async rememberThread(threadId: string, subject: FollowUpSubject): Promise<void> {
    this.threads.set(threadId, subject);
  }

  async recallThread(threadId: string): Promise<FollowUpSubject | null> {
    return this.threads.get(threadId) ?? null;
  }
}

export function defaultAnswer(cmd: InboundCommand): Outcome {
  const ticker = String(cmd.options?.ticker ?? cmd.text).toUpperCase();
  if (cmd.command === 'digest' && !cmd.user.canManageChannel)
    return {
      card: { title: 'Not allowed', sections: [{ lines: [['Changing digests needs Manage Channels.']] }] },
      visibility: 'ephemeral',
      fallbackText: 'Changing digests needs the Manage Channels permission.',
    };
  return {
    card: {
      title: `Deals for ${ticker}`,
      fields: [{ label: 'Ticker', value: [{ code: ticker }] }],
      sections: [{ heading: 'Recent', lines: [[`/${cmd.command} ${cmd.text}`]] }],
    },
    visibility: 'public',
    followUp: { command: cmd.command, tickers: [ticker], dealIds: [], articleIds: [], lastAnswer: null },
    fallbackText: `Deals for ${ticker}`,
  };
}
