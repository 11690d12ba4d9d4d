/**
 * Turns what a user typed into resolved option values. Free text ("lumen acquisitions since
 * 2025-01") is parsed forgivingly: explicit `--name value` / `name:value` first, then flag words
 * ("since 7d", "max 10", "quiet"), then options that recognise their own values anywhere
 * ("acquisitions", "weekdays 7:30am"), and the words left over go to the command's 'rest' option.
 * Typed options (Discord) are resolved one by one with the same resolvers.
 */
import type { AnyOption, ResolveEnv } from './command.js';
import type { Resolution } from './resolvers/result.js';

export type ParsedArgs =
  { ok: true; values: Record<string, unknown> } | { ok: false; error: string; option?: string };

/** Splits on whitespace, keeping "quoted phrases" together (quotes removed). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /"([^"]*)"|“([^”]*)”|'([^']*)'(?=\s|$)|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (t) tokens.push(t);
  }
  return tokens;
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0', 'n']);

async function resolveOne(opt: AnyOption, raw: string, env: ResolveEnv): Promise<Resolution<unknown>> {
  const r = await resolveRaw(opt, raw, env);
  if (!r.ok || !opt.schema) return r;
  const checked = opt.schema.safeParse(r.value);
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, error: `I couldn't use "${raw.trim()}" as ${opt.name}.` };
}

async function resolveRaw(opt: AnyOption, raw: string, env: ResolveEnv): Promise<Resolution<unknown>> {
  if (opt.type === 'boolean') {
    const w = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(w) || opt.flags?.includes(w)) return opt.resolve('true', env);
    if (FALSE_WORDS.has(w) || opt.offFlags?.includes(w)) return opt.resolve('false', env);
    return { ok: false, error: `${opt.name} takes yes or no, not "${raw.trim()}".` };
  }
  if (opt.choices?.length) {
    const hit = opt.choices.find(
      (c) =>
        c.value.toLowerCase() === raw.trim().toLowerCase() ||
        c.name.toLowerCase() === raw.trim().toLowerCase(),
    );
    if (hit) return opt.resolve(hit.value, env);
  }
  return opt.resolve(raw, env);
}

const isFlagToken = (t: string): boolean => /^--?[a-z]/i.test(t);

export async function parseArgs(
  options: readonly AnyOption[],
  input: { text: string; typed?: Record<string, string | number | boolean> },
  env: ResolveEnv,
): Promise<ParsedArgs> {
  const values: Record<string, unknown> = {};
  const byName = new Map(options.map((o) => [o.name.toLowerCase(), o]));
  const typedEntries = Object.entries(input.typed ?? {}).filter(([k]) => byName.has(k.toLowerCase()));

  if (typedEntries.length) {
    for (const [k, v] of typedEntries) {
      const opt = byName.get(k.toLowerCase())!;
      const r = await resolveOne(opt, String(v), env);
      if (!r.ok) return { ok: false, error: r.error, option: opt.name };
      values[opt.name] = r.value;
    }
    return finish(options, values);
  }

  let tokens = tokenize(input.text);
  const claimed = new Array<boolean>(tokens.length).fill(false);
  const set = async (opt: AnyOption, raw: string): Promise<string | null> => {
    const r = await resolveOne(opt, raw, env);
    if (!r.ok) return r.error;
    values[opt.name] = r.value;
    return null;
  };

  // 1. Explicit: --name value, --name=value, name:value, --flag / --no-flag for booleans.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const eq = /^--?([a-z][\w-]*)=(.+)$/i.exec(t) ?? /^([a-z][\w-]*):(.+)$/i.exec(t);
    if (eq && byName.has(eq[1]!.toLowerCase())) {
      const err = await set(byName.get(eq[1]!.toLowerCase())!, eq[2]!);
      if (err) return { ok: false, error: err, option: eq[1] };
      claimed[i] = true;
      continue;
    }
    if (!isFlagToken(t)) continue;
    const name = t.replace(/^--?/, '').toLowerCase();
    const negated = name.startsWith('no-') ? byName.get(name.slice(3)) : undefined;
    const opt = byName.get(name) ?? options.find((o) => o.flags?.includes(name));
    if (negated?.type === 'boolean') {
      values[negated.name] = false;
      claimed[i] = true;
      continue;
    }
    if (!opt) return { ok: false, error: `I don't know the option ${t}.` };
    claimed[i] = true;
    if (opt.type === 'boolean') {
      values[opt.name] = true;
      continue;
    }
    // The longest run of following words (up to maxWords) that resolves: "--since last week LUMN".
    const avail: number[] = [];
    for (let j = i + 1; j < tokens.length && !isFlagToken(tokens[j]!) && !claimed[j]; j++) avail.push(j);
    if (!avail.length) return { ok: false, error: `${t} needs a value.`, option: opt.name };
    const max = opt.freeText === 'rest' ? avail.length : Math.min(opt.maxWords ?? 1, avail.length);
    let firstError: string | null = null;
    for (let n = max; n >= 1; n--) {
      const r = await resolveOne(
        opt,
        avail
          .slice(0, n)
          .map((j) => tokens[j])
          .join(' '),
        env,
      );
      if (r.ok) {
        values[opt.name] = r.value;
        for (const j of avail.slice(0, n)) claimed[j] = true;
        break;
      }
      firstError = r.error; // ends as the shortest attempt's error, the clearest one
    }
    if (!(opt.name in values))
      return { ok: false, error: firstError ?? `${t} needs a value.`, option: opt.name };
  }

  // 2. Flag words: "since 7d", "max 10", "quiet".
  for (const opt of options) {
    if (opt.name in values || opt.freeText === 'rest') continue;
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i]) continue;
      const w = tokens[i]!.toLowerCase();
      if (opt.type === 'boolean') {
        if (opt.flags?.includes(w) || opt.offFlags?.includes(w)) {
          const r = await opt.resolve(opt.flags?.includes(w) ? 'true' : 'false', env);
          if (r.ok) values[opt.name] = r.value;
          claimed[i] = true;
          break;
        }
        continue;
      }
      if (!opt.flags?.includes(w)) continue;
      let firstError: string | null = null;
      const max = opt.maxWords ?? 1;
      for (let n = max; n >= 1; n--) {
        if (i + n >= tokens.length) continue;
        if (claimed.slice(i + 1, i + 1 + n).some(Boolean)) continue;
        const span = tokens.slice(i + 1, i + 1 + n).join(' ');
        const r = await resolveOne(
          opt,
          opt.flags.includes('since') && w === 'since' ? `since ${span}` : span,
          env,
        );
        if (r.ok) {
          values[opt.name] = r.value;
          for (let k = i; k <= i + n; k++) claimed[k] = true;
          break;
        }
        firstError = r.error; // ends as the shortest attempt's error, the clearest one
      }
      if (opt.name in values) break;
      return { ok: false, error: firstError ?? `"${w}" needs a value after it.`, option: opt.name };
    }
  }

  // 3. Detection: the first span the option recognises as its own.
  let detectError: string | null = null;
  for (const opt of options) {
    if (opt.name in values || opt.freeText !== 'detect') continue;
    const max = opt.maxWords ?? 1;
    outer: for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(max, tokens.length - i); n >= 1; n--) {
        if (claimed.slice(i, i + n).some(Boolean)) continue;
        const span = tokens.slice(i, i + n).join(' ');
        if (opt.looksLike && !opt.looksLike(span)) continue;
        const r = await resolveOne(opt, span, env);
        if (r.ok) {
          values[opt.name] = r.value;
          for (let k = i; k < i + n; k++) claimed[k] = true;
          break outer;
        }
        // Looked like this option's value but was wrong ("Europe/Pariss"): the clearer error if nothing else fits.
        if (n === 1 && opt.looksLike) detectError ??= r.error;
      }
    }
  }

  // 4. The rest.
  const leftover = tokens.filter((_, i) => !claimed[i]);
  tokens = leftover;
  const rest = options.find((o) => o.freeText === 'rest');
  if (leftover.length) {
    if (rest && !(rest.name in values)) {
      const err = await set(rest, leftover.join(' '));
      if (err) return { ok: false, error: detectError ?? err, option: rest.name };
    } else {
      return { ok: false, error: detectError ?? `I didn't understand "${leftover.join(' ')}".` };
    }
  }
  return finish(options, values);
}

function finish(options: readonly AnyOption[], values: Record<string, unknown>): ParsedArgs {
  const missing = options.find((o) => o.required && values[o.name] === undefined);
  if (missing)
    return {
      ok: false,
      error: `Missing ${missing.placeholder ?? missing.name}: ${missing.description}.`,
      option: missing.name,
    };
  return { ok: true, values };
}
