/**
 * Which figure answers "how much?": the deal the thread is about, or the one the named company shares
 * with the subject; never another deal's figure from the same or a neighbouring article.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShellSession } from '../../adapters/shell/index.js';
import { createCore } from '../../src/bot/core.js';
import { defaultEngine } from '../../src/ingest/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { createQaAnswerer } from '../../src/qa/answerer.js';
import { amountsIn } from '../../src/qa/text.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

const DIR = fileURLToPath(new URL('./articles', import.meta.url));
let store: Store;
beforeAll(async () => {
  store = await openStore('memory://');
  const s = await ingestInputs([DIR], { store, engine: await defaultEngine(), allowPrivate: false });
  expect(s.failed).toEqual([]);
});
afterAll(() => store.close());

async function ask(lines: string[]): Promise<string[]> {
  const core = createCore({ store, answerer: createQaAnswerer() });
  const replies: string[] = [];
  let out: string[] = [];
  const session = createShellSession(core, (t) => out.push(t));
  for (const l of lines) {
    out = [];
    await session.handleLine(l);
    replies.push(out.join(''));
  }
  return replies;
}
const body = (reply: string) => reply.split(/^\s*Sources\s*$/m)[0]!;

describe('the figure of the deal asked about', () => {
  it('"How much?" quotes the thread\'s deal, not an earlier deal the article mentions', async () => {
    const [, much] = await ask(['/deal KEEL', 'How much?']);
    expect(body(much!)).toContain('$300 million');
    expect(body(much!)).not.toContain('$4 billion');
  });

  it("a named counterparty's contract is the one it shares with the subject", async () => {
    const [, worth] = await ask(['/deal TLWV', 'What is the Orca Motors contract worth?']);
    expect(body(worth!)).toContain('more than $1 billion');
    expect(body(worth!)).not.toContain('2.2 billion');
  });

  it('reads amounts in the forms wires write them', () => {
    expect(amountsIn('about $900 mln, or $2.4 billion and €1.5bn')).toEqual([9e8, 2.4e9, 1.5e9]);
  });
});

describe('who', () => {
  it('answers "who else bid?" with the companies named, not only people', async () => {
    const [, who] = await ask(['/deal TLWV', 'Who else bid for the work?']);
    expect(body(who!)).toContain('Verity and Brightline');
  });
});
