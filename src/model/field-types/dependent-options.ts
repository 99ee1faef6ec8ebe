import type { FormDefinitions, FormField } from '../form-definitions';
import type { FieldFormValue } from './field-codecs';
import { codecFor } from './field-codecs';
import { phrase } from '../messages/validation-phrases';

// Dependent selects (API.md §5, §19): a field whose definition names a `parentFieldKey` offers
// only the options whose `parentId` is the parent's current value. Lightfield's pipelines are
// one case ($stage under $pipeline); nothing here knows their keys.

/** Form values as the form holds them (form-schema.ts's FormValues, without importing it). */
interface Values {
  fields: Record<string, FieldFormValue>;
}

/**
 * Whether `field` can take its options from `parent`: the parent is one choice (a single
 * select), and the field has options it can narrow down.
 */
export function canDependOn(field: FormField, parent: FormField): boolean {
  return (
    parent !== field &&
    parent.valueType === 'SINGLE_SELECT' &&
    parent.options.length > 0 &&
    codecFor(field).keepOptions !== undefined
  );
}

/** The field `field` depends on, or null for an independent field. */
export function parentOf(defs: FormDefinitions, field: FormField): FormField | null {
  if (field.parentFieldKey === undefined) return null;
  return defs.fields.find((f) => f.key === field.parentFieldKey) ?? null;
}

/** Every dependent field of `defs` with its parent, in definitions order. */
export function dependencies(defs: FormDefinitions): { field: FormField; parent: FormField }[] {
  return defs.fields.flatMap((field) => {
    const parent = parentOf(defs, field);
    return parent ? [{ field, parent }] : [];
  });
}

/**
 * The parent value that decides a dependent's options: the parent's own value, else its first
 * option, the org's default (the pipeline Lightfield applies when none is sent, API.md §19).
 */
function decidingValue(parent: FormField, value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : (parent.options[0]?.id ?? null);
}

const optionLabel = (field: FormField, id: string | null) =>
  field.options.find((o) => o.id === id)?.label ?? id ?? '';

/** `field` as offered while its parent holds `parentValue`: only that value's options. */
export function underParent(field: FormField, parent: FormField, parentValue: unknown): FormField {
  const decided = decidingValue(parent, parentValue);
  return { ...field, options: field.options.filter((o) => o.parentId === decided) };
}

/** Help text for a dependent control: whose options it lists. */
export function underParentNote(field: FormField, parent: FormField, parentValue: unknown) {
  const decided = optionLabel(parent, decidingValue(parent, parentValue));
  return phrase('dependentOptions', { field: field.label, parent: parent.label, value: decided });
}

/** Why the option ids `dropped` do not fit: their labels, and the parent value they miss. */
function notUnder(field: FormField, parent: FormField, parentValue: unknown, dropped: string[]) {
  return {
    options: dropped.map((id) => `“${optionLabel(field, id)}”`),
    count: dropped.length,
    parent: parent.label,
    value: optionLabel(parent, decidingValue(parent, parentValue)),
  };
}

/** What keeping a dependent's value under its parent took out. */
export interface ClearedDependent {
  key: string;
  label: string;
  /** Tells the rep why: "Cleared “Pilot”: it is not in Sales pipeline “Renewals”". */
  message: string;
}

/**
 * `values` with each dependent field keeping only the options under its parent's value (or the
 * parent's default when it has none), and what was cleared. `values` itself is not changed.
 */
export function fitDependents<V extends Values>(
  defs: FormDefinitions,
  values: V,
): { values: V; cleared: ClearedDependent[] } {
  let fields = values.fields;
  const cleared: ClearedDependent[] = [];
  for (const { field, parent } of dependencies(defs)) {
    const keep = codecFor(field).keepOptions;
    const value = fields[field.key];
    if (!keep || value === undefined) continue;
    const parentValue = fields[parent.key];
    const allowed = new Set(underParent(field, parent, parentValue).options.map((o) => o.id));
    const kept = keep(value, (id) => allowed.has(id));
    if (kept.dropped.length === 0) continue;
    fields = { ...fields, [field.key]: kept.value };
    cleared.push({
      key: field.key,
      label: field.label,
      message: phrase('clearedUnderParent', notUnder(field, parent, parentValue, kept.dropped)),
    });
  }
  return { values: fields === values.fields ? values : { ...values, fields }, cleared };
}

/**
 * The pair check of a create body's fields, for the form's schema and the BFF's alike: each
 * dependent value must belong under the parent value sent, or under the parent's default when
 * none is sent. Values their own field's schema refuses are left to that schema.
 */
export function dependentIssues(
  defs: FormDefinitions,
  fields: Record<string, unknown>,
): { key: string; message: string }[] {
  const issues: { key: string; message: string }[] = [];
  for (const { field, parent } of dependencies(defs)) {
    const codec = codecFor(field);
    const value = fields[field.key];
    const parentValue = fields[parent.key];
    if (value === undefined || !codec.keepOptions || !codec.schema(field).safeParse(value).success)
      continue;
    if (
      parentValue !== undefined &&
      !codecFor(parent).schema(parent).safeParse(parentValue).success
    )
      continue;
    const allowed = new Set(underParent(field, parent, parentValue).options.map((o) => o.id));
    // The schema accepted it, so it has the shape of this field's form value.
    const { dropped } = codec.keepOptions(value as FieldFormValue, (id) => allowed.has(id));
    if (dropped.length > 0) {
      const message = phrase('notUnderParent', notUnder(field, parent, parentValue, dropped));
      issues.push({ key: field.key, message });
    }
  }
  return issues;
}

/**
 * A portal's prefill of a dependent field, read under the parent value `parentValue` (the
 * prefilled one, else the form's): an option id or label of another parent value is refused.
 * With no parent value at all, a label that several parent values share is refused, not guessed.
 */
export function prefillDependent(
  field: FormField,
  parent: FormField,
  raw: unknown,
  parentValue: unknown,
  locale: string,
): FieldFormValue | null {
  const codec = codecFor(field);
  const under = (value: unknown) => codec.prefill(raw, underParent(field, parent, value), locale);
  if (typeof parentValue === 'string' && parentValue !== '') return under(parentValue);
  const accepting = parent.options.filter((option) => under(option.id) !== null);
  return accepting.length > 1 ? null : under('');
}

/**
 * `fields` in the order to show them: each parent right before the first of its dependents,
 * the rest as given. A parent not in `fields` is fetched from `defs`, so a required dependent
 * brings its optional parent along, unless it is among `placed` (shown earlier already).
 */
export function parentsFirst(
  defs: FormDefinitions,
  fields: readonly FormField[],
  placed: readonly FormField[] = [],
): FormField[] {
  const out: FormField[] = [];
  for (const field of fields) {
    const parent = parentOf(defs, field);
    if (parent && !out.includes(parent) && !placed.includes(parent)) out.push(parent);
    if (!out.includes(field)) out.push(field);
  }
  return out;
}

/** The values of an untouched form: a parent starts at its default, so its choice shows. */
export function withDefaultParents<V extends Values>(defs: FormDefinitions, values: V): V {
  const fields = { ...values.fields };
  for (const { parent } of dependencies(defs)) {
    const start = decidingValue(parent, fields[parent.key]);
    if (start !== null) fields[parent.key] = start;
  }
  return { ...values, fields };
}
