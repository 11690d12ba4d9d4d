/** Records are checked with their zod schema on the way in (throwing) and out (skipping, with a warning). */
import type { z } from 'zod';
import { createLogger } from '../log.js';
import { CORRUPT } from './backends/backend.js';

const log = createLogger('store');

export class InvalidRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRecordError';
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export function checkWrite<S extends z.ZodType>(schema: S, kind: string, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new InvalidRecordError(`Refusing to store an invalid ${kind}: ${describe(result.error)}`);
  return result.data;
}

/** A corrupt record is logged and read as missing, so one bad row never fails a whole query. */
export function checkRead<S extends z.ZodType>(
  schema: S,
  kind: string,
  key: string,
  value: unknown,
): z.output<S> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && CORRUPT in value) {
    log.warn(`skipping corrupt ${kind} at "${key}": not valid JSON`);
    return undefined;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  log.warn(`skipping corrupt ${kind} at "${key}": ${describe(result.error)}`);
  return undefined;
}

export function readAll<S extends z.ZodType>(
  schema: S,
  kind: string,
  keys: string[],
  values: unknown[],
): Array<z.output<S>> {
  const out: Array<z.output<S>> = [];
  values.forEach((v, i) => {
    const record = checkRead(schema, kind, keys[i] ?? '', v);
    if (record !== undefined) out.push(record);
  });
  return out;
}
