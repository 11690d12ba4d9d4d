/**
 * Investments, the investor and the company it puts money in: a stake taken or held ("took a 9.9% stake
 * in X", a controlling one being an acquisition), a round led or raised from ("a round led by Y",
 * "a Y-led round"), a company's backers (one stake each) and a stake kept in the company just told.
 */
import type { Entity } from '../../../companies/mentions.js';
import { evidenceOf, impliedSubject, mentionsIn, POINTS_BACK_TO_COMPANY } from '../../../context.js';
import { PERCENT_SIZE } from '../../../verbs.js';
import type { ArticleDrafts } from '../article-drafts.js';
import { baseDraft } from '../draft.js';
import { near, type CueReading, type SentenceMention } from '../reading.js';
import type { MentionDraft } from '../types.js';
import type { ShapeResult } from './result.js';

const PERCENT_SIZE_RE = new RegExp(PERCENT_SIZE, 'i');

/** "…block, which is operated by X", "…field run by X": the company named runs the asset the stake is in. */
const RUN_BY = /\b(?:operated|run|owned|managed|developed|controlled|led)\s+by\s+(?:[\w-]+\s+){0,2}$/i;

/** The firm a stake is sold to or bought from, not the one it is in: "…in the venture to its partner, X". */
const TRADED_WITH = /\sto\s+(?:(?:its|their|the)\s+)?(?:[\w-]+,?\s+){0,2}$/i;

/** "a stake in their joint venture with X": X is the partner in the venture, not the company the stake is in. */
const VENTURE_WITH = /^\s*(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|JV)\s+with\s+$/i;

