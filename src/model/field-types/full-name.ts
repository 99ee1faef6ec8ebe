import { z } from 'zod/mini';
import type { FullName } from '../lightfield-types';
import { defineCodec, parsed, trimmed } from './field-codec';

export interface FullNameFormValue {
  firstName: string;
  lastName: string;
}

const part = z.optional(z.nullable(z.string().check(z.maxLength(500))));

export const fullNameCodec = defineCodec<FullNameFormValue, FullName>({
  empty: () => ({ firstName: '', lastName: '' }),
  parse: (value) => {
    const firstName = trimmed(value?.firstName);
    const lastName = trimmed(value?.lastName);
    if (!firstName && !lastName) return parsed(undefined);
    return parsed({ ...(firstName && { firstName }), ...(lastName && { lastName }) });
  },
  format: (value) => ({ firstName: value.firstName ?? '', lastName: value.lastName ?? '' }),
  schema: () => z.strictObject({ firstName: part, lastName: part }),
});
