import {
  fitDependents,
  parentOf,
  prefillDependent,
} from '../../../model/field-types/dependent-options';
import { codecFor } from '../../../model/field-types/field-codecs';
import type { FormDefinitions, FormField } from '../../../model/form-definitions';
import type { FormValues, ControlName } from '../../../model/form-schema';
import { SHORTHANDS, type Prefill } from '../../../embed/embed-protocol';

/** `name` → `fields.$name`, `$amount` → `fields.$amount`, `$account` → `relationships.$account`. */
function controlNameFor(defs: FormDefinitions, key: string): ControlName | null {
  if (Object.hasOwn(SHORTHANDS, key)) return SHORTHANDS[key as keyof typeof SHORTHANDS];
  if (defs.fields.some((f) => f.key === key)) return `fields.${key}`;
  if (defs.relationships.some((r) => r.key === key)) return `relationships.${key}`;
  return null;
}

export function controlNamesFor(defs: FormDefinitions, keys: readonly string[]): Set<string> {
  return new Set(keys.map((k) => controlNameFor(defs, k)).filter((n): n is ControlName => !!n));
}

export interface ResolvedPrefill {
  values: Array<[ControlName, unknown]>;
  /** Keys that name nothing on this form or carry a value Lightfield would refuse. */
  rejected: string[];
}

const fieldFor = (defs: FormDefinitions, name: ControlName | null): FormField | undefined => {
  const fieldKey = name?.startsWith('fields.') ? name.slice('fields.'.length) : null;
  return fieldKey ? defs.fields.find((f) => f.key === fieldKey) : undefined;
};

/**
 * A prefill as form values: each field's codec reads its value, a relationship takes ids. A
 * dependent select's value is read under its parent's value: the prefilled one, else the one
 * in `current` (the form's values it is laid over).
 */
export function resolvePrefill(
  defs: FormDefinitions,
  prefill: Prefill,
  locale: string,
  current: FormValues,
): ResolvedPrefill {
  const values: Array<[ControlName, unknown]> = [];
  const rejected: string[] = [];
  const entries = Object.entries(prefill).map(([key, raw]) => {
    const name = controlNameFor(defs, key);
    return { key, raw, name, field: fieldFor(defs, name) };
  });
  const parentValue = (parent: FormField): unknown => {
    const entry = entries.find((e) => e.field === parent);
    const prefilled = entry && codecFor(parent).prefill(entry.raw, parent, locale);
    return prefilled ?? current.fields[parent.key];
  };
  for (const { key, raw, name, field } of entries) {
    if (field) {
      const parent = parentOf(defs, field);
      const value = parent
        ? prefillDependent(field, parent, raw, parentValue(parent), locale)
        : codecFor(field).prefill(raw, field, locale);
      if (value === null) rejected.push(key);
      else values.push([name as ControlName, value]);
      continue;
    }
    const relKey = name?.startsWith('relationships.') ? name.slice('relationships.'.length) : null;
    const rel = relKey ? defs.relationships.find((r) => r.key === relKey) : undefined;
    if (!rel || !name) {
      rejected.push(key);
      continue;
    }
    const ids = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [])
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length === 0) rejected.push(key);
    else values.push([name, rel.cardinality === 'HAS_MANY' ? ids : ids[0]]);
  }
  return { values, rejected };
}

/**
 * Form values with a prefill laid over them (a copy; `base` is untouched). A dependent value
 * the result's parent does not take is left out: a prefilled pipeline over a draft's stage.
 */
export function withPrefill(
  defs: FormDefinitions,
  base: FormValues,
  resolved: ResolvedPrefill,
): FormValues {
  const next: FormValues = {
    fields: { ...base.fields },
    relationships: { ...base.relationships },
  };
  for (const [name, value] of resolved.values) {
    const [group, key] = name.split(/\.(.*)/s) as ['fields' | 'relationships', string];
    (next[group] as Record<string, unknown>)[key] = value;
  }
  return fitDependents(defs, next).values;
}
