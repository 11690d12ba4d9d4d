/**
 * The answerer through the core, on a store filled by ingesting our own small articles: cited
 * answers, subject switches that stick, "more", and plain "the sources don't say" without numbers.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/bot/core.js';
import type { BotCore } from '../../src/bot/types.js';
import { createQaAnswerer } from '../../src/qa/answerer.js';
import { defaultEngine } from '../../src/ingest/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { askInShell, replyBody as body, useQaArticlesStore } from './articles-store.js';
import { numbersIn } from '../../src/qa/text.js';

const DIR = fileURLToPath(new URL('./articles', import.meta.url));
const articles = useQaArticlesStore();

const ask = (lines: string[]) => askInShell(articles(), lines);

describe('answers in a thread', () => {
  it('answers value, timing, stock, analyst, earnings and quote questions with a cited source', async () => {
    const [, value, when, stock, target, eps, ceo] = await ask([
      '/ask how much is Acme Robotics paying for Widgetco?',
      'How much is Acme paying for Widgetco?',
      'When is the purchase expected to close?',
      'How did the shares react?',
      "What's the price target?",
      'What are analysts expecting for earnings?',
      'What did the CEO say?',
    ]);
    expect(body(value!)).toContain('$640 million');
    expect(body(when!)).toContain('second quarter of 2026');
    expect(body(stock!)).toContain('6.2%');
    expect(body(target!)).toContain('$60');
    expect(body(eps!)).toContain('41 cents');
    expect(body(ceo!)).toContain('Dana Ruiz');
    for (const r of [value, when, stock, target, eps, ceo])
      expect(r).toMatch(/Sources\s+\[1\] Acme Robotics to buy Widgetco/);
  });

  it('switches the subject on "what about X?" and keeps it for the next question', async () => {
    const [, first, switched, next] = await ask([
      '/ask how did Acme Robotics shares react?',
      'How did the stock react?',
      'what about Bolt Grid?',
      'What did the CFO say?',
    ]);
    expect(body(first!)).toContain('6.2%');
    expect(body(switched!)).toContain('2.4%');
    expect(body(next!)).toContain('Lena Ortiz');
    expect(next).toContain('Bolt Grid signs transmission deal');
  });

  it('says terms were not disclosed rather than guessing a value', async () => {
    const [, terms] = await ask([
      '/ask what is Bolt Grid doing with Northstar Power?',
      'What are the terms of the Northstar Power deal?',
    ]);
    expect(body(terms!)).toMatch(/not disclosed/i);
    expect(numbersIn(body(terms!))).toEqual([]);
  });

  it("says plainly when the sources don't tell, with no invented number", async () => {
    const [, reply] = await ask([
      '/ask how much is Acme Robotics paying for Widgetco?',
      'How many employees does Widgetco have?',
    ]);
    expect(body(reply!)).toMatch(/sources I have don't say/);
    expect(numbersIn(body(reply!).replace(/^\(thread.*$/m, ''))).toEqual([]);
  });

  it('"more" gives the next best sentence, not the same one', async () => {
    const [, first, more] = await ask([
      '/ask what are the risks for Acme Robotics?',
      'What are the risks?',
      'more',
    ]);
    expect(body(first!)).not.toBe(body(more!));
    expect(more).toMatch(/Sources/);
  });
});

describe('which deal a question is about', () => {
  // Harbor Lane has two deals: a newer partnership without terms, listed first, and a sale whose
  // article says what the proceeds pay for. Questions that name no party follow their own words.
  it("answers from the deal whose articles use the question's words, not the first one listed", async () => {
    const [, debt, terms, plain] = await ask([
      '/deal HLFD',
      'how much of the money goes to debt?',
      'what were the terms for the frozen desserts unit?',
      'what are the terms?',
    ]);
    expect(body(debt!)).toContain('$220 million');
    expect(debt).toMatch(/\[1\] Millbrook Dairy to buy Harbor Lane/);
    expect(body(terms!)).toContain('$310 million');
    expect(body(terms!)).not.toMatch(/not disclosed/i);
    // With nothing to tell the deals apart, the thread's first deal is still the one asked about.
    expect(body(plain!)).toMatch(/not disclosed/i);
  });
});

describe('"more" after a restart', () => {
  it("continues the thread's last question from the stored context, not from process memory", async () => {
    const threadId = 'shell:local:main:restart';
    const message = (text: string) => ({
      kind: 'message' as const,
      platform: 'shell' as const,
      text,
      user: { id: 'u1', name: null, canManageChannel: false },
      workspaceId: 'shell:local',
      channelId: 'shell:local:main',
      threadId,
      mentioned: false,
    });
    const lines = (o: Awaited<ReturnType<BotCore['handleMessage']>>) =>
      o!.card.sections.flatMap((s) => s.lines.flat()).join(' ');
    const store = articles();
    const before = createCore({ store, answerer: createQaAnswerer() });
    await before.rememberThread(threadId, {
      command: 'ask',
      tickers: ['ACMR'],
      dealIds: [],
      articleIds: [],
      lastAnswer: null,
    });
    const first = lines(await before.handleMessage(message('What are the risks?')));
    // A new core and answerer over the same store: nothing survives but what the store keeps.
    const after = createCore({ store, answerer: createQaAnswerer() });
    const more = lines(await after.handleMessage(message('more')));
    expect(more).toMatch(/^“/);
    expect(more).not.toBe(first);
    expect(more).not.toMatch(/That's all/);
    expect((await store.threads.get(threadId))?.lastQuestion).toMatchObject({ asked: 'What are the risks?' });
  });
});

/** A store holding Bolt Grid's article, a thread about BLTG, and a way to ask in it. */
async function boltGridThread(url: string) {
  const store = await openStore(url);
  const engine = await defaultEngine();
  await ingestInputs([`${DIR}/bolt-grid.txt`], { store, engine, allowPrivate: false });
  const qa = createQaAnswerer();
  const context = { command: 'deal', tickers: ['BLTG'], dealIds: [], articleIds: [], lastAnswer: null };
  const now = new Date('2026-03-10T12:00:00Z');
  const ask = async (question: string) =>
    (await qa.answer({ question, context, store, now })).card.sections
      .flatMap((s) => s.lines.flat())
      .join(' ');
  return { store, engine, ask };
}

