export const REDACTED = '[redacted]';

/** Replaces each secret (of a length worth looking for) wherever it occurs in a text. */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const needles = secrets.filter((s) => s.length >= 4);
  return (text) => needles.reduce((out, s) => out.replaceAll(s, REDACTED), text);
}
