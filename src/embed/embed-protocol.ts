// The postMessage protocol between the loader (the portal's page) and the app (in the iframe).
// Both bundles import this file; it holds constants and types only, so the loader stays tiny.

/** Bumped on a breaking change; each side ignores messages of another version. */
export const PROTOCOL_VERSION = 1;

export const MESSAGE_TYPES = {
  ready: 'dealform:ready',
  resize: 'dealform:resize',
  submitted: 'dealform:submitted',
  error: 'dealform:error',
  cancel: 'dealform:cancel',
  prefill: 'dealform:prefill',
} as const;

export type MessageType = (typeof MESSAGE_TYPES)[keyof typeof MESSAGE_TYPES];

/** A value a prefill may carry: whatever Lightfield accepts on create, as plain JSON. */
type PrefillValue =
  string | number | boolean | null | string[] | { [key: string]: string | number | boolean | null };

export type Prefill = Record<string, PrefillValue>;

export type ThemeMode = 'light' | 'dark' | 'auto';
type ThemeDensity = 'comfortable' | 'compact';

/** Maps onto the app's design tokens (TOKEN_PROPERTIES in src/app/features/embed/apply-theme.ts). */
export interface ThemeObject {
  mode?: ThemeMode;
  density?: ThemeDensity;
  primary?: string;
  background?: string;
  surface?: string;
  text?: string;
  border?: string;
  radius?: string;
  font?: string;
}

/**
 * What a theme value may be: plain tokens (colours, lengths, font lists), never a way to close
 * the declaration, open a block or load a URL. The loader and the page both check it.
 */
export const CSS_VALUE = /^[#(),.%\-\w\s'"]{1,120}$/;

export const THEME_TOKENS = [
  'primary',
  'background',
  'surface',
  'text',
  'border',
  'radius',
  'font',
] as const;

export interface SubmittedPayload {
  id: string;
  httpLink: string | null;
  name: string;
}

export interface ErrorPayload {
  code: string;
  message: string;
}

export interface ResizePayload {
  height: number;
}

export interface EmbedMessage<T = unknown> {
  v: typeof PROTOCOL_VERSION;
  type: MessageType;
  payload: T;
}

/** Query parameters the app reads in embed mode; any other parameter is a prefill. */
export const URL_PARAMS = {
  embed: 'embed',
  parentOrigin: 'parentOrigin',
  prefill: 'prefill',
  lock: 'lock',
  hide: 'hide',
  theme: 'theme',
  locale: 'locale',
} as const;

export const RESERVED_PARAMS: ReadonlySet<string> = new Set(Object.values(URL_PARAMS));

/**
 * `name`, `stage`, `pipeline`, `account`, `owner`: the keys a portal knows without reading
 * definitions.
 */
export const SHORTHANDS = {
  name: 'fields.$name',
  stage: 'fields.$stage',
  pipeline: 'fields.$pipeline',
  account: 'relationships.$account',
  owner: 'relationships.$owner',
} as const;

/** A shorthand or a definitions key (`$amount`, `dealType`). */
export const KEY_PATTERN = /^\$?[A-Za-z][A-Za-z0-9_]{0,99}$/;

export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<EmbedMessage>;
  return (
    m.v === PROTOCOL_VERSION &&
    typeof m.type === 'string' &&
    (Object.values(MESSAGE_TYPES) as string[]).includes(m.type)
  );
}
