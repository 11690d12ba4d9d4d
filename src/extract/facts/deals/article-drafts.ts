/**
 * What one article's reading has drafted so far, passed explicitly from cue to cue: the mentions found,
 * in reading order, and the extra drafts a single cue may produce (each further target, backer or
 * customer of a list). A later sentence may refer back to any of them ("Danaher also studied a bid").
 */
import type { MentionDraft } from './types.js';

export class ArticleDrafts {
  /** The mentions found so far, one per cue, in the order they were read. */
  readonly mentions: MentionDraft[] = [];
  /** Extra drafts produced by one cue (target, backer and contract lists), in the order they were made. */
  readonly extra: MentionDraft[] = [];

  /** Every draft so far: the mentions first, then the extras. */
  all(): MentionDraft[] {
    return [...this.mentions, ...this.extra];
  }

  /** The latest draft of the last few sentences (before `si`) that passes `ok`. */
  recent(si: number, back: number, ok: (d: MentionDraft) => boolean): MentionDraft | undefined {
    return this.all()
      .filter((d) => d.sentenceIndex < si && d.sentenceIndex >= si - back && ok(d))
      .sort((a, b) => b.sentenceIndex - a.sentenceIndex)[0];
  }
}
