// Constructing an Intl formatter costs about as much as rendering a whole field (it loads locale
// data); a 300-field form would build hundreds of identical ones. One per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A shared `Intl.NumberFormat`; throws as the constructor does (an unknown currency, say). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A shared `Intl.DisplayNames` falling back to English, or null where the runtime has none. */
export function displayNamesFor(locale: string, type: Intl.DisplayNamesType) {
  const key = `${locale}|${type}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type });
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  return names;
}
