/**
 * Contracts between a supplier and its customer: contracts won or signed, with one deal per customer of a
 * list ("won contracts (U.S. Army, Boeing, etc.)"), a supplier chosen by its customer ("NASA picked X"),
 * an order placed, and supplies delivered ("X will supply Y with lenses"). A government agency counts as
 * a customer even when it is no company of the article.
 */
import type { Entity } from '../../../companies/mentions.js';
import { BUSINESS_BOUGHT } from '../../asset.js';
import { impliedSubject, mentionsIn, offLeadPenalty, type ArticleContext } from '../../../context.js';
import type { Span } from '../../../sentences.js';
import type { ArticleDrafts } from '../article-drafts.js';
import { baseDraft } from '../draft.js';
import { isOwnUnit } from '../parties.js';
import { listedAfter, type CueReading } from '../reading.js';
import { OUTPUT_NOUNS } from '../../../verbs.js';
import { CONTRACT_DONE } from '../status.js';
import type { MentionDraft, Role } from '../types.js';
import type { ShapeResult } from './result.js';

/**
 * The capitalised name a clause opens with before "awarded", past a time ("Last month Transvaal Rail",
 * "Eskom last month"): no pronoun, article or common opener.
 */
const AWARDER_HEAD =
  /^\s*(?:(?:Last|This|Earlier this|In|On)\s+[\w-]+,?\s+)?(?!(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|Our|Their|His|Her|Shares|Investors|Analysts|Management|Officials|Regulators)\b)((?:[A-Z][\w&'’-]+\s+){0,4}[A-Z][\w&'’-]+)\s+(?:(?:last|this|earlier\s+this|in|on)\s+[\w-]+\s+)?(?:also\s+|has\s+|had\s+)?$/;
/** A government agency named right before a verb ("after the U.S. Navy awarded it"). */
const GOV_HEAD =
  /\b((?:the\s+)?(?:U\.S\.\s+|US\s+|UK\s+)?(?:Army|Navy|Air Force|Space Force|Marine Corps|Pentagon|NASA|Department of [A-Z]\w+(?: [A-Z]\w+)*))\s+(?:[\w-]+\s+){0,2}$/;
/**
 * A public body named by its kind, wherever it sits: "the Ministry of Transport", "Directorate General of
 * Health Services", "Waka Kotahi NZ Transport Agency", "Dorset County Council", "Queensland Health".
 */
const PUBLIC_BODY = String.raw`(?:Ministry|Department|Directorate(?:[- ]General)?)\s+(?:of|for)\s+(?:the\s+)?[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){0,3}|(?:[A-Z][\w'’-]+\s+){1,4}(?:Agency|Authority|Council)|[A-Z]\w+\s+Health(?!\s+[A-Z])`;
/** A firm's drug or product after its name: "Hansoh's oral GLP-1", "its PD-1xVEGF bispecific". */
const LICENSED_PRODUCT =
  /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:drug|drugs|vaccine|antibody|antibodies|therapy|therapies|treatment|candidate|molecule|compound|GLP-1|bispecific|medicine|pill|inhibitor|programme|program|platform technology)\b/i;
/**
 * ", a Poznań-based haulier,", ", a construction firm,": the firm named after "with" is described as one
 * that does work for others, so the signer is its customer ("signed an agreement with X, a haulier, to run…").
 */
const DESCRIBED_PROVIDER =
  /^\s*(?:\([^)]*\)\s*)?,\s+(?:a|an|the)\s+(?:[^\s,;()]+\s+){0,3}?(?:haulier|hauler|trucking\s+(?:company|firm|group)|(?:logistics|warehousing|freight|shipping|courier|delivery|catering|cleaning|security|staffing|outsourcing|facilities|construction|engineering|building|maintenance|IT|technology|software|cloud|payroll)(?:[- ]services)?\s+(?:company|firm|group|provider|specialist|operator|contractor|business)|freight\s+forwarder|(?:sub)?contractor|builder|caterer|outsourcer|consultancy|supplier|vendor|services\s+(?:company|firm|group|provider))\b/i;
