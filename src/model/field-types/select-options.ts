import type { FormField } from '../form-definitions';

export const optionIds = (field: FormField): Set<string> => new Set(field.options.map((o) => o.id));

/** An option id, or for people writing URLs by hand its label (in any case), as the option's id. */
export function toOptionId(value: unknown, field: FormField): unknown {
  if (typeof value !== 'string') return value;
  const label = value.toLowerCase();
  return field.options.find((o) => o.id === value || o.label.toLowerCase() === label)?.id ?? value;
}
