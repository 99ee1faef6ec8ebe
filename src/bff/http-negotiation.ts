/** The content codings the BFF sends: br and gzip where a variant exists, else none. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/** RFC 9110 If-None-Match: a list of (possibly weak) tags, or `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === etag);
}

/** The smallest weight a client can give (q has three decimals). */
const IDENTITY_UNNAMED = 0.001;

/** Each coding the client named with its weight; an entry whose weight cannot be read is dropped. */
function weights(acceptEncoding: string): Map<string, number> {
  const named = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawCoding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!rawCoding) continue;
    // RFC 9110 §8.4.1.3: x-gzip is gzip.
    const coding = rawCoding === 'x-gzip' ? 'gzip' : rawCoding;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q < 0 || q > 1) continue;
    named.set(coding, Math.max(q, named.get(coding) ?? 0));
  }
  return named;
}

/**
 * RFC 9110 §12.5.3: the coding among `available` (and identity) the client weights highest,
 * ties going to the earlier one in `available`, identity last. A client that sends no
 * Accept-Encoding gets identity: it may be a script or a proxy that cannot decode. When the
 * client refuses everything on offer, identity is sent anyway, which the RFC allows, rather
 * than a 406 that no browser would show usefully.
 */
export function pickCoding(
  acceptEncoding: string | undefined,
  available: readonly Exclude<ContentCoding, 'identity'>[],
): ContentCoding {
  if (acceptEncoding === undefined) return 'identity';
  const named = weights(acceptEncoding);
  const any = named.get('*');
  // Identity is acceptable unless refused by name or by `*;q=0` (with no entry of its own), but
  // a client that names codings wants one of them: unnamed, identity comes last.
  const weightOf = (coding: ContentCoding) =>
    named.get(coding) ?? any ?? (coding === 'identity' ? IDENTITY_UNNAMED : 0);
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of [...available, 'identity'] as const) {
    const weight = weightOf(coding);
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}
