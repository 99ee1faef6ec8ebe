import { z } from 'zod/mini';
import type { Address } from '../lightfield-types';
import { defineCodec, invalid, parsed, trimmed, type FieldCodec } from './field-codec';
import { phrase } from '../messages/validation-phrases';

const ADDRESS_PARTS = ['street', 'street2', 'city', 'state', 'postalCode', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
export type AddressFormValue = Record<AddressPart, string>;

const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = phrase('chooseCountry');

const part = z.optional(z.nullable(z.string().check(z.maxLength(500))));

// Annotated: `format` reads `addressCodec.empty`, a self-reference inference cannot resolve.
export const addressCodec: FieldCodec<AddressFormValue, Address> = defineCodec({
  empty: () => ({ street: '', street2: '', city: '', state: '', postalCode: '', country: '' }),
  parse: (value) => {
    const out: Address = {};
    for (const key of ADDRESS_PARTS) {
      const text = trimmed(value?.[key]);
      if (text) out[key] = key === 'country' ? text.toUpperCase() : text;
    }
    if (out.country !== undefined && !COUNTRY.test(out.country ?? '')) {
      return invalid(COUNTRY_MESSAGE);
    }
    return parsed(Object.keys(out).length ? out : undefined);
  },
  format: (value) => {
    const out = addressCodec.empty({} as never);
    for (const key of ADDRESS_PARTS) out[key] = value[key] ?? '';
    return out;
  },
  // The spec closes the object: no keys beyond these (API.md §6).
  schema: () =>
    z.strictObject({
      street: part,
      street2: part,
      city: part,
      state: part,
      postalCode: part,
      country: z.optional(z.nullable(z.string().check(z.regex(COUNTRY, COUNTRY_MESSAGE)))),
      latitude: z.optional(z.nullable(z.number().check(z.gte(-90), z.lte(90)))),
      longitude: z.optional(z.nullable(z.number().check(z.gte(-180), z.lte(180)))),
    }),
});
