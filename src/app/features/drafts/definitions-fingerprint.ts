import type { FormDefinitions } from '../../../model/form-definitions';

/** A short stable id for a definitions payload (FNV-1a over its JSON); not for security. */
export function definitionsFingerprint(defs: FormDefinitions): string {
  const text = JSON.stringify(defs);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
