// Deterministic, opaque-looking IDs: the same key always yields the same ID, so seed data and
// test constants stay stable no matter in which order records are built.

function fnv1a(input: string, offsetBasis: number): number {
  let hash = offsetBasis >>> 0;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function stableId(prefix: string, key: string): string {
  const high = fnv1a(key, 0x811c9dc5).toString(36).padStart(7, '0');
  const low = fnv1a(`${key}\u0000`, 0x9e3779b9).toString(36).padStart(7, '0');
  return `${prefix}_${high}${low}`;
}
