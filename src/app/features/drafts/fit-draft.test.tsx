import { describe, expect, test } from 'vitest';
import {
  toFormDefinitions,
  type FormDefinitions,
  type FormField,
} from '../../../model/form-definitions';
import type { FormValues } from '../../../model/form-schema';
import { formField } from '../../../testing/form-field';
import { pipelineRawDefinitions } from '../../../testing/sample-definitions';
import { fitDraft } from './fit-draft';

const field = (key: string, label: string, extra: Partial<FormField> = {}) =>
  formField({ key, label, ...extra });

const defs: FormDefinitions = {
  fields: [
    field('$name', 'Name'),
    field('$stage', 'Stage', {
      valueType: 'SINGLE_SELECT',
      options: [{ id: 'opt_pilot', label: 'Pilot', description: null }],
    }),
    field('families', 'Sensor families', {
      valueType: 'MULTI_SELECT',
      options: [{ id: 'opt_flow', label: 'Flow', description: null }],
    }),
    field('site', 'Install site', { valueType: 'ADDRESS' }),
  ],
  relationships: [
    {
      key: '$account',
      label: 'Account',
      description: null,
      cardinality: 'HAS_ONE',
      objectType: 'account',
      required: true,
    },
  ],
};

describe('fitDraft', () => {
  test('keeps what still fits', () => {
    const { values, dropped } = fitDraft(defs, {
      fields: { $name: 'Pilot deal', $stage: 'opt_pilot', families: ['opt_flow'] },
      relationships: { $account: 'acc_1' },
    });
    expect(dropped).toEqual([]);
    expect(values.fields).toMatchObject({
      $name: 'Pilot deal',
      $stage: 'opt_pilot',
      families: ['opt_flow'],
    });
    expect(values.relationships.$account).toBe('acc_1');
  });

  test('drops removed options, changed shapes, cardinality changes and removed fields, by name', () => {
    const { values, dropped } = fitDraft(defs, {
      fields: {
        $name: 'Kept',
        $stage: 'opt_gone',
        families: ['opt_flow', 'opt_gone'],
        site: 'was a text field',
        oldField: 'typed into a field that was deleted',
      },
      relationships: { $account: ['acc_1', 'acc_2'] },
    });
    expect(dropped).toEqual(['Stage', 'Sensor families', 'Install site', 'Account', 'oldField']);
    expect(values.fields.$name).toBe('Kept');
    expect(values.fields.$stage).toBe('');
    expect(values.fields.families).toEqual([]);
    expect(values.fields.site).toMatchObject({ street: '', city: '' });
    expect(values.relationships.$account).toBe('');
    expect('oldField' in values.fields).toBe(false);
  });
});

describe('fitDraft with pipelines (a dependent select)', () => {
  const pipelines = toFormDefinitions(pipelineRawDefinitions);
  const saved = (fields: Record<string, unknown>) => ({
    fields: { $name: 'Renewal', ...fields } as FormValues['fields'],
    relationships: { $account: 'acc_1' },
  });

  test('keeps a stage of the draft’s pipeline', () => {
    const { values, dropped } = fitDraft(
      pipelines,
      saved({ $pipeline: 'pd_renewal', $stage: 'opt_ren_review' }),
    );
    expect(dropped).toEqual([]);
    expect(values.fields).toMatchObject({ $pipeline: 'pd_renewal', $stage: 'opt_ren_review' });
  });

  test('drops and names a stage outside the draft’s pipeline, keeping the pipeline', () => {
    const { values, dropped } = fitDraft(
      pipelines,
      saved({ $pipeline: 'pd_renewal', $stage: 'opt_new_pilot' }),
    );
    expect(dropped).toEqual(['Stage']);
    expect(values.fields).toMatchObject({ $pipeline: 'pd_renewal', $stage: '' });
  });

  test('reads a draft saved before the org had pipelines under the default pipeline', () => {
    const kept = fitDraft(pipelines, saved({ $stage: 'opt_new_pilot' }));
    expect(kept.dropped).toEqual([]);
    expect(kept.values.fields).toMatchObject({ $pipeline: 'pd_new', $stage: 'opt_new_pilot' });
    const other = fitDraft(pipelines, saved({ $stage: 'opt_ren_review' }));
    expect(other.dropped).toEqual(['Stage']);
    expect(other.values.fields.$stage).toBe('');
  });
});
