/** Option declarations shared by several commands. */
import { option } from './command.js';
import { directoryFor } from './directory.js';
import { resolveDays, resolveSince } from './resolvers/date.js';
import { resolveDealType } from './resolvers/deal-type.js';
import { fail, ok } from './resolvers/result.js';
import { DaysSchema, DealTypeOptionSchema, ResolvedCompanySchema, SinceSchema } from './resolvers/schemas.js';
import { resolveCompanies, resolveCompany } from './resolvers/ticker.js';

export const companyOption = <const R extends boolean>(required: R) =>
  option({
    name: 'company',
    description: 'Ticker or company name, e.g. LUMN or Lumen',
    placeholder: 'ticker|company',
    type: 'string',
    required,
    autocomplete: 'ticker',
    freeText: 'rest',
    resolve: (raw, env) => resolveCompany(raw, directoryFor(env.store)),
    schema: ResolvedCompanySchema,
  });

export const tickersOption = option({
  name: 'tickers',
  description: 'One or more tickers or company names, e.g. LUMN PLTR',
  placeholder: 'tickers…',
  type: 'string',
  required: true,
  autocomplete: 'ticker',
  freeText: 'rest',
  resolve: (raw, env) => resolveCompanies(raw, directoryFor(env.store)),
  schema: ResolvedCompanySchema.array().min(1),
});

/**
 * "7d", "30 days", "2025-10-01", "2025", "last week"… A bare number that is no year is not a span:
 * "/deal 7791" names a ticker (Tokyo-style codes are numbers).
 */
const SPANLIKE =
  /^(?:\d+\s*[a-z]|\d{4}-\d{1,2}|(?:19|20)\d{2}$|\d{1,2}\/\d{1,2}|last\b|past\b|yesterday|today|an?\s)/i;

export const sinceOption = option({
  name: 'since',
  description: 'Only since this date: 7d, 30 days, 2025-10-01, last week, since Oct 1',
  type: 'string',
  freeText: 'detect',
  flags: ['since', 'from', 'after'],
  maxWords: 3,
  looksLike: (s) => SPANLIKE.test(s) && !/^\d{1,2}:\d{2}/.test(s),
  resolve: (raw, env) => resolveSince(raw, env.now),
  schema: SinceSchema,
});

export const dealTypeOption = option({
  name: 'type',
  description: 'Deal type: acquisition, merger, divestiture, partnership, investment, contract',
  type: 'string',
  autocomplete: 'dealType',
  freeText: 'detect',
  maxWords: 1,
  resolve: (raw) => resolveDealType(raw),
  schema: DealTypeOptionSchema,
});

export const daysOption = (fallbackHint: string) =>
  option({
    name: 'days',
    description: `How many days ahead (${fallbackHint})`,
    type: 'integer',
    freeText: 'detect',
    flags: ['next', 'within', 'for'],
    maxWords: 2,
    looksLike: (s) => /^(\d|an?\s)/i.test(s),
    resolve: (raw) => resolveDays(raw),
    schema: DaysSchema,
  });

export const textOption = <const N extends string>(name: N, description: string) =>
  option({
    name,
    description,
    type: 'string',
    required: true,
    freeText: 'rest',
    resolve: (raw) => (raw.trim() ? ok(raw.trim()) : fail(`${description} is empty.`)),
  });