/** The output-sold cue's opening noun (cues.ts): "400MW of its output is sold to Y…". */
const OUTPUT_SOLD = new RegExp(`^${OUTPUT_NOUNS}\\b`, 'i');
/** A list item that opens with a public body. */
const PUBLIC_BODY_ITEM = new RegExp(String.raw`^(${PUBLIC_BODY})\b`);
/**
 * A government customer: an agency named anywhere ("the U.S. Army", "UK defence", "NASA", "Defense Logistics
 * Agency"), or a public body named by its kind right after the word that ties it to the contract ("by",
 * "from", "with", "to", "for") or right after the cue: "a ministry said" is no customer.
 */
const GOV = new RegExp(
  String.raw`\b((?:U\.S\.|US|U\.K\.|UK|British|German|French|Spanish|Italian|Dutch|Polish|Canadian|Australian|Japanese|Korean|Indian)\s+(?:Army|Navy|Air Force|Space Force|Marines|armed forces|defen[cs]e|government|military|Department (?:of|for) [A-Z]\w+(?: (?:Affairs|Security|Services|Development|and [A-Z]\w+))?|Ministry of [A-Z]\w+)|Pentagon|NASA|NATO|NHS(?:\s+(?:England|Scotland|Wales))?(?!\s+(?:trusts|hospitals|bodies|organisations|organizations|providers|boards))|(?:U\.S\. )?Department of (?:Defense|Energy|Homeland Security|Veterans Affairs|Transportation|Justice|State|Agriculture|Commerce|Labor|the Treasury|the Interior|Education|Health and Human Services)|(?:U\.S\. )?(?:Customs and Border Protection|Immigration and Customs Enforcement|Coast Guard|Postal Service|Secret Service|Marshals Service|Forest Service|Army Corps of Engineers)|[A-Z]\w+ (?:Army|Navy|Air Force)|(?:Army|Navy|Air Force|Space Force|Marine Corps)(?=\s+(?:contract|order|award|deal)s?\b)|(?:Defense|Federal|National|Naval|Army|Air Force|Space|Health|Energy|Transportation|Drug|Environmental|Social Security|General Services|Internal Revenue|Customs|Missile|Logistics|Veterans|Small Business)(?: [A-Z]\w+){0,2} (?:Agency|Administration|Command|Service)|(?<=(?:^|\b(?:by|from|with|to|for))\s*(?:the\s+)?)(?:${PUBLIC_BODY}))\b`,
);

/** A government buyer's key: "the U.S. Space Force" and "Space Force" are one customer. */
function govKey(name: string): string {
  return `N:${name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^(?:u\.s\.|us|united states)\s+/, '')}`;
}

/** "contracts with Thames Water and Severn Trent", "orders from A, B and C": one customer per firm listed. */
const PLURAL_CONTRACTS = /\b(?:contracts|orders|deals|agreements)\b[^.;]*\b(?:with|from)\s*$/i;

