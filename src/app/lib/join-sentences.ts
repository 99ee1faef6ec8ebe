/**
 * Help text assembled from several sources (the field's description, format hints). A lone part
 * is shown as written; several are punctuated as sentences so they read apart.
 */
export function joinSentences(parts: (string | null | undefined)[]): string {
  const texts = parts.map((s) => s?.trim() ?? '').filter(Boolean);
  if (texts.length < 2) return texts[0] ?? '';
  return texts.map((s) => (/[.!?…]$/.test(s) ? s : `${s}.`)).join(' ');
}
