/**
 * A small levelled logger to stderr. Secret values registered at start-up are masked in every line,
 * so a token that ends up in an error message from a library is still never printed.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

const secrets = new Set<string>();
let threshold: LogLevel = 'info';
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

export function setLogLevel(level: LogLevel): void {
  threshold = level;
}
export function setLogSink(write: (line: string) => void): void {
  sink = write;
}
/** Registers values to mask; short values are ignored so common words are never masked. */
export function registerSecrets(values: Array<string | undefined>): void {
  for (const v of values) if (v && v.length >= 6) secrets.add(v);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[redacted]');
  return out;
}

function format(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function emit(level: LogLevel, scope: string, parts: unknown[]): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} [${scope}] ${parts.map(format).join(' ')}`;
  sink(redact(line));
}

export interface Logger {
  debug(...parts: unknown[]): void;
  info(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  error(...parts: unknown[]): void;
}

export function createLogger(scope: string): Logger {
  return {
    debug: (...p) => emit('debug', scope, p),
    info: (...p) => emit('info', scope, p),
    warn: (...p) => emit('warn', scope, p),
    error: (...p) => emit('error', scope, p),
  };
}
