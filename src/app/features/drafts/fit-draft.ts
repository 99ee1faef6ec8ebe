import { fitDependents } from '../../../model/field-types/dependent-options';
import { codecFor } from '../../../model/field-types/field-codecs';
import type { FormDefinitions } from '../../../model/form-definitions';
import { emptyFormValues, type FormValues } from '../../../model/form-schema';

export interface FittedDraft {
  values: FormValues;
  /** Labels of the controls whose saved value was dropped. */
  dropped: string[];
}

const isBlank = (value: unknown, empty: unknown) => JSON.stringify(value) === JSON.stringify(empty);

/**
 * Lays a saved draft over the current definitions. Anything that no longer fits — a removed
 * field or option, a changed value type or cardinality, a stage outside the draft's pipeline —
 * is dropped and named, never sent.
 */
export function fitDraft(defs: FormDefinitions, saved: FormValues): FittedDraft {
  const values = emptyFormValues(defs);
  const dropped: string[] = [];
  const usedFields = new Set<string>();
  for (const field of defs.fields) {
    const empty = values.fields[field.key];
    if (empty === undefined || !(field.key in saved.fields)) continue;
    usedFields.add(field.key);
    const raw = saved.fields[field.key];
    if (isBlank(raw, empty)) continue;
    const fitted = codecFor(field).fitDraft(raw, field);
    if (fitted === null) dropped.push(field.label);
    else values.fields[field.key] = fitted;
  }
  const usedRelationships = new Set<string>();
  for (const rel of defs.relationships) {
    if (!(rel.key in saved.relationships)) continue;
    usedRelationships.add(rel.key);
    const raw = saved.relationships[rel.key];
    const many = rel.cardinality === 'HAS_MANY';
    if (raw === '' || (Array.isArray(raw) && raw.length === 0)) continue;
    const fits = many
      ? Array.isArray(raw) && raw.every((v) => typeof v === 'string')
      : typeof raw === 'string';
    if (fits && raw !== undefined) values.relationships[rel.key] = raw;
    else dropped.push(rel.label);
  }
  // Values for controls the form no longer has: the rep typed them, so say they are gone.
  for (const [key, raw] of Object.entries(saved.fields)) {
    if (!usedFields.has(key) && !isBlank(raw, '') && !isBlank(raw, [''])) {
      if (raw !== false && !(Array.isArray(raw) && raw.length === 0)) dropped.push(key);
    }
  }
  for (const [key, raw] of Object.entries(saved.relationships)) {
    if (!usedRelationships.has(key) && raw !== '' && !(Array.isArray(raw) && raw.length === 0)) {
      dropped.push(key);
    }
  }
  // The Follow-up text is the rep's own, not Lightfield's fields: kept as typed.
  const followUp = saved.followUp;
  if (followUp && typeof followUp === 'object') {
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    values.followUp = {
      nextStep: text(followUp.nextStep),
      nextStepDue: text(followUp.nextStepDue),
      note: text(followUp.note),
    };
  }
  const underParents = fitDependents(defs, values);
  dropped.push(...underParents.cleared.map((c) => c.label));
  return { values: underParents.values, dropped };
}
