/** The rep's locale, which decides how typed numbers are read ("1.250,50" in de-DE). */
export function appLocale(): string {
  const candidate = typeof navigator === 'undefined' ? undefined : navigator.language;
  if (!candidate) return 'en-US';
  try {
    // An odd browser setting must not break number parsing for the whole form.
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
