import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { buildFormSchema, FormValues } from '../../../model/form-schema';
import type { CreateBody } from '../../../model/lightfield-types';

/**
 * react-hook-form's resolver for the form's schema. Every check is synchronous: async parsing
 * would only add a promise per field to each submit.
 *
 * The resolver is not told which controls are mounted: it uses those names only to put a field
 * array's own error under `root`, and this form has no field arrays, while matching each error
 * against each name compiles a regular expression per pair (600 for two errors in a 302-field
 * org).
 */
export function formResolver(
  schema: ReturnType<typeof buildFormSchema>,
): Resolver<FormValues, unknown, CreateBody> {
  // The schema's input is looser than FormValues (its transforms accept any value and parse
  // it), so its resolver accepts everything the form can hold; only the declared type differs.
  const resolve = zodResolver(schema, undefined, { mode: 'sync' }) as Resolver<
    FormValues,
    unknown,
    CreateBody
  >;
  return (values, context, options) => resolve(values, context, { ...options, names: [] });
}
