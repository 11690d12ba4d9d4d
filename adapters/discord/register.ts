/**
 * Registers the slash commands generated from the command declarations, touching only what differs:
 * fetch what Discord has (global, or one guild), compare each command by name after normalising
 * both sides (Discord fills in defaults and adds ids/versions), and change nothing when nothing
 * differs. One difference is one call (create, edit or delete); several are one bulk overwrite (PUT)
 * of the whole scope, which keeps the ids of commands that already exist and anything not ours
 * (context-menu commands), so only really new commands count against Discord's daily creation limit.
 */
import { Routes, type REST } from 'discord.js';

/** The JSON we send (a subset of Discord's application command shape). */
export interface CommandData {
  name: string;
  description: string;
  type?: number;
  options?: readonly OptionData[];
  default_member_permissions?: string | null;
  dm_permission?: boolean;
  nsfw?: boolean;
  contexts?: readonly number[] | null;
  integration_types?: readonly number[];
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
}

export interface OptionData {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: ReadonlyArray<{ name: string; value: string | number }>;
  options?: readonly OptionData[];
  channel_types?: readonly number[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
}

export interface RegisteredCommand extends CommandData {
  id: string;
  application_id?: string;
  version?: string;
  guild_id?: string;
}

export interface RegistrationPlan {
  create: CommandData[];
  update: Array<{ id: string; command: CommandData }>;
  remove: Array<{ id: string; name: string }>;
  unchanged: string[];
}

const localizations = (v: Record<string, string> | null | undefined) =>
  v && Object.keys(v).length ? v : null;

function normaliseOption(o: OptionData): Record<string, unknown> {
  return {
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: (o.choices ?? []).map((c) => ({ name: c.name, value: c.value })),
    options: (o.options ?? []).map(normaliseOption),
    channel_types: [...(o.channel_types ?? [])].sort((a, b) => a - b),
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
    name_localizations: localizations(o.name_localizations),
    description_localizations: localizations(o.description_localizations),
  };
}

/**
 * The parts of a command that matter, with Discord's defaults filled in. Fields we do not declare
 * (contexts, integration_types) are compared only when we declare them; dm_permission only exists
 * for global commands.
 */
export function normaliseCommand(c: CommandData, local: CommandData, scope: 'global' | 'guild'): string {
  const shape: Record<string, unknown> = {
    name: c.name,
    type: c.type ?? 1,
    description: c.description,
    options: (c.options ?? []).map(normaliseOption),
    default_member_permissions: c.default_member_permissions ?? null,
    nsfw: c.nsfw ?? false,
    name_localizations: localizations(c.name_localizations),
    description_localizations: localizations(c.description_localizations),
  };
  if (scope === 'global' && local.dm_permission !== undefined) shape.dm_permission = c.dm_permission ?? true;
  if (local.contexts !== undefined)
    shape.contexts = c.contexts ? [...c.contexts].sort((a, b) => a - b) : null;
  if (local.integration_types !== undefined)
    shape.integration_types = [...(c.integration_types ?? [0])].sort((a, b) => a - b);
  return stableStringify(shape);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** Pure: what to create, edit and delete so that Discord matches `local`. */
export function planRegistration(
  local: readonly CommandData[],
  remote: readonly RegisteredCommand[],
  scope: 'global' | 'guild',
): RegistrationPlan {
  const plan: RegistrationPlan = { create: [], update: [], remove: [], unchanged: [] };
  const remoteByName = new Map(remote.map((r) => [r.name, r]));
  const localNames = new Set(local.map((c) => c.name));
  for (const cmd of local) {
    const existing = remoteByName.get(cmd.name);
    if (!existing) plan.create.push(cmd);
    else if (normaliseCommand(existing, cmd, scope) !== normaliseCommand(cmd, cmd, scope))
      plan.update.push({ id: existing.id, command: cmd });
    else plan.unchanged.push(cmd.name);
  }
  for (const r of remote)
    if (!localNames.has(r.name) && (r.type ?? 1) === 1) plan.remove.push({ id: r.id, name: r.name });
  return plan;
}

export function describePlan(plan: RegistrationPlan, dryRun: boolean): string {
  const verb = (done: string, would: string) => (dryRun ? `would ${would}` : done);
  const parts = [
    ...plan.create.map((c) => `${verb('created', 'create')} /${c.name}`),
    ...plan.update.map((u) => `${verb('updated', 'update')} /${u.command.name}`),
    ...plan.remove.map((r) => `${verb('deleted', 'delete')} /${r.name}`),
  ];
  parts.push(`unchanged ${plan.unchanged.length}`);
  return parts.join(', ');
}

export interface RegisterOptions {
  applicationId: string;
  guildId?: string;
  commands: readonly CommandData[];
  dryRun?: boolean;
}

export async function registerCommands(
  rest: REST,
  opts: RegisterOptions,
): Promise<{ plan: RegistrationPlan; summary: string }> {
  const { applicationId, guildId } = opts;
  const scope = guildId ? 'guild' : 'global';
  const listRoute = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const itemRoute = (id: string) =>
    guildId
      ? Routes.applicationGuildCommand(applicationId, guildId, id)
      : Routes.applicationCommand(applicationId, id);

  const remote = (await rest.get(listRoute)) as RegisteredCommand[];
  const plan = planRegistration(opts.commands, remote, scope);
  const changes = plan.create.length + plan.update.length + plan.remove.length;
  if (!opts.dryRun && changes > 1) await rest.put(listRoute, { body: bulkBody(opts.commands, remote) });
  else if (!opts.dryRun) {
    for (const cmd of plan.create) await rest.post(listRoute, { body: cmd });
    for (const { id, command } of plan.update) await rest.patch(itemRoute(id), { body: command });
    for (const { id } of plan.remove) await rest.delete(itemRoute(id));
  }
  return { plan, summary: describePlan(plan, opts.dryRun ?? false) };
}

/**
 * The whole scope for a bulk overwrite: our commands (with the id of the registered command of the
 * same name, so it is edited rather than recreated) and the registered commands that are not slash
 * commands, as they are (a bulk overwrite deletes whatever it leaves out).
 */
export function bulkBody(local: readonly CommandData[], remote: readonly RegisteredCommand[]) {
  const chatInput = remote.filter((r) => (r.type ?? 1) === 1);
  const idOf = new Map(chatInput.map((r) => [r.name, r.id]));
  const ours = local.map((c) => {
    const id = idOf.get(c.name);
    return id ? { ...c, id } : c;
  });
  // Discord's own bookkeeping fields are not part of a command definition.
  const others = remote
    .filter((r) => (r.type ?? 1) !== 1)
    .map(({ application_id: _a, version: _v, guild_id: _g, ...rest }) => rest);
  return [...ours, ...others];
}
