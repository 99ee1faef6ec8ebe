/** The logging the app needs; a pino logger fits, and so does the legacy `log` function. */
export interface AppLogger {
  debug(fields: object, msg?: string): void;
  info(fields: object, msg?: string): void;
  warn(fields: object, msg?: string): void;
  error(fields: object, msg?: string): void;
}

export type LogLine = Record<string, unknown>;

/** Adapts `createApp({log})`'s one-function logger. */
export function loggerFromFunction(log: (line: LogLine) => void): AppLogger {
  const at =
    (level: string) =>
    (fields: object, msg?: string): void =>
      log({ level, ...(msg !== undefined && { msg }), ...fields });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: AppLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};
