import type { FieldCodec } from '../../../model/field-types/field-codec';
import { FIELD_CODECS } from '../../../model/field-types/field-codecs';
import type { FormDefinitions, FormField } from '../../../model/form-definitions';
import type { FormValues } from '../../../model/form-schema';
import type { WriteValue } from '../../../model/lightfield-types';
import { SHORTHANDS, type Prefill, type PrefillValue } from '../../../embed/embed-protocol';
import type { ControlName } from '../deal-form/form-types';

/** `name` → `fields.$name`, `$amount` → `fields.$amount`, `$account` → `relationships.$account`. */
export function controlNameFor(defs: FormDefinitions, key: string): ControlName | null {
  if (Object.hasOwn(SHORTHANDS, key)) return SHORTHANDS[key as keyof typeof SHORTHANDS];
  if (defs.fields.some((f) => f.key === key)) return `fields.${key}`;
  if (defs.relationships.some((r) => r.key === key)) return `relationships.${key}`;
  return null;
}

export function controlNamesFor(defs: FormDefinitions, keys: readonly string[]): Set<string> {
  return new Set(keys.map((k) => controlNameFor(defs, k)).filter((n): n is ControlName => !!n));
}

const LIST_TYPES = new Set(['MULTI_SELECT', 'EMAIL', 'TELEPHONE', 'URL']);

/** URL parameters are strings: turn them into the JSON a portal would have passed. */
function coerce(value: PrefillValue, field: FormField): unknown {
  if (typeof value !== 'string') return value;
  const t = field.valueType;
  if (t === 'CURRENCY' || t === 'NUMBER') return value.trim() === '' ? value : Number(value);
  if (t === 'CHECKBOX') return value === 'true' ? true : value === 'false' ? false : value;
  if (LIST_TYPES.has(t))
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return value;
}

/** Selects take an option id or, for people writing URLs by hand, its label. */
function optionIds(value: unknown, field: FormField): unknown {
  const toId = (v: unknown) =>
    typeof v === 'string'
      ? (field.options.find((o) => o.id === v || o.label.toLowerCase() === v.toLowerCase())?.id ??
        v)
      : v;
  if (field.valueType === 'SINGLE_SELECT') return toId(value);
  if (field.valueType === 'MULTI_SELECT' && Array.isArray(value)) return value.map(toId);
  return value;
}

export interface ResolvedPrefill {
  values: Array<[ControlName, unknown]>;
  /** Keys that name nothing on this form or carry a value Lightfield would refuse. */
  rejected: string[];
}

/**
 * A prefill as form values: each value is checked with its field's write schema, then shown
 * through the codec's `format` (so `12000` reads "12.000" in de-DE).
 */
export function resolvePrefill(
  defs: FormDefinitions,
  prefill: Prefill,
  locale: string,
): ResolvedPrefill {
  const values: Array<[ControlName, unknown]> = [];
  const rejected: string[] = [];
  for (const [key, raw] of Object.entries(prefill)) {
    const name = controlNameFor(defs, key);
    const fieldKey = name?.startsWith('fields.') ? name.slice('fields.'.length) : null;
    const field = fieldKey ? defs.fields.find((f) => f.key === fieldKey) : undefined;
    if (field) {
      // The registry is keyed by value type, so TypeScript cannot correlate field and codec.
      const codec = FIELD_CODECS[field.valueType] as unknown as FieldCodec<unknown, WriteValue>;
      const write = codec.schema(field).safeParse(optionIds(coerce(raw, field), field));
      if (write.success)
        values.push([name as ControlName, codec.format(write.data, field, locale)]);
      else rejected.push(key);
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

/** Form values with a prefill laid over them (a copy; `base` is untouched). */
export function withPrefill(base: FormValues, resolved: ResolvedPrefill): FormValues {
  const next: FormValues = {
    fields: { ...base.fields },
    relationships: { ...base.relationships },
  };
  for (const [name, value] of resolved.values) {
    const [group, key] = name.split(/\.(.*)/s) as ['fields' | 'relationships', string];
    (next[group] as Record<string, unknown>)[key] = value;
  }
  return next;
}
