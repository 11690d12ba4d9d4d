/**
 * The platform-neutral contract between the bot core and its adapters (Slack, Discord, shell).
 *
 * Flow: an adapter turns a platform event into an `InboundCommand` / `InboundMessage`, acks it on
 * the platform, asks the core for an `Outcome`, renders the outcome's card for its platform, posts
 * it, and — when the outcome carries a `followUp` subject — tells the core the posted message's
 * thread id so follow-up questions there are answered in context. The core never imports an adapter.
 *
 * Ids are opaque strings, prefixed by platform (Chat SDK style):
 *   workspace  slack:T1            discord:G1            shell:local
 *   channel    slack:T1:C1         discord:G1:C1         shell:local:main
 *   thread     slack:T1:C1:1712.55 discord:G1:C1:TH1     shell:local:main:3
 */
import type { ThreadQuestion } from '../domain/records.js';

export type PlatformName = 'slack' | 'discord' | 'shell';

export interface UserRef {
  id: string; // e.g. slack:T1:U123
  name: string | null;
  /** Resolved by the adapter from the platform (Discord Manage Channels, Slack admin/allow-list). */
  canManageChannel: boolean;
}

export interface InboundCommand {
  kind: 'command';
  platform: PlatformName;
  /** Without the slash: "deal". */
  command: string;
  /** Everything after the command, as typed (Discord options are joined back into this form). */
  text: string;
  /** Discord's typed options, when the platform provides them; the core prefers them over `text`. */
  options?: Record<string, string | number | boolean>;
  user: UserRef;
  workspaceId: string;
  channelId: string;
  /** Set when the command was typed inside a thread (Discord /ask in a thread, shell). */
  threadId: string | null;
}

export interface InboundMessage {
  kind: 'message';
  platform: PlatformName;
  text: string;
  user: UserRef;
  workspaceId: string;
  channelId: string;
  threadId: string;
  /** True when the bot was @mentioned (mention markup already stripped from `text`). */
  mentioned: boolean;
}

export interface AutocompleteRequest {
  command: string;
  option: string;
  partial: string;
  channelId: string;
}
export interface Choice {
  name: string;
  value: string;
}

// ---- Reply model -------------------------------------------------------------------------------

/** Inline text: plain strings are content (always escaped by renderers); objects are markup. */
export type Span =
  string | { bold: string } | { italic: string } | { code: string } | { link: string; url: string };
export type RichText = Span[];

export interface CardField {
  label: string;
  value: RichText;
}

export interface CardSection {
  heading?: string;
  /** Each entry is one line or bullet. */
  lines: RichText[];
}

export interface Citation {
  title: string;
  source: string | null;
  date: string | null; // YYYY-MM-DD
  url: string | null;
}

export interface CardButton {
  id: string; // action id, e.g. "followup", "more"
  label: string;
  value: string;
}

export interface Card {
  title: string;
  subtitle?: RichText;
  fields?: CardField[];
  sections: CardSection[];
  citations?: Citation[];
  buttons?: CardButton[];
  /** Shown under the card, e.g. "Reply in this thread to ask: how much? what did analysts say?" */
  threadPrompt?: string;
  footer?: string;
}

/** What the thread under a posted card is about. */
export interface FollowUpSubject {
  command: string;
  tickers: string[];
  dealIds: string[];
  articleIds: string[];
  lastAnswer: string | null;
  /** What "more" continues (kept by the answerer). */
  lastQuestion?: ThreadQuestion | null;
}

export interface Outcome {
  card: Card;
  /** public: posted in the channel (has a thread); ephemeral: only the invoking user sees it. */
  visibility: 'public' | 'ephemeral';
  /** When set, the adapter posts publicly and calls `core.rememberThread` with the new thread id. */
  followUp?: FollowUpSubject;
  /** Plain-text fallback (notifications, screen readers, clients without rich rendering). */
  fallbackText: string;
}

/** The core as adapters see it. */
export interface BotCore {
  handleCommand(cmd: InboundCommand): Promise<Outcome>;
  /** Returns null when the message is not for the bot (not a Dealdesk thread, not mentioned). */
  handleMessage(msg: InboundMessage): Promise<Outcome | null>;
  autocomplete(req: AutocompleteRequest): Promise<Choice[]>;
  rememberThread(threadId: string, subject: FollowUpSubject): Promise<void>;
  /** The subject remembered for a thread (or any key an adapter remembered one under), else null. */
  recallThread(threadId: string): Promise<FollowUpSubject | null>;
}

/** Renders a card for one platform, within its limits; `escape` makes article/user text inert. */
export interface CardRenderer<T> {
  render(outcome: Outcome): T;
}
