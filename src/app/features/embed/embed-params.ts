import {
  KEY_PATTERN,
  RESERVED_PARAMS,
  URL_PARAMS,
  type Prefill,
  type ThemeMode,
  type ThemeObject,
} from '../../../embed/embed-protocol';
import { isRecord } from '../../lib/is-record';

/** What the iframe's URL says: from the loader, or hand-written for a plain `<iframe src>`. */
export interface EmbedParams {
  embedded: boolean;
  /** The page that frames us, when known; messages go there only if it is allowed. */
  parentOrigin: string | null;
  prefill: Prefill;
  lock: string[];
  hide: string[];
  theme: ThemeMode | ThemeObject | null;
  locale: string | null;
}

/** No portal, no options: what a page that is not embedded starts from. */
export const NO_EMBED_PARAMS: EmbedParams = {
  embedded: false,
  parentOrigin: null,
  prefill: {},
  lock: [],
  hide: [],
  theme: null,
  locale: null,
};

/**
 * What applies when the form is not framed. Anyone can craft a link and open it (or make a
 * rep open it) at top level, so there only plain prefills apply, and every control they fill
 * stays visible and editable: no hide, lock, theme, locale (it changes how typed numbers are
 * read) or parent origin. Framed, the browser has already checked the framing page against
 * FRAME_ANCESTORS, which names each portal origin.
 */
export const topLevelParams = (params: EmbedParams): EmbedParams => ({
  ...NO_EMBED_PARAMS,
  prefill: params.prefill,
});

const keyList = (raw: string | null) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => KEY_PATTERN.test(s));

function parseJson<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

function originOf(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function parseTheme(raw: string | null): ThemeMode | ThemeObject | null {
  if (raw === 'light' || raw === 'dark' || raw === 'auto') return raw;
  const parsed = parseJson<unknown>(raw);
  return isRecord(parsed) ? (parsed as ThemeObject) : null;
}

function parseLocale(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return Intl.getCanonicalLocales(raw)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * `?embed=1&name=Acme&stage=Discovery&account=acc_1&lock=account&theme=dark&locale=de-DE`:
 * every parameter that is not one of ours is a prefill, so a plain iframe needs no loader.
 */
export function readEmbedParams(search: string, ancestorOrigin: string | null = null): EmbedParams {
  const params = new URLSearchParams(search);
  const fromJson = parseJson<unknown>(params.get(URL_PARAMS.prefill));
  const prefill: Prefill = isRecord(fromJson) ? { ...(fromJson as Prefill) } : {};
  for (const [key, value] of params) {
    if (!RESERVED_PARAMS.has(key) && KEY_PATTERN.test(key)) prefill[key] = value;
  }
  const embedded = params.has(URL_PARAMS.embed) && params.get(URL_PARAMS.embed) !== '0';
  return {
    embedded,
    parentOrigin: originOf(params.get(URL_PARAMS.parentOrigin)) ?? ancestorOrigin,
    prefill,
    lock: keyList(params.get(URL_PARAMS.lock)),
    hide: keyList(params.get(URL_PARAMS.hide)),
    theme: parseTheme(params.get(URL_PARAMS.theme)),
    locale: parseLocale(params.get(URL_PARAMS.locale)),
  };
}

/** The framing page's origin where the browser tells us (Chromium, Safari). */
export function ancestorOrigin(): string | null {
  const list = (window.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return list && list.length > 0 ? list.item(0) : null;
}
