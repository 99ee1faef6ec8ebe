// Set once at start-up from the embed `locale` option; wins over the browser's language.
let override: string | null = null;

export function overrideLocale(locale: string | null): void {
  override = locale;
}

/** The rep's locale, which decides how typed numbers are read ("1.250,50" in de-DE). */
export function appLocale(): string {
  if (override) return override;
  const candidate = typeof navigator === 'undefined' ? undefined : navigator.language;
  if (!candidate) return 'en-US';
  try {
    // An odd browser setting must not break number parsing for the whole form.
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
