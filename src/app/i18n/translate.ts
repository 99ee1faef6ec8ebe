import type { MessageParams } from '../../model/messages/format-message';
import { formatMessage } from '../../model/messages/format-message';
import {
  spellMessage,
  VALIDATION_EN,
  type ValidationCode,
} from '../../model/messages/validation-phrases';
import { appLocale } from '../lib/locale';
import { de } from './messages-de';
import { en, type Catalog, type MessageKey } from './messages-en';
import { fr } from './messages-fr';

/** One catalog per language; a new language is one file here (docs/keyboard-and-languages.md). */
const CATALOGS: Record<string, Catalog> = { en, de, fr };

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `de-AT` → the `de` catalog; a language without one reads English. */
function catalogFor(locale: string): Catalog {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return CATALOGS[language] ?? en;
}

/** The words of `locale`'s catalog, filled in with the locale's numbers, lists and plurals. */
export function translator(locale: string): Translate {
  const catalog = catalogFor(locale);
  return (key, params = {}) => formatMessage(catalog[key], params, locale);
}

/**
 * A validation message from the model (a phrase: code + parameters) in `locale`'s words; a
 * plain message (Lightfield's own) is shown as it came.
 */
export function validationSpeller(locale: string): (message: string) => string {
  const catalog = catalogFor(locale);
  const templates = Object.fromEntries(
    Object.keys(VALIDATION_EN).map((code) => [
      code,
      catalog[`validation.${code as ValidationCode}`],
    ]),
  ) as Record<ValidationCode, Catalog[MessageKey]>;
  return (message) => spellMessage(message, locale, templates);
}

/** The app's locale's words (browser language, or the embed/URL `locale` option). */
export const t: Translate = (key, params) => translator(appLocale())(key, params);

/** A model message in the app's locale (see validationSpeller). */
export const spell = (message: string): string => validationSpeller(appLocale())(message);
