import { describe, expect, it, vi } from 'vitest';
import { FIELD_CODECS } from './field-types/field-codecs';
import { toFormDefinitions } from './form-definitions';
import {
  buildCreateBodySchema,
  buildFormSchema,
  emptyFormValues,
  fieldErrorsFromIssues,
  sameFormValue,
  type FormValues,
} from './form-schema';
import { pipelineRawDefinitions, sampleRawDefinitions } from '../testing/sample-definitions';

const defs = toFormDefinitions(sampleRawDefinitions);

function filled(patch: {
  fields?: Partial<FormValues['fields']>;
  relationships?: Partial<FormValues['relationships']>;
}): FormValues {
  const base = emptyFormValues(defs);
  return {
    fields: { ...base.fields, ...patch.fields } as FormValues['fields'],
    relationships: { ...base.relationships, ...patch.relationships } as FormValues['relationships'],
  };
}

describe('buildFormSchema', () => {
  const schema = buildFormSchema(defs, 'en-US');

  it('turns a complete form into exactly the create body, omitting empty fields', () => {
    const result = schema.safeParse(
      filled({
        fields: {
          $name: '  Globex – Rollout ',
          $stage: 'opt_propose',
          $amount: '$1,250,000.50',
          seats: '120',
          closeDate: '2026-12-15',
          pilot: true,
          modules: ['opt_core', 'opt_api'],
          billingEmail: ['ap@globex.example'],
          ccEmails: ['a@globex.example', '', 'b@globex.example'],
          phones: ['+1 (415) 555-0123 x12'],
          site: {
            street: '1 Main St',
            street2: '',
            city: 'Springfield',
            state: '',
            postalCode: '',
            country: 'us',
          },
          sponsor: { firstName: 'Hank', lastName: '' },
          sponsorLinkedIn: '@hank-scorpio',
        },
        relationships: { $account: 'acc_1', $owner: '', partners: ['acc_2'] },
      }),
    );
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual({
      fields: {
        $name: 'Globex – Rollout',
        $stage: 'opt_propose',
        $amount: 1250000.5,
        seats: 120,
        closeDate: '2026-12-15T17:00:00+01:00',
        pilot: true,
        modules: ['opt_core', 'opt_api'],
        billingEmail: 'ap@globex.example',
        ccEmails: ['a@globex.example', 'b@globex.example'],
        phones: ['+14155550123;ext=12'],
        site: { street: '1 Main St', city: 'Springfield', country: 'US' },
        sponsor: { firstName: 'Hank' },
        sponsorLinkedIn: 'https://www.linkedin.com/in/hank-scorpio',
      },
      relationships: { $account: 'acc_1', partners: ['acc_2'] },
    });
  });

  it('reports required fields by label, keyed like Lightfield params', () => {
    const result = schema.safeParse(emptyFormValues(defs));
    expect(result.success).toBe(false);
    expect(fieldErrorsFromIssues(result.error?.issues ?? [])).toEqual({
      'fields.$name': 'Name is required',
      'fields.$stage': 'Stage is required',
      'relationships.$account': 'Account is required',
    });
  });

  it('reports unparseable values on their control', () => {
    const result = schema.safeParse(
      filled({
        fields: {
          $name: 'x',
          $stage: 'opt_qualify',
          seats: '1.2.3',
          billingEmail: ['nope'],
          phones: ['12'],
        },
        relationships: { $account: 'acc_1' },
      }),
    );
    expect(fieldErrorsFromIssues(result.error?.issues ?? [])).toEqual({
      'fields.seats': 'Enter a number',
      'fields.billingEmail': 'Enter a valid email address, like name@example.com',
      'fields.phones': 'Enter a phone number, like +1 415 555 0123',
    });
  });

  it('re-checks only the controls whose value changed, with the same issues and paths', () => {
    const fresh = buildFormSchema(defs, 'en-US');
    const parseNumber = vi.spyOn(FIELD_CODECS.NUMBER, 'parse');
    const invalid = filled({
      fields: {
        $name: 'x',
        $stage: 'opt_qualify',
        seats: '1.2.3',
        ccEmails: ['a@b.example', 'no'],
      },
      relationships: { $account: 'acc_1' },
    });
    const first = fresh.safeParse(invalid);
    const calls = parseNumber.mock.calls.length;
    expect(calls).toBeGreaterThan(0);

    // The same values again: nothing re-parsed, the same errors, each path prefixed once.
    const again = fresh.safeParse({ ...invalid, fields: { ...invalid.fields } });
    expect(parseNumber.mock.calls.length).toBe(calls);
    expect(again.error?.issues).toEqual(first.error?.issues);
    expect(again.error?.issues.map((i) => i.path)).toEqual([
      ['fields', 'seats'],
      ['fields', 'ccEmails'],
    ]);

    // One control changed: only it is parsed again, and its value now passes.
    const fixed = fresh.safeParse({ ...invalid, fields: { ...invalid.fields, seats: '12' } });
    expect(parseNumber.mock.calls.length).toBe(calls + 1);
    expect(fieldErrorsFromIssues(fixed.error?.issues ?? [])).toEqual({
      'fields.ccEmails': 'Enter a valid email address, like name@example.com',
    });
    parseNumber.mockRestore();
  });

  it('knows an unchanged list or composite value in a deep copy, and a changed one', () => {
    const fresh = buildFormSchema(defs, 'en-US');
    const parseEmails = vi.spyOn(FIELD_CODECS.EMAIL, 'parse');
    const values = filled({
      fields: { $name: 'x', $stage: 'opt_qualify', ccEmails: ['a@b.example', 'no'] },
      relationships: { $account: 'acc_1' },
    });
    const first = fresh.safeParse(values);
    const calls = parseEmails.mock.calls.length;

    // A deep copy, as react-hook-form hands the resolver on submit: nothing parsed again.
    const again = fresh.safeParse(structuredClone(values));
    expect(parseEmails.mock.calls.length).toBe(calls);
    expect(again.error?.issues).toEqual(first.error?.issues);

    // The second address fixed: the list is parsed again, and passes.
    const fixed = fresh.safeParse({
      ...values,
      fields: { ...values.fields, ccEmails: ['a@b.example', 'c@d.example'] },
    });
    expect(parseEmails.mock.calls.length).toBe(calls + 1);
    expect(fixed.success).toBe(true);
    parseEmails.mockRestore();
  });

  it('compares form values by content', () => {
    expect(sameFormValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameFormValue(['a', 'b'], ['a'])).toBe(false);
    expect(sameFormValue(['a'], { 0: 'a' })).toBe(false);
    expect(
      sameFormValue({ firstName: 'Ada', lastName: '' }, { firstName: 'Ada', lastName: '' }),
    ).toBe(true);
    expect(sameFormValue({ firstName: 'Ada', lastName: '' }, { firstName: 'Ada' })).toBe(false);
    expect(sameFormValue({ city: 'Oslo', state: '' }, { city: 'Oslo', country: '' })).toBe(false);
    expect(sameFormValue('', null)).toBe(false);
    expect(sameFormValue(NaN, NaN)).toBe(true);
  });

  it('parses numbers in the rep’s locale', () => {
    const de = buildFormSchema(defs, 'de-DE');
    const result = de.safeParse(
      filled({
        fields: { $name: 'x', $stage: 'opt_qualify', $amount: '1.250.000,50' },
        relationships: { $account: 'a' },
      }),
    );
    expect(result.data?.fields.$amount).toBe(1250000.5);
  });
});

