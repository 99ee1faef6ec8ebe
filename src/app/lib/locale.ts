// Set once at start-up from the embed `locale` option; wins over the browser's language.
let override: string | null = null;

export function overrideLocale(locale: string | null): void {
  override = locale;
}

// The last browser language read and what it canonicalised to: the app asks for its locale on
// every translated word, and the answer only changes with the browser's setting.
let canonical: { from: string; locale: string } | null = null;

/** The rep's locale, which decides how typed numbers are read ("1.250,50" in de-DE). */
export function appLocale(): string {
  if (override) return override;
  const candidate = typeof navigator === 'undefined' ? undefined : navigator.language;
  if (!candidate) return 'en-US';
  if (canonical?.from === candidate) return canonical.locale;
  let locale = 'en-US';
  try {
    // An odd browser setting must not break number parsing for the whole form.
    locale = Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
  } catch {
    // Keep en-US.
  }
  canonical = { from: candidate, locale };
  return locale;
}
