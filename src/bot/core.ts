/**
 * The platform-neutral bot core: parses and checks commands, runs them, turns every failure into a
 * friendly card, keeps thread context, and routes follow-up messages to the Answerer. Adapters drive
 * it through `BotCore` (src/bot/types.ts); it never imports an adapter.
 */
import { directoryFor } from './directory.js';
import { DEAL_TYPES } from '../domain/facts.js';
import { createLogger } from '../log.js';
import { StoreUnavailableError, type Store } from '../store/types.js';
import { subjectOf, type Answerer } from './answerer.js';
import { createQaAnswerer } from '../qa/answerer.js';
import { parseArgs } from './args.js';
import {
  internalErrorCard,
  permissionCard,
  problemCard,
  storeDownCard,
  usageProblemCard,
} from './cards/notice.js';
import { helpCard } from './cards/help.js';
import {
  SUBCOMMAND_OPTION,
  usageOf,
  type CommandContext,
  type CommandDeclaration,
  type Reply,
  type SubcommandDeclaration,
} from './command.js';
import { digestNotAvailable, type DigestPort } from './digest-port.js';
import { allCommands } from './registry.js';
import { renderPlain } from './render/plain.js';
import { ReplyCache, replyKey } from './reply-cache.js';
import { rankCandidates } from './resolvers/fuzzy.js';
import { suggestCompanies } from './resolvers/ticker.js';
import { suggestTimeZones } from './resolvers/timezone.js';
import type {
  AutocompleteRequest,
  BotCore,
  Card,
  Choice,
  FollowUpSubject,
  InboundCommand,
  InboundMessage,
  Outcome,
} from './types.js';

const log = createLogger('core');

export interface CoreOptions {
  store: Store;
  now?: () => Date;
  answerer?: Answerer;
  digest?: DigestPort;
  /** Default IANA zone for digests (DEALDESK_TIMEZONE). */
  defaultTimeZone?: string;
  commands?: readonly CommandDeclaration[];
  /** A request still running after this long is answered "try again" (a hung store). Default 8 s. */
  deadlineMs?: number;
  /** Reuse replies of `cacheable` commands while the store's content is unchanged. Default true. */
  replyCache?: boolean;
}

const DEFAULT_DEADLINE_MS = 8000;

/**
 * Rejects with StoreUnavailableError when the work takes longer than `ms`: a store that hangs
 * (rather than fails) must not leave the user without any reply. The work itself is not stopped.
 */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export const isStoreDown = (err: unknown): boolean =>
  err instanceof StoreUnavailableError || (err instanceof Error && err.name === 'StoreUnavailableError');

function outcomeOf(reply: Reply): Outcome {
  const visibility = reply.visibility ?? (reply.followUp ? 'public' : 'ephemeral');
  let plain: string | undefined;
  return {
    card: reply.card,
    visibility,
    ...(reply.followUp && visibility === 'public' ? { followUp: reply.followUp } : {}),
    // Rendered on first use: an adapter that shows the card (Discord needs only its first line)
    // does not pay for the whole plain rendering on every reply.
    get fallbackText() {
      return (plain ??= renderPlain(reply.card));
    },
  };
}

const ephemeral = (card: Card): Outcome => outcomeOf({ card, visibility: 'ephemeral' });