/** investor-investee: "X invested $50 million in Y", "X took a 9.9% stake in Y". */
export function readInvestment(r: CueReading): ShapeResult | null {
  const { ctx, si, t, cue, cueStart, cueEnd, ms, right, coordinated } = r;
  // "…since it bought WhatsApp in 2014, setting aside its 2025 investment in Scale AI": "its" is the
  // subject's, not the earlier verb's object.
  const lastLeft = r.left[r.left.length - 1];
  const objectsOwn =
    !!lastLeft &&
    /\b(?:its|their)\s+(?:[\w$€£.,-]+\s+){0,3}$/i.test(t.slice(Math.max(0, cueStart - 40), cueStart)) &&
    /\b(?:bought|acquired|purchased|sold|buying|acquiring|backed|hired)\s+$/i.test(r.textBefore(lastLeft));
  const investor = coordinated ? r.coordSubject() : objectsOwn ? r.antecedent() : r.actorBefore();
  // "A invested in B, and C took a stake in D": C starts a new clause, it is not A's investee.
  const newSubject = (m: SentenceMention): boolean =>
    /,\s+(?:and|but|while)\s+$/.test(t.slice(cueEnd, m.rel)) &&
    /^\s*(?:\([^)]*\)\s*)?(?!(?:of|in|for|to|with|at|on|from|by|and|or)\b)[a-z]{2,}\b/.test(
      t.slice(m.relEnd),
    );
  const cut = right.find(newSubject)?.rel ?? Infinity;
  // "a 30% stake in the Stabroek block, which is operated by Exxon": the stake is in what X runs, not in X.
  // "selling its 50% stake in the venture to its partner, X": X buys the stake, it is not the investee.
  // "a stake in their joint venture with X": the stake is in the venture, X the partner who holds the rest.
  const runsIt = (m: SentenceMention): boolean =>
    RUN_BY.test(t.slice(cueEnd, m.rel)) ||
    TRADED_WITH.test(t.slice(cueEnd, m.rel)) ||
    VENTURE_WITH.test(t.slice(cueEnd, m.rel));
  const candidates = right.filter((m) => m.rel < cut && !runsIt(m));
  let investee =
    (r.skipRelation(candidates) !== candidates
      ? r.skipRelation(candidates)[0]?.entity
      : near(candidates, cueEnd, 40)[0]?.entity) ??
    ms.find((m) => m.rel > cueStart && m.rel < cut && m.entity !== investor && !runsIt(m))?.entity ??
    null;
  // "invested $200 million in the company", "bought 7% of the carmaker": the sentence's subject, else the
  // story's company.
  if (!investee && POINTS_BACK_TO_COMPANY.test(t.slice(cueEnd))) {
    const first = ms[0]?.entity;
    investee = first && first !== investor ? first : impliedSubject(ctx, si, true);
  }
  // "invest $X in Y": the cue regex spans up to "in", so the investee follows it directly.
  if (!investor || !investee || investor === investee) return null;
  // "buy a 60% stake in X", "a 51 percent stake", "a controlling stake in X": control changes hands, an acquisition;
  // an owner in apposition ("X, a subsidiary of Z") sells.
  const size = PERCENT_SIZE_RE.exec(t.slice(cueStart, cueEnd))?.[0];
  const control =
    cue.equity &&
    cue.status !== 'completed' &&
    !/\b(?:keep|keeps|kept|retain|retains|retained|hold|holds|held|own|owns|owned)\s+(?:an?\s+|its\s+)?$/i.test(
      t.slice(Math.max(0, cueStart - 20), cueStart),
    ) &&
    (size
      ? parseFloat(size) > 50 && parseFloat(size) <= 100
      : /\b(?:majority|controlling)\b/i.test(t.slice(cueStart, cueEnd)));
  if (control) {
    const parties = [r.party(investor, 'buyer'), r.party(investee, 'target')];
    const im = right.find((m) => m.entity === investee);
    const ownerM = im ? r.ownerAfter(im) : undefined;
    if (ownerM && ownerM.entity !== investor) parties.push(r.party(ownerM.entity, 'seller'));
    // "a 60% stake in X from the private equity fund Y": the firm it is bought from sells.
    const from =
      im && !ownerM
        ? right.find(
            (m) =>
              m.rel > im.relEnd &&
              m.rel < cut &&
              m.entity !== investor &&
              m.entity !== investee &&
              /^[^;]{0,40}?\bfrom\s+(?:[\w-]+\s+){0,4}$/i.test(t.slice(im.relEnd, m.rel)) &&
              !/\b(?:and|but|while)\s+(?:[\w-]+\s+){0,2}?[a-z]+ed\b|[,;]\s+(?:which|who)\b/i.test(
                t.slice(im.relEnd, m.rel),
              ),
          )
        : undefined;
    if (from) parties.push(r.party(from.entity, 'seller'));
    return { parties, controlType: 'acquisition' };
  }
  // "Kleiner Perkins led the round in X, joined by A and B": one round, its other investors too.
  const im = /^(?:co-)?led\b/i.test(t.slice(cueStart)) ? right.find((m) => m.entity === investee) : undefined;
  const co = im ? coInvestors(r, im.relEnd, [investor, investee]) : [];
  // "Orlo Capital and Sandhurst Ventures co-led Veltra's Series B": the pair before the verb leads it
  // (", and" after another clause's object starts a new subject, no pair).
  const pair = r.left.length >= 2 ? r.left[r.left.length - 2]! : undefined;
  const coLead =
    pair &&
    /^(?:co-)?led\b/i.test(t.slice(cueStart)) &&
    lastLeft?.entity === investor &&
    ![investor, investee, ...co].includes(pair.entity) &&
    /^\s*(?:\([^()]*\)\s*)?and\s+$/.test(t.slice(pair.relEnd, lastLeft.rel)) &&
    /^\s*(?:\([^()]*\)\s*)?(?:also\s+|jointly\s+)?$/.test(t.slice(lastLeft.relEnd, cueStart))
      ? [pair.entity]
      : [];
  return {
    parties: [
      r.party(investor, 'investor'),
      r.party(investee, 'investee'),
      ...[...coLead, ...co].map((e) => r.party(e, 'investor')),
    ],
  };
}

/** "X joined the round led by Y", "X took part in the $52 million round": X put money in, it raised none. */
const JOINED_ROUND =
  /\b(?:joined|joins|joining|participated in|participates in|participating in|took part in|takes part in|co-invested in|invested in)\s+(?:[\w$€£.,-]+\s+){0,5}$/i;

