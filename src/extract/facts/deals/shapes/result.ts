/**
 * What a shape returns: the parties it read around the cue (and what the cue's own type does not say),
 * or, for a shape that drafts its mentions itself, the finished draft. Null: no deal here.
 */
import type { ArticleDrafts } from '../article-drafts.js';
import type { CueReading } from '../reading.js';
import type { DealType, MentionDraft, PartyDraft } from '../types.js';

export interface ShapeFound {
  parties: PartyDraft[];
  /** What changes hands, or what a partnership covers, when named. */
  asset?: string | null;
  /** Products bought from a supplier, or an order placed: a contract, whatever the cue's type. */
  contractType?: boolean;
  /** The deal is of this type, whatever the cue's, and no equity investment: a controlling stake, a company sold whole. */
  controlType?: DealType | null;
  /** A contract the speaker's customer signed: a done deal like an award. */
  signedForSpeaker?: boolean;
  /** A deal named as a thing ("its Splunk purchase"): done, unless the sentence tells otherwise. */
  doneUnlessTold?: boolean;
  /** A sale whose buyer the text leaves unnamed ("to a local investor group"): its seller alone. */
  unnamedBuyer?: boolean;
  /** The amount told is a whole raise the investor only anchors ("a $42M placing anchored by X"): no value. */
  partOfTotal?: boolean;
  /** The story's company stood in for a partner the sentence leaves unnamed: less confidence. */
  usedFallback?: boolean;
}

/** A mention the shape drafted and finished itself (the first customer of a contract list). */
export interface ShapeDrafted {
  draft: MentionDraft;
}

export type ShapeResult = ShapeFound | ShapeDrafted;

/** Reads a cue's parties by its shape; further deals of the same cue go to `drafts.extra`. */
export type ShapeReader = (r: CueReading, drafts: ArticleDrafts) => ShapeResult | null;
