/**
 * The "Follow up" button's custom id. It carries the command that made the answer when that fits
 * in Discord's 100 characters, so the answer's follow-up subject can be found again by running the
 * command once more when someone follows it up (after a restart too): nothing is stored per answer
 * that nobody follows up. An id without a command is the bare FOLLOW_UP_BUTTON_ID.
 *
 *   followUpButtonId({ command: 'deal', options: { company: 'LUMN' }, text: 'LUMN' })
 *     → 'dealdesk:followup:["deal",{"company":"LUMN"}]'
 */
import { z } from 'zod';

export const FOLLOW_UP_BUTTON_ID = 'dealdesk:followup';
const PREFIX = `${FOLLOW_UP_BUTTON_ID}:`;
const MAX_CUSTOM_ID = 100;

const OptionsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
/** [command, typed options] or [command, text] (commands that came as text, such as @mentions). */
const CarriedSchema = z.tuple([z.string().min(1), z.union([z.string(), OptionsSchema])]);

export interface CarriedCommand {
  command: string;
  options?: z.infer<typeof OptionsSchema>;
  text: string;
}

export function followUpButtonId(cmd: CarriedCommand): string {
  const rest = cmd.options && Object.keys(cmd.options).length ? cmd.options : cmd.text;
  const id = PREFIX + JSON.stringify([cmd.command, rest]);
  return id.length <= MAX_CUSTOM_ID ? id : FOLLOW_UP_BUTTON_ID;
}

export const isFollowUpButton = (customId: string): boolean =>
  customId === FOLLOW_UP_BUTTON_ID || customId.startsWith(PREFIX);

/** The command a Follow up button carries, or null (a bare id, or one that is not ours). */
export function carriedCommandOf(customId: string): CarriedCommand | null {
  if (!customId.startsWith(PREFIX)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(customId.slice(PREFIX.length));
  } catch {
    return null;
  }
  const parsed = CarriedSchema.safeParse(raw);
  if (!parsed.success) return null;
  const [command, rest] = parsed.data;
  if (typeof rest === 'string') return { command, text: rest };
  return { command, options: rest, text: Object.values(rest).map(String).join(' ') };
}