export function createCore(opts: CoreOptions): BotCore {
  const { store } = opts;
  const now = opts.now ?? (() => new Date());
  const answerer = opts.answerer ?? createQaAnswerer();
  const digest = opts.digest ?? digestNotAvailable;
  const defaultTimeZone = opts.defaultTimeZone ?? 'UTC';
  const commands = opts.commands ?? allCommands();
  const byName = new Map(commands.map((c) => [c.name, c]));
  const deadline = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const replies = opts.replyCache === false ? null : new ReplyCache();

  function failure(err: unknown, what: string): Outcome {
    if (isStoreDown(err)) {
      log.warn(`${what}: store unavailable:`, (err as Error).message);
      return ephemeral(storeDownCard());
    }
    log.error(`${what} failed:`, err);
    return ephemeral(internalErrorCard());
  }

  async function runCommand(cmd: InboundCommand): Promise<Outcome> {
    const name = cmd.command.replace(/^\//, '').trim().toLowerCase();
    const decl = byName.get(name);
    if (!decl) {
      const close = rankCandidates(
        name,
        commands.map((c) => ({ item: c.name, keys: [c.name] })),
        2,
      );
      return ephemeral(
        problemCard(
          `I don't know the command /${name}.${close.length ? ` Did you mean ${close.map((c) => `/${c}`).join(' or ')}?` : ''}`,
          'Type /help to see every command.',
        ),
      );
    }

    let text = cmd.text.trim();
    let typed = cmd.options;
    let sub: SubcommandDeclaration | undefined;
    if (decl.subcommands?.length) {
      const typedSub = typed?.[SUBCOMMAND_OPTION];
      let subName: string;
      const typedText = text;
      if (typeof typedSub === 'string') subName = typedSub.toLowerCase();
      else {
        subName = (text.split(/\s+/)[0] ?? '').toLowerCase();
        text = text.slice(subName.length).trim();
      }
      sub = decl.subcommands.find((s) => s.name === subName);
      if (!sub) {
        const names = decl.subcommands.map((s) => s.name);
        const msg = subName
          ? `/${decl.name} has no "${subName}". ${subcommandHint(decl.name, names, subName, typedText)}Choose one of: ${names.join(', ')}.`
          : `/${decl.name} needs one of: ${names.join(', ')}.`;
        return ephemeral(usageProblemCard(msg, usageOf(decl), decl.examples));
      }
      if (typed) {
        const { [SUBCOMMAND_OPTION]: _drop, ...rest } = typed;
        typed = rest;
      }
    }

    const permission = sub?.permission ?? decl.permission;
    if (permission === 'manageChannel' && !cmd.user.canManageChannel)
      return ephemeral(permissionCard(`/${decl.name}${sub ? ` ${sub.name}` : ''}`));

    const at = now();
    // A read-only reply already made today on the same content is reused (reply-cache.ts).
    const cached =
      replies && decl.cacheable && !sub ? await cachedReply(replies, decl.name, text, typed, at) : undefined;
    if (cached?.outcome) return cached.outcome;
    const env = { store, now: at, defaultTimeZone };
    const parsed = await parseArgs(sub ? sub.options : decl.options, { text, typed }, env);
    if (!parsed.ok) {
      // A value we could not resolve (unknown ticker, bad date) needs its message, not a lesson in syntax.
      if (parsed.option && !/^Missing /.test(parsed.error))
        return ephemeral(problemCard(parsed.error, `Usage: ${usageOf(decl, sub)}`));
      return ephemeral(usageProblemCard(parsed.error, usageOf(decl, sub), decl.examples));
    }

    const ctx: CommandContext = {
      args: parsed.values,
      text,
      store,
      now: at,
      user: cmd.user,
      platform: cmd.platform,
      workspaceId: cmd.workspaceId,
      channelId: cmd.channelId,
      threadId: cmd.threadId,
      defaultTimeZone,
      answerer,
      digest,
      commands,
    };
    const run = sub ? sub.run : decl.run;
    if (!run) return ephemeral(helpCard(commands, decl));
    const outcome = outcomeOf(await run(ctx));
    cached?.keep(outcome);
    return outcome;
  }

  /** The kept reply for this command line, and how to keep a fresh one made at this content version. */
  async function cachedReply(
    replies: ReplyCache,
    name: string,
    text: string,
    typed: InboundCommand['options'],
    at: Date,
  ) {
    const key = replyKey(name, text, typed, at.toISOString().slice(0, 10));
    const version = await store.contentVersion();
    return {
      outcome: replies.get(key, version),
      keep: (outcome: Outcome) => replies.set(key, version, outcome),
    };
  }

  async function answerMessage(msg: InboundMessage): Promise<Outcome | null> {
    const question = msg.text.trim();
    const stored = await store.threads.get(msg.threadId);
    if (!stored && !msg.mentioned) return null;
    if (!question) return null;
    const context: FollowUpSubject | null = stored ? subjectOf(stored) : null;
    const answer = await answerer.answer({ question, context, store, now: now() });
    await store.threads.put({
      threadId: msg.threadId,
      ...answer.updatedContext,
      updatedAt: now().toISOString(),
    });
    return outcomeOf({ card: answer.card, visibility: 'public' });
  }

  return {
    async handleCommand(cmd) {
      try {
        return await withDeadline(runCommand(cmd), deadline);
      } catch (err) {
        return failure(err, `/${cmd.command}`);
      }
    },

    async handleMessage(msg: InboundMessage) {
      try {
        return await withDeadline(answerMessage(msg), deadline);
      } catch (err) {
        return failure(err, 'thread message');
      }
    },

    async autocomplete(req: AutocompleteRequest): Promise<Choice[]> {
      try {
        const decl = byName.get(req.command.replace(/^\//, '').toLowerCase());
        const opt = [...(decl?.options ?? []), ...(decl?.subcommands ?? []).flatMap((s) => s.options)].find(
          (o) => o.name === req.option,
        );
        if (!opt) return [];
        if (opt.autocomplete === 'ticker')
          return (await suggestCompanies(directoryFor(store), req.partial, 25)).map((c) => ({
            name: `${c.ticker} — ${c.name}`.slice(0, 100),
            value: c.ticker,
          }));
        if (opt.autocomplete === 'timezone')
          return suggestTimeZones(req.partial, 25).map((tz) => ({ name: tz, value: tz }));
        const pool: Choice[] =
          opt.autocomplete === 'dealType'
            ? DEAL_TYPES.map((t) => ({ name: t, value: t }))
            : [...(opt.choices ?? [])];
        const p = req.partial.trim().toLowerCase();
        return pool.filter((c) => c.name.toLowerCase().startsWith(p)).slice(0, 25);
      } catch (err) {
        log.warn('autocomplete failed:', (err as Error).message);
        return [];
      }
    },

    async rememberThread(threadId: string, subject: FollowUpSubject) {
      await store.threads.put({ threadId, ...subject, updatedAt: now().toISOString() });
    },

    async recallThread(threadId: string) {
      const stored = await store.threads.get(threadId);
      return stored ? subjectOf(stored) : null;
    },
  };
}

/**
 * "Did you mean …?" for a word that is no subcommand: a near spelling ("/watch lsit" → list), else the
 * words as the first subcommand's arguments ("/watch LUMN" → "/watch add LUMN").
 */
export function subcommandHint(command: string, names: string[], word: string, typed: string): string {
  const close = rankCandidates(
    word,
    names.map((n) => ({ item: n, keys: [n] })),
    2,
  );
  if (close[0]) return `Did you mean /${command} ${close[0]}? `;
  return names[0] ? `Did you mean /${command} ${names[0]} ${typed}? ` : '';
}
