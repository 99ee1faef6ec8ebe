import type { MessageParams } from '../../model/messages/format-message';
import { formatMessage } from '../../model/messages/format-message';
import {
  spellMessage,
  VALIDATION_EN,
  type ValidationCode,
} from '../../model/messages/validation-phrases';
import { appLocale } from '../lib/locale';
import { en, type Catalog, type MessageKey } from './messages-en';

/**
 * One catalog per language; a new language is one file and one line here
 * (docs/keyboard-and-languages.md). English is in the entry chunk; the others load before the
 * app renders, and only for a rep who reads that language, so no one downloads all of them.
 */
const CATALOGS: Record<string, Catalog> = { en };
const LOADERS: Record<string, () => Promise<Catalog>> = {
  de: () => import('./messages-de').then((m) => m.de),
  fr: () => import('./messages-fr').then((m) => m.fr),
};

const CATALOG_WAIT_MS = 3_000;

const languageOf = (locale: string) => locale.split('-')[0]?.toLowerCase() ?? 'en';

/**
 * Loads `locale`'s catalog, if it has one and it is not here yet. The app awaits this before its
 * first render, so its first frame is already in the rep's language; a catalog that fails to load
 * leaves English.
 */
export async function loadCatalog(locale: string): Promise<void> {
  const language = languageOf(locale);
  const load = LOADERS[language];
  if (!load || CATALOGS[language]) return;
  try {
    // A chunk that stalls must not hold the page blank: after a few seconds the rep reads English.
    const loaded = await Promise.race([
      load(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), CATALOG_WAIT_MS)),
    ]);
    if (loaded) CATALOGS[language] = loaded;
  } catch {
    // Offline after the entry chunk arrived, or a deploy replaced the chunk: English still works.
  }
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `de-AT` → the `de` catalog; a language without one reads English. */
function catalogFor(locale: string): Catalog {
  return CATALOGS[languageOf(locale)] ?? en;
}

/** The words of `locale`'s catalog, filled in with the locale's numbers, lists and plurals. */
export function translator(locale: string): Translate {
  const catalog = catalogFor(locale);
  return (key, params = {}) => formatMessage(catalog[key], params, locale);
}

/** One speller per locale and catalog: every control's message and note goes through it. */
const spellers = new Map<string, { catalog: Catalog; speller: (message: string) => string }>();

/**
 * A validation message from the model (a phrase: code + parameters) in `locale`'s words; a
 * plain message (Lightfield's own) is shown as it came.
 */
export function validationSpeller(locale: string): (message: string) => string {
  const catalog = catalogFor(locale);
  const cached = spellers.get(locale);
  // A catalog loaded since (loadCatalog) makes a new speller; the old one spoke English.
  if (cached?.catalog === catalog) return cached.speller;
  const templates = Object.fromEntries(
    Object.keys(VALIDATION_EN).map((code) => [
      code,
      catalog[`validation.${code as ValidationCode}`],
    ]),
  ) as Record<ValidationCode, Catalog[MessageKey]>;
  const speller = (message: string) => spellMessage(message, locale, templates);
  spellers.set(locale, { catalog, speller });
  return speller;
}

/** The app's locale's words (browser language, or the embed/URL `locale` option). */
export const t: Translate = (key, params) => translator(appLocale())(key, params);

/** A model message in the app's locale (see validationSpeller). */
export const spell = (message: string): string => validationSpeller(appLocale())(message);
