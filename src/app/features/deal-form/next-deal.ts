import { dependencies } from '../../../model/field-types/dependent-options';
import type { FormDefinitions } from '../../../model/form-definitions';
import type { FormValues } from '../../../model/form-schema';
import { ACCOUNT_RELATIONSHIP_KEY, OWNER_RELATIONSHIP_KEY } from '../../../model/lightfield-types';

/** What "Another for <account>" carries over: who the deal is for and where it sits. */
const KEPT_RELATIONSHIPS = [ACCOUNT_RELATIONSHIP_KEY, OWNER_RELATIONSHIP_KEY];
const KEPT_FIELDS = ['$pipeline'];

/**
 * The next deal's starting values after `previous` was created: the form's empty values (a
 * portal's prefill included) with Account, Owner, the pipeline and the fields that depend on it
 * (its stage) taken from the deal just created.
 */
export function nextDealValues(
  defs: FormDefinitions,
  previous: FormValues,
  empty: FormValues,
): FormValues {
  const fieldKeys = new Set(KEPT_FIELDS);
  for (const { field, parent } of dependencies(defs)) {
    if (fieldKeys.has(parent.key)) fieldKeys.add(field.key);
  }
  const fields = { ...empty.fields };
  for (const key of fieldKeys) {
    const value = previous.fields[key];
    if (key in fields && value !== undefined) fields[key] = value;
  }
  const relationships = { ...empty.relationships };
  for (const key of KEPT_RELATIONSHIPS) {
    const value = previous.relationships[key];
    if (key in relationships && value !== undefined) relationships[key] = value;
  }
  return { fields, relationships };
}
