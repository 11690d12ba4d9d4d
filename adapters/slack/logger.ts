/** Bolt's logger interface over src/log.ts, so library messages are levelled and secrets masked. */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { createLogger, type Logger } from '../../src/log.js';

export function boltLogger(scope = 'slack'): BoltLogger {
  const log: Logger = createLogger(scope);
  let level: LogLevel = LogLevel.INFO;
  return {
    // Bolt is chatty at debug; our own threshold (DEALDESK_LOG_LEVEL) filters further.
    debug: (...m: unknown[]) => log.debug(...m),
    info: (...m: unknown[]) => log.info(...m),
    warn: (...m: unknown[]) => log.warn(...m),
    error: (...m: unknown[]) => log.error(...m),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