/** investee-investor: "X raised $40 million in a round led by Y", "received an investment from Y". */
export function readInvestedBy(r: CueReading): ShapeResult | null {
  const { ctx, si, cueEnd, left, right } = r;
  const subject = left[left.length - 1];
  if (subject && JOINED_ROUND.test(r.t.slice(subject.relEnd, r.cueStart))) {
    // The round is the one just told, and the subject one more of its investors.
    const told = roundToldBefore(r);
    const lead = near(right, cueEnd, 30)[0];
    if (!told || !lead || told.investee === subject.entity || told.investee === lead.entity) return null;
    return {
      draft: {
        ...told.draft,
        equity: true,
        statusExplicit: true,
        sentenceIndex: si,
        evidence: evidenceOf(r.s),
        parties: [
          r.party(lead.entity, 'investor'),
          r.party(subject.entity, 'investor'),
          r.party(told.investee, 'investee'),
        ],
      },
    };
  }
  // "The company raised $38 million in a round led by Y and counts Z among its investors": a second
  // verb's investee is the sentence's subject, not the lead named before it.
  // "The $40 million round in Veltra was led by Y": the company named inside the cue raised it.
  const inCue = r.sentenceMentions.find((m) => m.rel > r.cueStart && m.relEnd <= cueEnd)?.entity;
  const investee = r.coordinated
    ? r.coordSubject()
    : (inCue ??
      left[left.length - 1]?.entity ??
      r.subjectIfBackRef() ??
      (/^\s*The\s+(?:round|financing|raise|[Ss]eries\s+[A-H]|seed)\b/.test(r.t)
        ? roundToldBefore(r)?.investee
        : null) ??
      r.unnamedLater(impliedSubject(ctx, si)));
  const lead = near(right, cueEnd, 30)[0];
  const investor = lead?.entity ?? null;
  if (!lead || !investor || !investee || investor === investee) return null;
  return {
    partOfTotal: /\b(?:anchored|cornerstoned)\s+by$/i.test(r.t.slice(r.cueStart, cueEnd)),
    parties: [
      r.party(investor, 'investor'),
      r.party(investee, 'investee'),
      ...coInvestors(r, lead.relEnd, [investor, investee]).map((e) => r.party(e, 'investor')),
    ],
  };
}

/**
 * The other investors of a round, after its lead: "led by Y, with participation from A and B", "…, with
 * Nvidia participating", "alongside A". A round is one transaction, so they are parties of the same
 * deal; a company's backers named in passing ("is backed by A and B", readBackers) hold separate stakes
 * bought at different times, so each is a deal of its own.
 */
