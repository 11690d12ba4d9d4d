export { ok, fail, orList, type Resolution } from './result.js';
export { resolveSince, resolveDays, isoDay, addDays, parseSpan } from './date.js';
export { resolveSchedule, parseTime, describeSchedule, weekdayName, type Schedule } from './schedule.js';
export { resolveTimeZone, suggestTimeZones, allTimeZones } from './timezone.js';
export { resolveDealType } from './deal-type.js';
export { resolveCompany, resolveCompanies, suggestCompanies, type ResolvedCompany } from './ticker.js';
export { editDistance, rankCandidates, normalizeName } from './fuzzy.js';