/** contract-list: "X won a $90 million contract from Y", "won contracts (U.S. Army, Boeing, etc.)". */
export function readContracts(r: CueReading, drafts: ArticleDrafts): ShapeResult | null {
  const { ctx, s, si, t, cueStart, cueEnd, clauseEnd, ms, left, right } = r;
  // "Acme said satellite startup Beta had signed a contract worth $145 million": the speaker is the
  // supplier, the one who signs or places it the customer.
  const signer = left[left.length - 1];
  const speaker =
    signer &&
    /^(?:signed|signs|placed|places|awarded)\b/i.test(t.slice(cueStart, cueEnd)) &&
    !/\b(?:with|from|by)\s*$/i.test(t.slice(cueStart, cueEnd)) &&
    !right.some((m) => m.entity !== signer.entity && m.rel - cueEnd < 160) &&
    !GOV.test(t.slice(cueEnd, clauseEnd))
      ? left.find(
          (m) =>
            m.entity !== signer.entity &&
            /^\s*(?:\([^)]*\)\s*)?(?:said|says|announced)\s+(?:that\s+)?(?:[\w-]+\s+){0,4}$/i.test(
              t.slice(m.relEnd, signer.rel),
            ),
        )
      : undefined;
  if (speaker && signer) {
    return {
      parties: [r.party(speaker.entity, 'supplier'), r.party(signer.entity, 'customer')],
      contractType: true,
      signedForSpeaker: true,
    };
  }
  // "The Army awarded a $410 million contract to X": the agency that awards buys, the company it goes to supplies.
  // "Northfield Water awarded a pipeline contract to Crestline": a body no directory lists, named as written.
  const awards = !left.length && /^(?:awarded|awards)\b/i.test(t.slice(cueStart, cueEnd));
  const awardingAgency = awards
    ? (GOV_HEAD.exec(t.slice(0, cueStart)) ?? AWARDER_HEAD.exec(t.slice(0, cueStart)))
    : null;
  const goesTo = awards
    ? right.find(
        (m) =>
          m.rel - cueEnd < 160 && /\bto\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}$/i.test(t.slice(cueEnd, m.rel)),
      )
    : undefined;
  const awardee = awardingAgency ? goesTo : undefined;
  // The firm it goes to supplies: with no awarder to be found, the story's company is not one.
  if (goesTo && !awardingAgency && !r.subjectIfBackRef()) return null;
  const supplier =
    awardee?.entity ?? left[left.length - 1]?.entity ?? r.subjectIfBackRef() ?? impliedSubject(ctx, si);
  if (!supplier) return null;
  // "won contracts (U.S. Army, Boeing, etc.)": a customer list right after the cue, too.
  const parenNext = /^\s*\(/.exec(t.slice(cueEnd));
  const listFrom = parenNext ? cueEnd + parenNext[0].length : cueEnd;
  let isList = /\(\s*$/.test(t.slice(0, cueEnd)) || !!parenNext;
  let customers = isList ? contractCustomers(ctx, s, listFrom, clauseEnd) : [];
  if (parenNext && !customers.length) isList = false;
  if (awardee) customers = [{ entity: null, name: awardingAgency![1]! }];
  else if (!isList) {
    // "IBM bags a U.K. contract, Workday's talks fizzle": past a comma only "from/with/by/for/to" names
    // the customer.
    const after = right.find(
      (m) =>
        m.entity !== supplier &&
        !isOwnUnit(m.entity, supplier) &&
        m.rel - cueEnd < 160 &&
        (!/,/.test(t.slice(cueEnd, m.rel)) ||
          /\b(?:from|with|by|for|to)\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}$/i.test(t.slice(cueEnd, m.rel))),
    );
    // "won a U.S. Air Force contract": the customer may sit inside the cue.
    const inCue = GOV.exec(t.slice(cueStart, cueEnd));
    const govAfter = inCue ? null : GOV.exec(t.slice(cueEnd, clauseEnd));
    const gov = inCue ?? govAfter;
    // "won a contract from the U.S. Space Force…, and in 2024 it sold X to Y": the agency named first
    // is the customer, not a company of the next clause.
    const govFirst = !!gov && (!!inCue || (!!govAfter && (!after || cueEnd + govAfter.index < after.rel)));
    if (after && !govFirst)
      customers = (
        PLURAL_CONTRACTS.test(t.slice(cueStart, cueEnd)) ? listedAfter(t, right, after.rel) : [after.entity]
      ).map((e) => ({ entity: e, name: e.name }));
    else if (gov) customers = [{ entity: null, name: gov[1]! }];
  }
  // "The U.S. Space Force has chosen X… In a smaller award, Y received a $86 million contract": the
  // agency of the contract just told is the customer of the next award that names none.
  if (
    !customers.length &&
    /^(?:won|wins|secured|securing|landed|received|receives)\b/i.test(t.slice(cueStart, cueEnd)) &&
    /\b(?:award|also|separate|same|second|another|smaller|larger)\b/i.test(t) &&
    !ms.some((m) => m.entity !== supplier && !isOwnUnit(m.entity, supplier))
  ) {
    const prior = drafts.recent(
      si,
      3,
      (d) => d.type === 'contract' && d.parties.some((p) => p.role === 'customer' && p.key.startsWith('N:')),
    );
    const gov = prior?.parties.find((p) => p.role === 'customer' && p.key.startsWith('N:'));
    if (gov && !prior!.parties.some((p) => p.key === supplier.key))
      customers = [{ entity: null, name: gov.name }];
  }
  if (!customers.length) return null;
  // One mention per customer: each is its own contract.
  // "X signed a deal with Y to use its robots", "X awarded a subcontract to Y": the subject buys, the
  // company named after the cue supplies.
  const named = customers.length === 1 ? customers[0]!.entity : null;
  const namedAt = named ? ms.find((m) => m.entity === named && m.rel >= cueStart) : undefined;
  // "X awarded a $65 million subcontract to Y": the one who awards buys, the one it goes to supplies.
  const awardedTo =
    !!namedAt &&
    /^(?:awarded|awards|gave|gives|handed)\b/i.test(t.slice(cueStart, cueEnd)) &&
    /\bto\s+(?:[\w&-]+\s+){0,2}$/i.test(t.slice(cueEnd, namedAt.rel));
  // "…a supply agreement with Ostler Mining, under which Ostler will provide nickel to Harlow": the firm
  // named after "under which" supplies.
  const underWhich = namedAt
    ? /^\s*(?:\([^)]*\)\s*)?,?\s+under\s+which\s+/i.exec(t.slice(namedAt.relEnd))
    : null;
  const providerAt = underWhich ? namedAt!.relEnd + underWhich[0].length : -1;
  const namedProvides =
    !!underWhich &&
    ms.some(
      (m) =>
        m.rel === providerAt &&
        m.entity === named &&
        /^\s*(?:\([^)]*\)\s*)?(?:will|would|is to|shall)\s+(?:provide|supply|deliver|sell|ship|build|run|operate|host)\b/i.test(
          t.slice(m.relEnd),
        ),
    );
  const subjectBuys =
    !!named &&
    (awardedTo ||
      namedProvides ||
      (!!namedAt && DESCRIBED_PROVIDER.test(t.slice(namedAt.relEnd))) ||
      /^\s*(?:\([^)]*\)\s*)?(?:[\w$€£.,-]+\s+){0,3}?to\s+(?:use|buy|purchase|deploy|license|lease|install|source|run|rent)\b/i.test(
        t.slice(namedAt?.relEnd ?? cueEnd),
      ));
  // "Merck signed a deal worth up to $2 billion for Hansoh's oral GLP-1": a deal for a firm's drug is a
  // licence, a partnership of the two, not a contract the firm places.
  if (namedAt && LICENSED_PRODUCT.test(t.slice(namedAt.relEnd)) && named !== supplier) {
    return {
      draft: {
        ...baseDraft(ctx, s, si, 'partnership', cueStart, cueEnd, false),
        parties: [r.party(supplier, 'partner'), r.party(named!, 'partner')],
      },
    };
  }
  const out: MentionDraft[] = customers.map((c) => ({
    ...baseDraft(ctx, s, si, 'contract', cueStart, cueEnd, isList),
    parties: subjectBuys
      ? [r.party(c.entity!, 'supplier'), r.party(supplier, 'customer')]
      : [
          r.party(supplier, 'supplier'),
          c.entity
            ? r.party(c.entity, 'customer')
            : { key: govKey(c.name), name: c.name, ticker: null, role: 'customer' as Role },
        ],
  }));
  for (const d of out)
    d.confidence -= offLeadPenalty(
      ctx,
      d.parties.map((p) => p.key),
    );
  // A contract won, awarded or signed is a done deal, even one a press release "announced".
  for (const d of out)
    if ((!d.statusExplicit || d.status === 'announced') && CONTRACT_DONE.test(t)) {
      d.status = 'completed';
      d.statusExplicit = true;
    }
  // Passing mentions of a run of contracts are past events.
  for (const d of out)
    if (/\b(string|series|slew|run|number) of\b/i.test(t.slice(Math.max(0, cueStart - 5), cueEnd))) {
      d.status = 'completed';
      d.statusExplicit = true;
    }
  drafts.extra.push(...out.slice(1));
  return out[0] ? { draft: out[0] } : null;
}

