/**
 * One deal per transaction inside the article: the mentions of the same parties and deal family are
 * merged, keeping the best value, the asset, the most specific roles and the most advanced status. Typed
 * mentions come first, so a generic one ("the deal") can only reinforce.
 */
import { DEAL_FAMILY } from '../../merge.js';
import type { ArticleDrafts } from './article-drafts.js';
import { STATUS_RANK } from './status.js';
import type { MentionDraft, Role } from './types.js';

const swappedRoles = (a: Role | null, b: Role | null): boolean =>
  (a === 'buyer' && b === 'seller') || (a === 'seller' && b === 'buyer');

/** Whether `a` names a buyer that `b` does not name at all. */
const otherBuyer = (a: MentionDraft, b: MentionDraft): boolean =>
  a.parties.some((p) => p.role === 'buyer' && !b.parties.some((q) => q.key === p.key));

/** Every draft of the article (its mentions, then the extras), merged into one draft per transaction. */
export function mergeMentions(drafted: ArticleDrafts): MentionDraft[] {
  const drafts = drafted.all().sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  const out: MentionDraft[] = [];
  // Typed mentions first, so generic ones ("the deal") can only reinforce.
  const firm = (x: MentionDraft): boolean => !!x.type && !x.weakType;
  for (const d of [
    ...drafts.filter(firm),
    ...drafts.filter((x) => x.weakType),
    ...drafts.filter((x) => !x.type),
  ]) {
    const keys = new Set(d.parties.map((p) => p.key));
    const fits = (o: MentionDraft): boolean => {
      const ok = o.parties.map((p) => p.key);
      const shared = ok.filter((k) => keys.has(k)).length;
      if (shared < 2 && !(shared === ok.length || shared === keys.size)) return false;
      if (shared < Math.min(2, keys.size)) return false;
      if (!d.type || !o.type || d.weakType) return true;
      // "Tamsin, which bought Dunmore in 2021" beside Tamsin selling Dunmore: one pair, two transactions.
      if (o.parties.some((p) => d.parties.some((q) => q.key === p.key && swappedRoles(p.role, q.role))))
        return false;
      // A bidder that dropped out of a sale is its own deal beside the buyer that went ahead.
      if ((d.status === 'terminated') !== (o.status === 'terminated') && otherBuyer(d, o) && otherBuyer(o, d))
        return false;
      // A sale by both merging companies to a third firm is its own deal, not the merger.
      if (
        d.type !== o.type &&
        (d.type === 'merger' || o.type === 'merger') &&
        (shared < keys.size || shared < ok.length)
      )
        return false;
      // An equity stake is its own deal, even beside a partnership between the same firms.
      if (
        (d.equity || o.equity) &&
        !(d.equity && o.equity) &&
        !(d.type === 'investment' && o.type === 'investment')
      )
        return false;
      return DEAL_FAMILY[d.type] === DEAL_FAMILY[o.type];
    };
    // A generic mention ("the deal", "the group") speaks of the deal its own sentence tells, if any.
    const same = d.type
      ? out.find(fits)
      : (out.find((o) => o.sentenceIndex === d.sentenceIndex && fits(o)) ?? out.find(fits));
    if (!same) {
      if (d.type) out.push({ ...d, parties: d.parties.map((p) => ({ ...p })) });
      continue;
    }
    same.lastSentence = Math.max(same.lastSentence ?? same.sentenceIndex, d.sentenceIndex);
    same.equity ||= d.equity && d.type === same.type;
    if (d.type && !d.weakType && same.type !== d.type) {
      // Partnership framing wins over "invest/spend" on the same pair; an explicit buyer/target
      // ("agreed to buy") is more specific than "merger"; a sale framing is kept as said first.
      if (d.type === 'partnership') same.type = 'partnership';
      if (d.type === 'acquisition' && same.type === 'merger') {
        same.type = 'acquisition';
        for (const p of same.parties) p.role = d.parties.find((q) => q.key === p.key)?.role ?? p.role;
      }
    }
    for (const p of d.parties) {
      const q = same.parties.find((x) => x.key === p.key);
      if (!q) {
        if (d.type && same.parties.length < 4) same.parties.push({ ...p });
      } else if (
        !q.role ||
        (q.role === 'partner' && p.role && p.role !== 'partner' && same.type !== 'partnership')
      )
        q.role = p.role;
    }
    if (same.type === 'partnership')
      for (const p of same.parties)
        p.role = p.role === 'investor' || p.role === 'investee' || p.role === 'partner' ? 'partner' : p.role;
    if ((!same.value && d.value) || (d.value && d.valueMarked && !same.valueMarked)) {
      same.value = d.value;
      same.valueMarked = d.valueMarked;
      if (!same.evidence.text.includes(d.value.text)) same.evidence = d.evidence;
    }
    same.asset ??= d.asset;
    same.date ??= d.date;
    // A generic mention ("a run of deals at X") is no confirmation of a rumoured deal.
    if (
      STATUS_RANK[d.status] > STATUS_RANK[same.status] &&
      (d.statusExplicit || (same.status === 'rumored' && d.type))
    )
      same.status = d.status;
    if (same.status === 'rumored' && d.statusExplicit && d.status === 'announced' && d.type)
      same.status = 'announced';
    // A generic mention ("the deal") only reinforces: it never lifts an off-lead deal to its own level.
    same.confidence = Math.min(
      1,
      (d.type ? Math.max(same.confidence, d.confidence) : same.confidence) + 0.03,
    );
  }
  return out;
}
