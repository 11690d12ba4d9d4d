/**
 * Optional language model: an OpenAI-compatible chat completions endpoint may word the answer, given
 * the question, the thread's context and the retrieved evidence. Its answer is used only when every
 * number and name in it is found in that evidence (checked by code); otherwise, on a timeout or an
 * error, the rules-and-retrieval answer stands. Off unless DEALDESK_LLM_URL and _MODEL are set.
 */
import type { Answer, AnswerRequest, Answerer } from '../bot/answerer.js';
import { citationOf } from '../bot/cards/format.js';
import { createLogger } from '../log.js';
import type { Retrieval } from './answerer.js';
import { checkAgainstEvidence } from './evidence-check.js';
import { SAYS_NOT_TOLD } from './text.js';

const log = createLogger('qa-llm');

export interface RetrievingAnswerer extends Answerer {
  retrieve(req: AnswerRequest): Promise<Retrieval>;
}

export interface LlmOptions {
  base: RetrievingAnswerer;
  /** The endpoint, or its base URL (then /chat/completions is added). */
  url: string;
  model: string;
  apiKey: string | null;
  timeoutMs?: number;
  /** How many evidence sentences the model sees. */
  evidence?: number;
  fetch?: typeof fetch;
}

const SYSTEM = [
  'You answer follow-up questions about company deals in a chat thread.',
  'Use ONLY the numbered evidence sentences. Do not add any number, name, date or fact that is not in them.',
  'Answer in one to three short sentences. If the evidence does not answer the question, reply exactly: NOT IN EVIDENCE.',
].join(' ');

export function endpointOf(url: string): string {
  return /\/chat\/completions\/?$/.test(url) ? url : `${url.replace(/\/+$/, '')}/chat/completions`;
}

export function createLlmAnswerer(opts: LlmOptions): Answerer {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const doFetch = opts.fetch ?? fetch;
  return {
    async answer(req) {
      const fallback = await opts.base.answer(req);
      const said = fallback.card.sections.flatMap((s) => s.lines.flat()).join(' ');
      // The model only rewords what the sources say; it never fills a gap.
      if (SAYS_NOT_TOLD.test(said)) return fallback;
      let retrieval: Retrieval;
      try {
        retrieval = await opts.base.retrieve(req);
      } catch {
        return fallback;
      }
      const evidence = retrieval.candidates.filter((c) => c.supports).slice(0, opts.evidence ?? 5);
      if (!evidence.length) return fallback;
      const lines = evidence.map(
        (c, i) =>
          `[${i + 1}] ${c.before ? `${c.before} ` : ''}${c.text} (${[c.article.source, c.article.publishedAt].filter(Boolean).join(', ') || c.article.title})`,
      );
      const user = [
        `Thread subject: ${retrieval.subject.join(', ') || 'none'}`,
        req.context?.lastAnswer ? `Previous answer: ${req.context.lastAnswer}` : '',
        `Question: ${req.question}`,
        'Evidence:',
        ...lines,
      ]
        .filter(Boolean)
        .join('\n');
      const text = await complete(user);
      if (text === null) return fallback;
      if (/NOT IN EVIDENCE/i.test(text)) return fallback;
      const check = checkAgainstEvidence(text, [...lines, req.question, retrieval.subject.join(' ')]);
      if (!check.ok) {
        log.info(`model answer rejected (not in the evidence: ${check.unsupported.slice(0, 5).join(', ')})`);
        return fallback;
      }
      const used = evidence.filter((_, i) => text.includes(`[${i + 1}]`));
      const cited = (used.length ? used : evidence.slice(0, 1)).map((c) => c.article);
      const clean = text.replace(/\s*\[\d+\]/g, '').trim();
      const answer: Answer = {
        card: {
          ...fallback.card,
          sections: [{ lines: [[clean]] }],
          citations: [...new Map(cited.map((a) => [a.id, a])).values()].map(citationOf),
        },
        updatedContext: { ...fallback.updatedContext, lastAnswer: fallback.updatedContext.lastAnswer },
      };
      return answer;
    },
  };

  async function complete(user: string): Promise<string | null> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), timeoutMs);
    try {
      const res = await doFetch(endpointOf(opts.url), {
        method: 'POST',
        signal: ac.signal,
        headers: {
          'content-type': 'application/json',
          ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: opts.model,
          temperature: 0,
          max_tokens: 220,
          messages: [
            { role: 'system', content: SYSTEM },
            { role: 'user', content: user },
          ],
        }),
      });
      if (!res.ok) {
        log.warn(`language model answered HTTP ${res.status}; using the default answer`);
        return null;
      }
      const body = (await res.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
      const content = body.choices?.[0]?.message?.content;
      return typeof content === 'string' && content.trim() ? content.trim().slice(0, 800) : null;
    } catch (err) {
      log.warn(
        `language model unavailable (${ac.signal.aborted ? `no answer in ${timeoutMs} ms` : (err as Error).message}); using the default answer`,
      );
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