/** contract-list's customers: a parenthesised or comma list of companies and agencies after the cue. */
function contractCustomers(
  ctx: ArticleContext,
  s: Span,
  from: number,
  to: number,
): Array<{ entity: Entity | null; name: string }> {
  const t = s.text;
  let region = t.slice(from, to);
  // A parenthesised list right after the cue: "(U.S. Army, UK defense, Boeing, Snowflake, etc.)".
  const paren = /^\s*\(?([^()]*)\)?/.exec(
    t[from - 1] === '(' ? region : region.replace(/^\s*(?:with|from|by)\s+/i, ''),
  );
  region = paren ? paren[1]! : region;
  const regionStart = t.indexOf(region, from);
  const items = region.split(/,\s*|\s+and\s+|\s+or\s+/);
  const ms = mentionsIn(ctx, s);
  const out: Array<{ entity: Entity | null; name: string }> = [];
  let cursor = regionStart;
  for (const raw of items) {
    const item = raw.trim().replace(/\s*\.$/, '');
    const at = t.indexOf(raw, cursor);
    cursor = at + raw.length;
    if (!item || /^etc\.?$/i.test(item) || /^(the|a|an)$/i.test(item)) continue;
    const m = ms.find((x) => x.rel >= at && x.relEnd <= at + raw.length);
    if (m) {
      out.push({ entity: m.entity, name: m.entity.name });
      continue;
    }
    // A list item is read on its own: a public body may open it ("with Queensland Health, renewed…").
    const gov = GOV.exec(item) ?? PUBLIC_BODY_ITEM.exec(item);
    if (gov && gov.index === 0) out.push({ entity: null, name: gov[1]! });
    else if (t[from - 1] !== '(') break; // outside a list, stop at the first non-customer
  }
  return out.slice(0, 8);
}

