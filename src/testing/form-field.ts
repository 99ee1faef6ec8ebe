import type { FormField } from '../model/form-definitions';

/** A field definition: a plain optional TEXT field, but for what `patch` says. */
export const formField = (patch: Partial<FormField> = {}): FormField => ({
  key: 'k',
  label: 'K',
  description: null,
  valueType: 'TEXT',
  required: false,
  options: [],
  currency: null,
  multipleValues: false,
  handleService: null,
  ...patch,
});
