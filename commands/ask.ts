/** /ask <question>: a question outside a thread (or inside one, where threads have no free messages). */
import { defineCommand } from '../src/bot/command.js';
import { subjectOf } from '../src/bot/answerer.js';
import { textOption } from '../src/bot/options.js';
import type { FollowUpSubject } from '../src/bot/types.js';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question about deals, moves, analysts or earnings in the store',
  examples: ['/ask how much is AT&T paying for Lumen fiber?', '/ask when does PLTR report earnings?'],
  options: [textOption('question', 'Your question')],
  async run({ args, store, now, answerer, threadId }) {
    const stored = threadId ? await store.threads.get(threadId) : undefined;
    const context: FollowUpSubject | null = stored ? subjectOf(stored) : null;
    const answer = await answerer.answer({ question: args.question, context, store, now });
    if (threadId)
      await store.threads.put({ threadId, ...answer.updatedContext, updatedAt: now.toISOString() });
    return {
      card: answer.card,
      followUp: { ...answer.updatedContext, command: context ? answer.updatedContext.command : 'ask' },
    };
  },
});
