/**
 * Answers questions from the store. `Answerer` is the seam between the core and the Q&A engine
 * (src/qa: rules and retrieval, optionally worded by a language model whose facts are checked).
 */
import type { ThreadContext } from '../domain/records.js';
import type { Store } from '../store/types.js';
import type { Card, FollowUpSubject } from './types.js';

/** The follow-up subject kept for a thread (the stored record without its bookkeeping). */
export const subjectOf = (stored: ThreadContext): FollowUpSubject => ({
  command: stored.command,
  tickers: stored.tickers,
  dealIds: stored.dealIds,
  articleIds: stored.articleIds,
  lastAnswer: stored.lastAnswer,
  lastQuestion: stored.lastQuestion ?? null,
});

export interface AnswerRequest {
  question: string;
  /** What the thread is about; null for /ask outside a thread. */
  context: FollowUpSubject | null;
  store: Store;
  now: Date;
}

export interface Answer {
  card: Card;
  /** The context to keep for the next question (subject switches update it). */
  updatedContext: FollowUpSubject;
}

export interface Answerer {
  answer(req: AnswerRequest): Promise<Answer>;
}
