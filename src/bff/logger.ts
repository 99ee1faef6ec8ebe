import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACTED, secretScrubber } from './secrets';

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  level: string;
  format: LogFormat;
  /** Strings that must never appear in a log line (the API key); replaced before writing. */
  secrets: readonly string[];
  /** Where lines go; stdout by default. Tests pass a collector. */
  destination?: DestinationStream;
}

/** Header and option names whose values are secrets wherever they appear in a log object. */
const REDACT_PATHS = [
  'authorization',
  'apiKey',
  'headers.authorization',
  'req.headers.authorization',
  '*.authorization',
  '*.apiKey',
  '*.headers.authorization',
];

/**
 * Belt and braces: pino's redaction works by path, so the stream also replaces the secrets
 * themselves, wherever a message or error text might carry one.
 */
function scrubbingStream(inner: DestinationStream, secrets: readonly string[]): DestinationStream {
  if (!secrets.some((s) => s.length >= 4)) return inner;
  const scrub = secretScrubber(secrets);
  const flushable = inner as DestinationStream & { flush?: (cb: (err?: Error) => void) => void };
  return {
    write(line: string) {
      inner.write(scrub(line));
    },
    // pino's `logger.flush()` looks for this; shutdown uses it so the last lines are not lost.
    flush: (cb: (err?: Error) => void) => (flushable.flush ? flushable.flush(cb) : cb()),
  } as DestinationStream;
}

/** pino-pretty is a dev dependency: a production image asked for pretty logs gets JSON. */
function prettyStream(): DestinationStream | null {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require('pino-pretty') as (options: object) => DestinationStream;
    return pretty({ colorize: Boolean(process.stdout.isTTY), translateTime: 'SYS:HH:MM:ss.l' });
  } catch {
    return null;
  }
}

/** Structured JSON logs, one object a line; pretty in development. */
export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.format === 'pretty' && !options.destination ? prettyStream() : null;
  const inner = options.destination ?? pretty ?? pino.destination({ dest: 1, sync: false });
  const logger = pino(
    {
      level: options.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    scrubbingStream(inner, options.secrets),
  );
  if (options.format === 'pretty' && !pretty && !options.destination) {
    logger.warn('LOG_FORMAT=pretty needs the pino-pretty dev dependency; logging JSON instead.');
  }
  return logger;
}
