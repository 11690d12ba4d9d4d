/**
 * The shapes shared by the deal extractor's modules: a deal mention as it is drafted from one cue, and
 * its parties, before the mentions of one transaction are merged into a deal.
 */
import type { DealFact, Money, Party } from '../../../domain/facts.js';

export type DealType = DealFact['type'];
export type Role = NonNullable<Party['role']>;
export type Status = DealFact['status'];

export interface PartyDraft {
  key: string;
  name: string;
  ticker: string | null;
  role: Role | null;
}

export interface MentionDraft {
  type: DealType | null;
  equity: boolean;
  /** The value was introduced as the deal's value ("valued at", "worth", "for"): preferred over others. */
  valueMarked: boolean;
  parties: PartyDraft[];
  asset: string | null;
  value: Money | null;
  status: Status;
  statusExplicit: boolean;
  date: string | null;
  confidence: number;
  evidence: DealFact['evidence'];
  sentenceIndex: number;
  lastSentence?: number;
  /** Its type is only a default ("a dairy tie-up"): it joins any deal of the same firms instead. */
  weakType?: boolean;
}
