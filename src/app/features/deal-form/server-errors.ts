import type { ControlName } from '../../../model/form-schema';

export interface MappedServerErrors {
  /** Messages for controls on the form, keyed by control name. */
  controls: [ControlName, string][];
  /** Messages about keys the form does not show (for the summary). */
  other: string[];
}

/**
 * Matches the BFF's `error.fields` to controls. Lightfield's own examples drop the `$` of system
 * keys at times (`fields.name` for `$name`, API.md §9), so both spellings are tried.
 */
export function mapServerErrors(
  fields: Record<string, string>,
  known: ReadonlySet<string>,
): MappedServerErrors {
  const controls: [ControlName, string][] = [];
  const other: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const [group, ...rest] = key.split('.');
    const bare = rest.join('.');
    const candidates = [key, `${group}.$${bare}`, `${group}.${bare.replace(/^\$/, '')}`];
    const match = candidates.find((c) => known.has(c));
    if (match) controls.push([match as ControlName, message]);
    else other.push(message);
  }
  return { controls, other };
}
