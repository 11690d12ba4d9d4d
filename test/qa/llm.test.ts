/**
 * The optional language model against a local fake OpenAI-compatible endpoint on 127.0.0.1:
 * an answer whose facts are in the evidence is used; one with an invented number is rejected in
 * favour of the default answer; a model that does not answer in time falls back too.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerRequest } from '../../src/bot/answerer.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { createQaAnswerer } from '../../src/qa/answerer.js';
import { createLlmAnswerer, endpointOf } from '../../src/qa/llm.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { defaultEngine } from '../../src/ingest/engine.js';

const DIR = fileURLToPath(new URL('./articles', import.meta.url));
let store: Store;
let server: Server;
let url = '';
let reply: { content: string; delayMs: number } = { content: '', delayMs: 0 };
const seen: Array<{
  auth: string | undefined;
  body: { model: string; messages: Array<{ content: string }> };
}> = [];

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
  });

beforeAll(async () => {
  store = await openStore('memory://');
  const engine = await defaultEngine();
  await ingestInputs([DIR], { store, engine, allowPrivate: false });
  server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req));
    seen.push({ auth: req.headers.authorization, body });
    const { content, delayMs } = reply;
    setTimeout(() => {
      if (res.destroyed) return;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    }, delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await store.close();
});

async function askBoth(question: string) {
  const base = createQaAnswerer();
  const llm = createLlmAnswerer({ base, url, model: 'fake-model', apiKey: 'sk-test-123456', timeoutMs: 300 });
  const req: AnswerRequest = {
    question,
    context: { command: 'deal', tickers: ['ACMR'], dealIds: [], articleIds: [], lastAnswer: null },
    store,
    now: new Date('2026-03-10T12:00:00Z'),
  };
  const plain = await createQaAnswerer().answer(req);
  const worded = await llm.answer(req);
  const text = (a: typeof plain) => a.card.sections.flatMap((s) => s.lines.flat()).join(' ');
  return { plain: text(plain), worded: text(worded), citations: worded.card.citations ?? [] };
}

describe('LLM answerer', () => {
  it('uses the model answer when every number and name in it is in the evidence', async () => {
    reply = { content: 'Acme Robotics is paying $640 million in cash for Widgetco [1].', delayMs: 0 };
    const { worded, citations } = await askBoth('How much is Acme paying for Widgetco?');
    expect(worded).toBe('Acme Robotics is paying $640 million in cash for Widgetco.');
    expect(citations[0]?.title).toMatch(/Acme Robotics to buy Widgetco/);
    const last = seen.at(-1)!;
    expect(last.auth).toBe('Bearer sk-test-123456');
    expect(last.body.model).toBe('fake-model');
    expect(last.body.messages.at(-1)!.content).toContain('$640 million');
  });

  it('rejects an answer with a number the evidence does not hold, and gives the default answer', async () => {
    reply = { content: 'Acme is paying $700 million, about 9 times sales.', delayMs: 0 };
    const { worded, plain } = await askBoth('How much is Acme paying for Widgetco?');
    expect(worded).toBe(plain);
    expect(worded).toContain('$640 million');
    expect(worded).not.toContain('700');
  });

  it('rejects a name the evidence does not hold', async () => {
    reply = { content: 'Goldman Sachs says Acme is paying $640 million.', delayMs: 0 };
    const { worded, plain } = await askBoth('How much is Acme paying for Widgetco?');
    expect(worded).toBe(plain);
  });

  it('falls back to the default answer when the model times out', async () => {
    reply = { content: 'Acme Robotics is paying $640 million.', delayMs: 2000 };
    const started = Date.now();
    const { worded, plain } = await askBoth('How much is Acme paying for Widgetco?');
    expect(worded).toBe(plain);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('accepts a base URL or the full endpoint', () => {
    expect(endpointOf('http://127.0.0.1:9/v1')).toBe('http://127.0.0.1:9/v1/chat/completions');
    expect(endpointOf('http://127.0.0.1:9/v1/chat/completions')).toBe(
      'http://127.0.0.1:9/v1/chat/completions',
    );
  });
});
