import { zodResolver } from '@hookform/resolvers/zod';
import { get, type FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { toFormDefinitions } from '../../../model/form-definitions';
import { buildFormSchema, emptyFormValues, type FormValues } from '../../../model/form-schema';
import { sampleRawDefinitions } from '../../../model/test-support/sample-definitions';
import { fieldErrorMessage } from './field-error-message';
import { formResolver } from './form-resolver';

const defs = toFormDefinitions(sampleRawDefinitions);
const schema = buildFormSchema(defs, 'en-US');
const controlNames = [
  ...defs.fields.map((f) => `fields.${f.key}`),
  ...defs.relationships.map((r) => `relationships.${r.key}`),
];
// What react-hook-form passes once every control is mounted.
const options = {
  fields: {},
  names: controlNames as never,
  shouldUseNativeValidation: false,
  criteriaMode: 'firstError' as const,
};

function invalidValues(): FormValues {
  const values = emptyFormValues(defs);
  values.fields.ccEmails = ['a@globex.example', 'not an email'];
  values.fields.site = {
    street: '1 Main St',
    street2: '',
    city: '',
    state: '',
    postalCode: '',
    country: 'USA',
  };
  return values;
}

describe('formResolver', () => {
  it('reports one message per control, keyed like the controls', async () => {
    const { errors } = await formResolver(schema)(invalidValues(), undefined, options);
    const message = (name: string) =>
      fieldErrorMessage(get(errors as FieldErrors<FormValues>, name));

    expect(message('fields.$name')).toBe('Name is required');
    expect(message('fields.$stage')).toMatch(/Stage/);
    expect(message('fields.ccEmails')).toMatch(/email/i);
    expect(message('fields.site')).toMatch(/country/i);
    expect(message('fields.billingEmail')).toBeUndefined();
  });

  it('gives the same errors as the plain zod resolver told every mounted name', async () => {
    const plain = zodResolver(schema, undefined, { mode: 'sync' });
    const ours = await formResolver(schema)(invalidValues(), undefined, options);
    const reference = await plain(invalidValues(), undefined, options);
    expect(ours).toEqual(reference);
  });

  it('returns the create body for valid values', async () => {
    const values = emptyFormValues(defs);
    values.fields.$name = 'Globex – Rollout';
    values.fields.$stage = defs.fields.find((f) => f.key === '$stage')?.options[0]?.id ?? '';
    values.relationships.$account = 'acc_1';
    const result = await formResolver(schema)(values, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({
      fields: { $name: 'Globex – Rollout' },
      relationships: { $account: 'acc_1' },
    });
  });
});