function coInvestors(r: CueReading, from: number, not: Entity[]): Entity[] {
  const { t, right } = r;
  const out: Entity[] = [];
  let lastEnd = from;
  for (const m of right) {
    if (m.rel < from || m.rel - from > 140 || not.includes(m.entity) || out.includes(m.entity)) continue;
    const between = t.slice(from, m.rel);
    if (/[.;]/.test(between.replace(/\([^()]*\)/g, ''))) break;
    const joined =
      /\b(?:with participation from|participation from|alongside|joined by|as well as|with)\s+(?:(?:existing|new|other)\s+investors?\s+(?:including\s+)?)?(?:[\w&.'’-]+\s+){0,1}$/i.test(
        between,
      ) ||
      (out.length > 0 &&
        /^\s*(?:\([^()]*\)\s*)?(?:,\s*|,?\s+and\s+)(?:(?:existing|new|other|returning)\s+(?:backers?|investors?)\s+)?$/.test(
          t.slice(lastEnd, m.rel),
        )) ||
      // "co-led by A and B": the second lead, right after the first.
      (lastEnd === from && /^\s*(?:\([^()]*\)\s*)?\s+and\s+$/.test(t.slice(from, m.rel)));
    const participating =
      /^\s*(?:\([^()]*\)\s*)?(?:(?:also|has|have)\s+)?(?:participating|participated|joining|joined|took part|taking part|invested too)\b/i.test(
        t.slice(m.relEnd),
      );
    if (joined || participating) {
      out.push(m.entity);
      lastEnd = m.relEnd;
    }
    if (out.length >= 3) break;
  }
  return out;
}

/** A round raised from the backers named ("raised $40 million from A and B"), not backers held ("is backed by"). */
const RAISED_FROM =
  /^(?:(?:is|are|had|has|have|now|previously|already)\s+)*(?:raised|raising|secured|received)\b/i;

/** backers: "Lumora is backed by Sequoia Capital and Greylock Partners". */
export function readBackers(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { ctx, s, si, t, cueStart, cueEnd, left, right } = r;
  // The backed company is named before ("Lumora … is backed by"); each backer is its own stake.
  const investee =
    left[left.length - 1]?.entity ?? r.subjectIfBackRef() ?? r.unnamedLater(impliedSubject(ctx, si));
  const backers: Entity[] = [];
  let at = cueEnd;
  for (const m of right) {
    if (!/^\s*(?:,\s*|\s+and\s+|,\s+and\s+)?$/.test(t.slice(at, m.rel)) && backers.length) break;
    if (backers.length === 0 && m.rel - cueEnd > 40) break;
    if (m.entity !== investee && !backers.includes(m.entity)) backers.push(m.entity);
    at = m.relEnd;
    // "Acme (NASDAQ: ACME)": skip the anchor's brackets.
    const paren = /^\s*\([^()]{1,30}\)/.exec(t.slice(at));
    if (paren) at += paren[0].length;
  }
  if (!investee || !backers.length) return null;
  const parties = [r.party(backers[0]!, 'investor'), r.party(investee, 'investee')];
  // "raised $40 million from A and B": one round, its investors together.
  if (RAISED_FROM.test(t.slice(cueStart, cueEnd)))
    return { parties: [...parties, ...backers.slice(1, 5).map((b) => r.party(b, 'investor'))] };
  for (const b of backers.slice(1, 5))
    drafts.extra.push({
      ...baseDraft(ctx, s, si, 'investment', cueStart, cueEnd, true),
      equity: true,
      status: 'completed',
      statusExplicit: true,
      parties: [r.party(b, 'investor'), r.party(investee, 'investee')],
    });
  return { parties };
}

/** led-round: "X raised $40 million in a Tamsin Ventures-led round". */
export function readLedRound(r: CueReading): ShapeResult | null {
  const { cueStart, left, actorLeft } = r;
  // The lead is the company written right before "-led"; the money goes to the sentence's subject.
  const lead = left.find((m) => m.relEnd === cueStart);
  const investee = actorLeft.find((m) => m.entity !== lead?.entity)?.entity ?? r.subjectIfBackRef();
  if (!lead || !investee || lead.entity === investee) return null;
  return { parties: [r.party(lead.entity, 'investor'), r.party(investee, 'investee')] };
}

/**
 * round-lead: "X raised $85 million in Series C funding. Kleiner Perkins led, joined by A and B": the
 * firms named right before "led" lead the round told just before, with the investors named after it.
 * One draft holds them all with the round's company, value and status (a round already drafted with
 * an investor of its own takes them in, since the drafts then share two parties and merge).
 */
export function readRoundLead(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { s: span, si, cueEnd } = r;
  const leads = listBefore(r);
  if (!leads.length) return null;
  // "Greylock led its $38 million Series A in 2023": a round with its own amount is its own deal (no
  // round drafted before it to join), the company raising it the one whose raising was just told.
  const ownAmount = /[$€£¥]|\b[A-Z]{1,2}\$/.test(r.t.slice(r.cueStart, cueEnd));
  const drafted = ownAmount
    ? undefined
    : drafts.recent(
        si + 1,
        2,
        (d) => d.type === 'investment' && d.parties.some((p) => p.role === 'investee'),
      );
  const told = drafted ? null : roundToldBefore(r);
  const toldRound =
    ownAmount && told
      ? {
          ...baseDraft(r.ctx, span, si, 'investment', r.cueStart, cueEnd, false),
          status: 'completed' as const,
        }
      : (drafted ?? told?.draft);
  const toldInvestee =
    drafted?.parties.find((p) => p.role === 'investee') ?? (told ? r.party(told.investee, 'investee') : null);
  // "Northzone, which led the company's €95m Series B in 2024", "Creandum, which led a seed round in
  // 2021": a backer described by the round it led, a round of the company the text is about.
  // A venture round is a private company's: a listed one the story is about is not the round's.
  const described = !toldInvestee && roundOfStory(r) ? impliedSubject(r.ctx, si, true) : null;
  const investee =
    toldInvestee ??
    (described && described.kind !== 'listed' && !leads.includes(described)
      ? r.party(described, 'investee')
      : null);
  const round =
    toldRound ??
    (investee && !toldInvestee
      ? {
          ...baseDraft(r.ctx, span, si, 'investment', r.cueStart, cueEnd, false),
          status: 'completed' as const,
        }
      : undefined);
  if (!round || !investee) return null;
  const investors = [
    ...(drafted?.parties.filter((p) => p.role === 'investor') ?? []),
    ...[...leads, ...coInvestors(r, cueEnd, leads)].map((e) => r.party(e, 'investor')),
  ].filter((p, i, all) => p.key !== investee.key && all.findIndex((q) => q.key === p.key) === i);
  if (!investors.length) return null;
  return {
    draft: {
      ...round,
      equity: true,
      statusExplicit: true,
      sentenceIndex: si,
      evidence: evidenceOf(span),
      parties: [...investors.slice(0, 4), { ...investee }],
    },
  };
}

/** The round led is the story company's: "led the company's Series B", or told in the backer's relative clause. */
const roundOfStory = (r: CueReading): boolean =>
  /\b(?:its|their|the (?:company|startup|firm|group|business)['’]s?)\s/i.test(
    r.t.slice(r.cueStart, r.cueEnd),
  ) ||
  /,\s+which\s+(?:also\s+|previously\s+|first\s+)?$/i.test(r.t.slice(0, r.cueStart)) ||
  // "The company last raised money in 2025, when Lightspeed led a $60 million Series B".
  /^\s*(?:The (?:company|startup|firm|group|business)|It)\s+(?:[\w-]+\s+){0,2}?(?:raised|closed|secured)\b/.test(
    r.t,
  );

/** "X raised $85 million in Series C funding": a round told without its investors, one or two sentences back. */
const UNNAMED_ROUND =
  /\b(?:raised|raises|has raised|secured|closed|landed|is raising)\s+(?:an?\s+)?(?:(?:about|roughly|nearly|more than|over|some|around)\s+)?(?:[$€£]|US\$)[\d.,]+\s*(?:million|billion|m|bn)?\b/i;

function roundToldBefore(r: CueReading): { investee: Entity; draft: MentionDraft } | null {
  const { ctx, si } = r;
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const s = ctx.sentences[k]!;
    const m = UNNAMED_ROUND.exec(s.text);
    if (!m) continue;
    // "Murmuration, founded in 2022 by two former Google DeepMind researchers, has raised…": the
    // sentence's subject, not a name inside the phrase set off before the verb.
    const before = mentionsIn(ctx, s).filter((x) => x.rel < m.index);
    const opener = before[0] && before[0].rel <= 20 && /,/.test(s.text.slice(before[0].relEnd, m.index));
    const subject = opener ? before[0] : before.pop();
    if (!subject) return null;
    const draft = baseDraft(ctx, s, k, 'investment', m.index, m.index + m[0].length, false);
    // "raised $40 million.": money in hand, whatever tense the rest of the sentence takes.
    if (!draft.statusExplicit && !/^is raising/i.test(m[0])) draft.status = 'completed';
    return { investee: subject.entity, draft };
  }
  return null;
}

/**
 * round-joiners: "Existing backers Khosla Ventures and Sumitomo Corporation also put in money": each firm
 * listed right before the verb invests, as its own deal, in the round just told (its investee and status).
 */
export function readRoundJoiners(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { ctx, s, si, cueStart, cueEnd } = r;
  const joiners = listBefore(r);
  const round = drafts.recent(
    si + 1,
    3,
    (d) => d.type === 'investment' && d.parties.some((p) => p.role === 'investee'),
  );
  const investee = round?.parties.find((p) => p.role === 'investee');
  const others = joiners.filter((e) => e.key !== investee?.key);
  if (!round || !investee || !others.length) return null;
  const joined = others.slice(0, 5).map((e) => ({
    ...baseDraft(ctx, s, si, 'investment', cueStart, cueEnd, true),
    equity: true,
    status: round.status,
    statusExplicit: true,
    parties: [r.party(e, 'investor'), { ...investee }],
  }));
  drafts.extra.push(...joined.slice(1));
  return { draft: joined[0]! };
}

/** The companies listed right before the cue: "Existing backers A, B and C also put in money". */
function listBefore(r: CueReading): Entity[] {
  const { t, cueStart, left } = r;
  const out: Entity[] = [];
  let at = cueStart;
  for (let i = left.length - 1; i >= 0; i--) {
    const m = left[i]!;
    const between = t.slice(m.relEnd, at);
    const ok = out.length
      ? /^\s*(?:\([^()]*\)\s*)?(?:,\s*|,?\s+and\s+)$/.test(between)
      : // "Northzone, which led…": the backer the relative clause describes.
        /^\s*(?:\([^()]*\)\s*)?(?:,\s+which\s+(?:also\s+|previously\s+|first\s+)?)?$/.test(between);
    if (!ok) break;
    if (!out.includes(m.entity)) out.unshift(m.entity);
    at = m.rel;
    // "Japan's Sumitomo Corporation": a place's possessive before the name belongs to it.
    const place = /(?<!\S)[A-Z][\w.]*['’]s\s+$/.exec(t.slice(Math.max(0, at - 20), at));
    if (place) at -= place[0].length;
  }
  return out;
}

/** held-stake: "Existing investor Y will keep its 15% holding" in the company just told. */
export function readHeldStake(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { si, cueStart, left } = r;
  // The holder is named right before; the company is the investee of an investment just told.
  const holder = left[left.length - 1];
  if (!holder || cueStart - holder.relEnd > 30) return null;
  const prior = drafts.recent(
    si + 1,
    4,
    (d) => d.type === 'investment' && d.parties.some((p) => p.role === 'investee'),
  );
  const investee = prior?.parties.find((p) => p.role === 'investee');
  if (!investee || investee.key === holder.entity.key) return null;
  return { parties: [r.party(holder.entity, 'investor'), { ...investee, role: 'investee' }] };
}

/**
 * largest-holder: "Pellingham, Carrowmere's largest shareholder with 14.6%, …" (the holder before),
 * "Brindabella's largest shareholder, industry fund Wattlebrook Super, owns…" (the holder after), "Hillhouse
 * … remains its largest shareholder" (the company the story is about).
 */
export function readLargestHolder(r: CueReading): ShapeResult | null {
  const { t, cueStart, cueEnd, sentenceMentions: ms } = r;
  const owned = ms.find((m) => m.rel >= cueStart && m.relEnd <= cueEnd);
  const before = [...ms].reverse().find((m) => m.relEnd <= cueStart);
  const after = ms.find(
    (m) => m.rel >= cueEnd && /^,\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,3}$/.test(t.slice(cueEnd, m.rel)),
  );
  // The holder opens the sentence or stands in apposition right before; else it follows in apposition.
  const holder =
    before && (before.rel <= 30 || /^['’]?s?,\s+$/.test(t.slice(before.relEnd, cueStart))) ? before : after;
  if (!holder) return null;
  const investee = owned?.entity ?? r.recentOther(holder.entity);
  if (!investee || investee === holder.entity) return null;
  return { parties: [r.party(holder.entity, 'investor'), r.party(investee, 'investee')] };
}