/** "hired Houlihan Lokey to run a strategic review", "tapped X as financial adviser": an adviser, no supplier. */
const ADVISORY_ROLE =
  /^\s*(?:[\w&.,'’-]+\s+){0,5}?(?:to\s+(?:run|lead|conduct|manage|oversee)\s+(?:an?\s+|the\s+|its\s+)?["“]?(?:[\w-]+\s+){0,2}?(?:review|sale process|auction|process)|to\s+(?:advise|explore|evaluate|weigh)|as\s+(?:its\s+|an?\s+)?(?:lead\s+|financial\s+|legal\s+|strategic\s+)?(?:advis[eo]rs?|counsel|bankers?))\b/i;

/** "for a $60 million smart-meter rollout": a project with its price, bought from the firm chosen. */
const PRICED_PROJECT =
  /^[^.;]{0,60}?\bfor\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:[$€£¥]|US\$)\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:[\w-]+\s+){0,3}?(?:rollout|roll-out|project|programme|program|upgrade|overhaul|build-?out|deployment|installation|retrofit|refit|expansion|modernization|modernisation|fleet)\b/i;

/** customer-supplier: "the U.S. Navy picked X to build…", "X was selected by Y". */
export function readSupplierChosen(r: CueReading): ShapeResult | null {
  const { ctx, si, t, cueStart, cueEnd, clauseStart, left, right, coordinated, afterObject } = r;
  if (ADVISORY_ROLE.test(t.slice(cueEnd))) return null;
  // "was picked as the preferred bidder for X": a buyer chosen (chosen-bidder), no supplier.
  if (
    /^\s*(?:[\w&.'’-]+\s+){0,5}?as\s+(?:(?:the|its|a)\s+)?(?:[\w-]+\s+)?(?:bidder|buyer|purchaser|acquirer)\b/i.test(
      t.slice(cueEnd),
    )
  )
    return null;
  const head = t.slice(clauseStart, cueStart);
  const gov = GOV_HEAD.exec(head);
  // "Acme rose after the U.S. Navy awarded it…": the agency right before the verb is the customer.
  const lastM = left[left.length - 1];
  // "Duke picked GE Vernova to build turbines and tapped Quanta…": the earlier verb's object does not tap.
  const customer =
    afterObject || coordinated
      ? r.notEarlierObject(r.coordSubject())
      : lastM && !(gov && gov.index >= lastM.relEnd - clauseStart)
        ? lastM.entity
        : null;
  let supplierM: { entity: Entity } | undefined =
    right[0] && right[0].rel - cueEnd <= 30 ? right[0] : undefined;
  // "NASA picked the small satellite builder for…": the story's company.
  if (
    !supplierM &&
    /^\s*the (?:[\w-]+ ){0,3}(?:builder|maker|company|firm|startup|developer|provider|manufacturer|supplier|contractor|operator|designer)\b/i.test(
      t.slice(cueEnd),
    )
  ) {
    const e = impliedSubject(ctx, si + 1) ?? ctx.primary;
    if (e) supplierM = { entity: e };
  }
  // "X said grid operator Y had awarded it a contract": the pronoun is the sentence's subject.
  if (!supplierM && /^\s*(?:it|them)\b/i.test(t.slice(cueEnd))) {
    const e = r.antecedent();
    if (e && e !== customer) supplierM = { entity: e };
  }
  if (!supplierM) return null;
  // Choosing a supplier is a contract only when the sentence says what was bought: a contract, a service,
  // or a priced project ("chose Ravel Grid for a $60 million smart-meter rollout").
  if (
    !PRICED_PROJECT.test(t.slice(cueEnd)) &&
    !/\b(contract|order|agreement|deal|award|supplier|provider|carrier|vendor|partner|as (?:the|its)|to (?:build|supply|provide|connect|host|deliver|develop|run|manage|operate|overhaul|moderni[sz]e|upgrade|install|maintain|design|implement|migrate|automate|equip|power))\b/i.test(
      t,
    )
  )
    return null;
  // "X was selected by Y to build…": the passive's subject is the supplier, "by" names the customer.
  const passiveBy =
    /\b(?:was|were|is|are|been|being)\s+(?:[\w-]+\s+)?$/i.test(t.slice(clauseStart, cueStart)) &&
    /^\s*by\b/i.test(t.slice(cueEnd));
  if (passiveBy && customer && customer !== supplierM.entity)
    return { parties: [r.party(supplierM.entity, 'customer'), r.party(customer, 'supplier')] };
  if (customer && customer !== supplierM.entity)
    return { parties: [r.party(customer, 'customer'), r.party(supplierM.entity, 'supplier')] };
  // "Part of the pitch was a new agreement under which IDEXX supplies analysers across the network": the
  // firm the passage is about is served.
  if (/\bunder\s+which\s*$/i.test(t.slice(cueStart, cueEnd))) {
    const served = impliedSubject(ctx, si, true);
    if (served && served !== supplierM.entity)
      return { parties: [r.party(served, 'customer'), r.party(supplierM.entity, 'supplier')] };
  }
  // "Eskom last month awarded X a contract": a body no directory lists, named where the subject stands.
  const named = gov ?? (/^award/i.test(t.slice(cueStart, cueEnd)) ? AWARDER_HEAD.exec(head) : null);
  if (named) {
    const name = named[1]!.replace(/^the\s+/, '');
    return {
      parties: [
        { key: govKey(name), name, ticker: null, role: 'customer' },
        r.party(supplierM.entity, 'supplier'),
      ],
    };
  }
  return null;
}

/** order-placer: "after cloud provider Y placed an order worth $700 million". */
export function readOrder(r: CueReading): ShapeResult | null {
  const { t, cueStart, cueEnd, left, right } = r;
  // The one who places the order is the customer; the supplier is named with "with/from", else it
  // is the company the sentence opens with ("Acme rose after Beta placed an order…").
  // "The utility also reserved four turbines from Y": the subject pointed back to places it.
  const customerM = left[left.length - 1];
  const customer = customerM?.entity ?? r.subjectIfBackRef();
  if (!customer) return null;
  const named = right.find(
    (m) =>
      m.entity !== customer &&
      m.rel - cueEnd <= 100 &&
      /\b(?:with|from)\s+(?:[\w&-]+\s+){0,3}$/i.test(t.slice(Math.max(0, m.rel - 30), m.rel)),
  );
  const opener = r.sentenceMentions[0];
  // "…to take 1.2 gigawatts from two of the company's units": the company the passage is about.
  const pointedBack =
    /^[^;]{0,80}?\bfrom\s+(?:[\w-]+\s+){0,3}?(?:the\s+(?:company|group|firm)['’]s|its)\s/i.test(
      t.slice(cueEnd),
    )
      ? impliedSubject(r.ctx, r.si, true)
      : null;
  const supplier =
    named?.entity ??
    (opener && customerM && opener.rel <= 30 && opener.relEnd <= customerM.rel && opener.entity !== customer
      ? opener.entity
      : pointedBack !== customer
        ? pointedBack
        : null);
  if (!supplier) return null;
  // "bought the unit from Y under a deal": a business, a stake or shares (or a named firm) bought is no
  // order of goods.
  if (/^(?:buys|bought|purchases|purchased|lifts|lifted|sources|sourced)\b/i.test(t.slice(cueStart))) {
    const boughtEnd = named ? named.rel : Math.min(t.length, cueEnd + 120);
    const bought = t.slice(cueStart, boughtEnd);
    if (
      BUSINESS_BOUGHT.test(bought) ||
      right.some((m) => m.rel < boughtEnd && m.entity !== supplier && !/^['’]/.test(t.slice(m.relEnd)))
    )
      return null;
  }
  // "X booked an order from Y": the one who books it is the supplier.
  const parties = /^booked\b/i.test(t.slice(cueStart, cueEnd))
    ? [r.party(supplier, 'customer'), r.party(customer, 'supplier')]
    : [r.party(customer, 'customer'), r.party(supplier, 'supplier')];
  return { parties, contractType: true };
}

/** supplier-customer: "X will supply Y with lenses under a contract", "an agreement to supply Y". */
export function readSupply(r: CueReading): ShapeResult | null {
  const { t, cueEnd, left, right } = r;
  // "400MW of its output is sold to Y under agreements that Tallgrass signed": the signer named after,
  // else the firm "its" points back to.
  const outputSold = OUTPUT_SOLD.test(t.slice(r.cueStart));
  const supplier =
    left[left.length - 1]?.entity ??
    (outputSold
      ? (right.find((m) => /^\s+(?:signed|agreed)\b/.test(t.slice(m.relEnd)))?.entity ??
        (/\bits\s+(?:[\w-]+\s+)?$/i.test(t.slice(0, r.cueStart))
          ? (r.previousOpener() ?? impliedSubject(r.ctx, r.si))
          : null))
      : r.subjectIfBackRef());
  const customerM = right.find(
    (m) =>
      m.rel - cueEnd < 140 &&
      (/\b(to|for|with|of)\s+(?:[\w&-]+\s+){0,3}$/i.test(t.slice(Math.max(0, m.rel - 40), m.rel)) ||
        // "will supply Dunmore with lenses": the customer right after the verb.
        /^\s*$/.test(t.slice(cueEnd, m.rel))),
  );
  const customer = customerM?.entity ?? null;
  if (!supplier || !customer) return null;
  return { parties: [r.party(supplier, 'supplier'), r.party(customer, 'customer')] };
}