describe('buildCreateBodySchema (the BFF boundary)', () => {
  const schema = buildCreateBodySchema(defs);
  const valid = {
    fields: { $name: 'Deal', $stage: 'opt_qualify' },
    relationships: { $account: 'acc_1' },
  };

  it('accepts what the form produces', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it('rejects unknown and read-only keys, naming them', () => {
    const result = schema.safeParse({
      fields: { ...valid.fields, $opportunityStatus: 'opt_open', bogus: 1 },
      relationships: { ...valid.relationships, $task: ['t'] },
    });
    expect(fieldErrorsFromIssues(result.error?.issues ?? [])).toEqual({
      'fields.$opportunityStatus': 'This form has no field “$opportunityStatus”',
      'fields.bogus': 'This form has no field “bogus”',
      'relationships.$task': 'This form has no relationship “$task”',
    });
  });

  it('rejects missing required values and wrong write formats', () => {
    const result = schema.safeParse({
      fields: {
        $stage: 'opt_nope',
        seats: 1.234,
        modules: ['opt_core', 'opt_x'],
        billingEmail: ['a@b.co'],
      },
      relationships: {},
    });
    const errors = fieldErrorsFromIssues(result.error?.issues ?? []);
    expect(errors).toEqual({
      'fields.$name': 'Name is required',
      'fields.$stage': 'Choose one of the listed options',
      'fields.seats': 'Use at most 2 decimal places',
      'fields.modules': 'Choose only listed options',
      'fields.billingEmail': expect.any(String),
      'relationships.$account': 'Account is required',
    });
  });

  it('rejects a body that is not {fields, relationships}', () => {
    expect(schema.safeParse({ fields: valid.fields }).success).toBe(false);
    expect(schema.safeParse({ ...valid, extra: true }).success).toBe(false);
    expect(schema.safeParse([]).success).toBe(false);
  });

  it('caps linked records at 25', () => {
    const many = Array.from({ length: 25 }, (_, i) => `acc_${i}`);
    const result = schema.safeParse({
      ...valid,
      relationships: { $account: 'acc_1', partners: many },
    });
    expect(result.success).toBe(false);
  });
});

describe('blank values', () => {
  it('treats a whitespace-only required value as missing, in the form and at the BFF', () => {
    const body = {
      fields: { $name: '   ', $stage: 'opt_qualify' },
      relationships: { $account: 'acc_1' },
    };
    const bff = buildCreateBodySchema(defs).safeParse(body);
    expect(fieldErrorsFromIssues(bff.error?.issues ?? [])).toEqual({
      'fields.$name': 'Name is required',
    });
  });
});

describe('dependent selects (pipelines), in the form and at the BFF', () => {
  const pipelines = toFormDefinitions(pipelineRawDefinitions);
  const form = buildFormSchema(pipelines, 'en-US');
  const bff = buildCreateBodySchema(pipelines);
  const formValues = (fields: Record<string, unknown>): FormValues => {
    const base = emptyFormValues(pipelines);
    return {
      fields: { ...base.fields, ...fields } as FormValues['fields'],
      relationships: { $account: 'acc_1' },
    };
  };

  it('sends the pipeline with a stage of it', () => {
    const result = form.safeParse(
      formValues({ $name: 'Renewal', $pipeline: 'pd_renewal', $stage: 'opt_ren_qualify' }),
    );
    expect(result.data).toEqual({
      fields: {
        $name: 'Renewal',
        $pipeline: 'pd_renewal',
        $stage: 'opt_ren_qualify',
        region: 'opt_emea',
      },
      relationships: { $account: 'acc_1' },
    });
    expect(bff.safeParse(result.data).success).toBe(true);
  });

  it('refuses a stage of another pipeline on the Stage control, in both schemas', () => {
    const mismatch = { $name: 'Renewal', $pipeline: 'pd_renewal', $stage: 'opt_new_pilot' };
    const inForm = form.safeParse(formValues(mismatch));
    const atBff = bff.safeParse({ fields: mismatch, relationships: { $account: 'acc_1' } });
    const expected = { 'fields.$stage': '“Pilot” is not in Sales pipeline “Renewals”' };
    expect(fieldErrorsFromIssues(inForm.error?.issues ?? [])).toEqual(expected);
    expect(fieldErrorsFromIssues(atBff.error?.issues ?? [])).toEqual(expected);
  });

  it('checks a stage sent without a pipeline against the default pipeline', () => {
    const body = (stage: string) => ({
      fields: { $name: 'Deal', $stage: stage },
      relationships: { $account: 'acc_1' },
    });
    expect(bff.safeParse(body('opt_new_pilot')).success).toBe(true);
    expect(
      fieldErrorsFromIssues(bff.safeParse(body('opt_ren_review')).error?.issues ?? []),
    ).toEqual({ 'fields.$stage': '“Usage review” is not in Sales pipeline “New business”' });
    const cleared = form.safeParse(
      formValues({ $name: 'Deal', $pipeline: '', $stage: 'opt_ren_review' }),
    );
    expect(fieldErrorsFromIssues(cleared.error?.issues ?? [])).toEqual({
      'fields.$stage': '“Usage review” is not in Sales pipeline “New business”',
    });
  });

  it('checks a dependent MULTI_SELECT the same way', () => {
    const result = bff.safeParse({
      fields: { $name: 'Deal', $stage: 'opt_new_pilot', region: 'opt_amer', sites: ['opt_oslo'] },
      relationships: { $account: 'acc_1' },
    });
    expect(fieldErrorsFromIssues(result.error?.issues ?? [])).toEqual({
      'fields.sites': '“Oslo” is not in Region “Americas”',
    });
  });
});