const NEW_COO =
  'Bolt Grid names operations chief\nMarch 9, 2026\n\nBolt Grid Corp. (NASDAQ: BLTG) named Priya Shah its new chief operating officer on Monday.\n';
const COO_QUESTION = 'Who is the new chief operating officer?';

describe('kept in step with ingest', () => {
  it('answers from an article ingested after the first question about its subject', async () => {
    const { store: own, engine, ask } = await boltGridThread('memory://');
    expect(await ask(COO_QUESTION)).toMatch(/sources I have don't say/);
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(`${process.env.TMPDIR ?? '/tmp'}/qa-`);
    await writeFile(`${dir}/bolt-earnings.txt`, NEW_COO);
    await ingestInputs([dir], { store: own, engine, allowPrivate: false });
    expect(await ask(COO_QUESTION)).toContain('Priya Shah');
    await own.close();
  });

  it('answers from an article another process ingested into the same store, at once', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { spawn } = await import('node:child_process');
    const dir = await mkdtemp(`${process.env.TMPDIR ?? '/tmp'}/qa-proc-`);
    const url = `sqlite://${dir}/store.sqlite`;
    const { store: own, ask } = await boltGridThread(url);
    expect(await ask(COO_QUESTION)).toMatch(/sources I have don't say/);
    await writeFile(`${dir}/bolt-coo.txt`, NEW_COO);
    // `dealdesk ingest` in its own process: no in-process ingest event reaches this answerer.
    const code = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, ['bin/dealdesk.js', 'ingest', `${dir}/bolt-coo.txt`], {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, DEALDESK_STORE_URL: url, DEALDESK_LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      }).on('exit', resolve),
    );
    expect(code).toBe(0);
    expect(await ask(COO_QUESTION)).toContain('Priya Shah');
    await own.close();
  }, 30_000);
});
