import { numberFormat } from '../intl-cache';

/**
 * A message with its plural forms: `count` names the numeric parameter that picks the form,
 * through `Intl.PluralRules` (French says "1 champ" and "0 champ"; English "0 fields").
 */
type PluralTemplate = { count: string; other: string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>
>;

/** `{name}` placeholders are filled from the parameters. */
export type Template = string | PluralTemplate;

/** A number is formatted for the locale, a list joined as the locale joins lists ("a, b and c"). */
export type MessageParams = Record<string, string | number | readonly string[]>;

const cached = <T>(make: (locale: string) => T) => {
  const made = new Map<string, T>();
  return (locale: string): T => {
    let value = made.get(locale);
    if (!value) made.set(locale, (value = make(locale)));
    return value;
  };
};
const plurals = cached((locale) => new Intl.PluralRules(locale));
const lists = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

function pickForm(template: Template, params: MessageParams, locale: string): string {
  if (typeof template === 'string') return template;
  const count = Number(params[template.count]);
  const rule = Number.isFinite(count) ? plurals(locale).select(count) : 'other';
  return template[rule] ?? template.other;
}

/** `template` in `locale`, its placeholders filled; an unknown placeholder is left as written. */
export function formatMessage(template: Template, params: MessageParams, locale: string): string {
  return pickForm(template, params, locale).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return numberFormat(locale).format(value);
    if (typeof value === 'string') return value;
    return lists(locale).format(value);
  });
}
