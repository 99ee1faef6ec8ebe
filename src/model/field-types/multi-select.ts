import { z } from 'zod/mini';
import { defineCodec, parsed } from './field-codec';
import { commaList } from './list-values';
import { optionIds, toOptionId } from './select-options';
import { phrase } from '../messages/validation-phrases';

export const multiSelectCodec = defineCodec<string[], string[]>({
  empty: () => [],
  parse: (value) => {
    const ids = Array.isArray(value) ? [...new Set(value.filter((v) => v !== ''))] : [];
    return parsed(ids.length ? ids : undefined);
  },
  format: (value) => [...value],
  schema: (field) => {
    const ids = optionIds(field);
    return z.array(z.string()).check(
      z.minLength(1, phrase('chooseAtLeastOne')),
      z.refine((v) => v.every((id) => ids.has(id)), phrase('chooseOnlyListed')),
    );
  },
  readPrefill: (raw, field) => {
    const list = commaList(raw);
    return Array.isArray(list) ? list.map((v) => toOptionId(v, field)) : list;
  },
  // An option removed since the draft was saved would be refused on create.
  fitsDraft: (saved, field) => {
    const ids = optionIds(field);
    return saved.every((id) => ids.has(id));
  },
  keepOptions: (value, keep) => {
    const dropped = value.filter((id) => !keep(id));
    return { value: dropped.length ? value.filter(keep) : value, dropped };
  },
});
