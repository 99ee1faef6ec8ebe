import type { AppLogger } from '../bff/app-logger';

type LogLine = Record<string, unknown>;

/** A logger that keeps every line, as `{ level, msg?, ...fields }`, for a test to read. */
export function recordingLogger(): { logger: AppLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: string) =>
    (fields: object, msg?: string): void => {
      lines.push({ level, ...(msg !== undefined && { msg }), ...fields });
    };
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    lines,
  };
}
