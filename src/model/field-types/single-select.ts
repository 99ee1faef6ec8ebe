import { z } from 'zod/mini';
import { defineCodec, parsed } from './field-codec';
import { optionIds, toOptionId } from './select-options';
import { phrase } from '../messages/validation-phrases';

// Option ids differ per org and labels can be ambiguous, so only ids are ever sent (API.md §6).
export const singleSelectCodec = defineCodec<string, string>({
  empty: () => '',
  parse: (value) => parsed(typeof value === 'string' && value !== '' ? value : undefined),
  format: (value) => value,
  schema: (field) => {
    const ids = optionIds(field);
    return z
      .string(phrase('chooseOption'))
      .check(z.refine((id) => ids.has(id), phrase('chooseListedOption')));
  },
  readPrefill: toOptionId,
  // An option removed since the draft was saved would be refused on create.
  fitsDraft: (saved, field) => saved === '' || optionIds(field).has(saved),
  keepOptions: (value, keep) =>
    value !== '' && !keep(value) ? { value: '', dropped: [value] } : { value, dropped: [] },
});
