import { appLocale } from '../lib/locale';
import { de } from './messages-de';
import { en, type MessageKey } from './messages-en';

const CATALOGS: Record<string, Partial<Record<MessageKey, string>>> = { en, de };

/** `de-AT` → the `de` catalog; anything without a catalog reads English. */
export function translator(locale: string): (key: MessageKey) => string {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  const catalog = CATALOGS[language] ?? en;
  return (key) => catalog[key] ?? en[key];
}

/** The catalog of the app's locale (browser language, or the embed `locale` option). */
export const t = (key: MessageKey): string => translator(appLocale())(key);
