import {
  CSS_VALUE,
  KEY_PATTERN,
  THEME_TOKENS,
  URL_PARAMS,
  type ErrorPayload,
  type Prefill,
  type ResizePayload,
  type SubmittedPayload,
  type ThemeMode,
  type ThemeObject,
} from './embed-protocol';

export interface MountOptions {
  prefill?: Prefill;
  lock?: string[];
  hide?: string[];
  theme?: ThemeMode | ThemeObject;
  locale?: string;
  /** Where the app lives; defaults to the origin `/embed.js` was loaded from. */
  appUrl?: string;
  /** The iframe's accessible name. */
  title?: string;
  onReady?: () => void;
  onResize?: (size: ResizePayload) => void;
  onSubmitted?: (deal: SubmittedPayload) => void;
  onError?: (error: ErrorPayload) => void;
  onCancel?: () => void;
}

const CALLBACKS = ['onReady', 'onResize', 'onSubmitted', 'onError', 'onCancel'] as const;
const KNOWN = new Set<string>([
  'prefill',
  'lock',
  'hide',
  'theme',
  'locale',
  'appUrl',
  'title',
  ...CALLBACKS,
]);
const MODES = ['light', 'dark', 'auto'];
const DENSITIES = ['comfortable', 'compact'];

const fail = (message: string): never => {
  throw new TypeError(`DealForm.mount: ${message}`);
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const isScalar = (v: unknown) =>
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  v === null ||
  (typeof v === 'number' && Number.isFinite(v));

function checkKeys(name: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail(`${name} must be an array of keys`);
  for (const key of value) {
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      fail(`${name}: "${String(key)}" is not a key like "$account" or "stage"`);
    }
  }
  return value as string[];
}

/** Checks a prefill; exported for `update()`, which takes one alone. */
export function checkPrefill(value: unknown): Prefill {
  if (value === undefined) return {};
  if (!isPlainObject(value)) return fail('prefill must be a plain object');
  for (const [key, v] of Object.entries(value)) {
    if (!KEY_PATTERN.test(key)) fail(`prefill: "${key}" is not a key like "$amount" or "name"`);
    const ok =
      isScalar(v) ||
      (Array.isArray(v) && v.every((item) => typeof item === 'string')) ||
      (isPlainObject(v) && Object.values(v).every(isScalar));
    if (!ok) fail(`prefill.${key} must be a string, number, boolean, list of ids or address`);
  }
  return value as Prefill;
}

function checkTheme(value: unknown): ThemeMode | ThemeObject | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    return MODES.includes(value) ? (value as ThemeMode) : fail(`theme must be ${MODES.join('/')}`);
  }
  if (!isPlainObject(value)) return fail('theme must be "light", "dark", "auto" or an object');
  for (const [key, v] of Object.entries(value)) {
    if (key === 'mode') {
      if (!MODES.includes(v as string)) fail(`theme.mode must be ${MODES.join('/')}`);
    } else if (key === 'density') {
      if (!DENSITIES.includes(v as string)) fail(`theme.density must be ${DENSITIES.join('/')}`);
    } else if ((THEME_TOKENS as readonly string[]).includes(key)) {
      if (typeof v !== 'string' || !CSS_VALUE.test(v)) fail(`theme.${key} is not a CSS value`);
    } else {
      fail(
        `theme.${key} is not a theme option (${['mode', 'density', ...THEME_TOKENS].join(', ')})`,
      );
    }
  }
  return value as ThemeObject;
}

function checkLocale(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return fail('locale must be a string like "de-DE"');
  try {
    return Intl.getCanonicalLocales(value)[0] ?? fail(`locale "${value}" is not valid`);
  } catch {
    return fail(`locale "${value}" is not a valid language tag`);
  }
}

/** Validates mount options, throwing a TypeError that names the first bad option. */
export function checkMountOptions(options: unknown): MountOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) return fail('options must be a plain object');
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) fail(`unknown option "${key}"`);
  }
  for (const name of CALLBACKS) {
    const cb = options[name];
    if (cb !== undefined && typeof cb !== 'function') fail(`${name} must be a function`);
  }
  if (options.appUrl !== undefined) {
    try {
      const url = new URL(String(options.appUrl));
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
    } catch {
      fail('appUrl must be an http(s) URL');
    }
  }
  if (options.title !== undefined && typeof options.title !== 'string') {
    fail('title must be a string');
  }
  return {
    ...(options as MountOptions),
    prefill: checkPrefill(options.prefill),
    lock: checkKeys('lock', options.lock),
    hide: checkKeys('hide', options.hide),
    theme: checkTheme(options.theme),
    locale: checkLocale(options.locale),
  };
}

/** The iframe's URL: everything the app needs before the first message. */
export function embedUrl(appUrl: string, parentOrigin: string, o: MountOptions): string {
  const url = new URL('/', appUrl);
  const p = url.searchParams;
  p.set(URL_PARAMS.embed, '1');
  p.set(URL_PARAMS.parentOrigin, parentOrigin);
  if (o.prefill && Object.keys(o.prefill).length) {
    p.set(URL_PARAMS.prefill, JSON.stringify(o.prefill));
  }
  if (o.lock?.length) p.set(URL_PARAMS.lock, o.lock.join(','));
  if (o.hide?.length) p.set(URL_PARAMS.hide, o.hide.join(','));
  if (o.theme) {
    p.set(URL_PARAMS.theme, typeof o.theme === 'string' ? o.theme : JSON.stringify(o.theme));
  }
  if (o.locale) p.set(URL_PARAMS.locale, o.locale);
  return url.href;
}
