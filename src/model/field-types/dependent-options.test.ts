import { describe, expect, it } from 'vitest';
import { toFormDefinitions, type FormField } from '../form-definitions';
import { emptyFormValues } from '../form-schema';
import { pipelineRawDefinitions, sampleRawDefinitions } from '../../testing/sample-definitions';
import {
  dependentIssues,
  fitDependents,
  parentOf,
  parentsFirst,
  prefillDependent,
  underParent,
  underParentNote,
} from './dependent-options';
import { spellMessage as english } from '../messages/validation-phrases';

const englishIssues = (...args: Parameters<typeof dependentIssues>) =>
  dependentIssues(...args).map((i) => ({ ...i, message: english(i.message) }));

const defs = toFormDefinitions(pipelineRawDefinitions);
const byKey = (key: string): FormField => {
  const field = defs.fields.find((f) => f.key === key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
};
const stage = byKey('$stage');
const pipeline = byKey('$pipeline');
const sites = byKey('sites');
const region = byKey('region');
const ids = (field: FormField) => field.options.map((o) => o.id);

describe('dependent select definitions', () => {
  it('keeps parentFieldKey and parentId only where the form can honour them', () => {
    expect(stage.parentFieldKey).toBe('$pipeline');
    expect(stage.options[0]).toEqual({
      id: 'opt_new_qualify',
      label: 'Qualify',
      description: null,
      parentId: 'pd_new',
    });
    expect(sites.parentFieldKey).toBe('region');
    // A text field has no options to narrow down.
    expect(byKey('notes').parentFieldKey).toBeUndefined();
    expect(parentOf(defs, stage)).toBe(pipeline);
    expect(parentOf(defs, pipeline)).toBeNull();
  });

  it('drops a parentFieldKey naming a field the form does not have, or a dependent one', () => {
    const raw = structuredClone(pipelineRawDefinitions);
    const fields = raw.fieldDefinitions;
    fields.$pipeline = { ...fields.$pipeline!, readOnly: true };
    fields.region = {
      ...fields.region!,
      typeConfiguration: { ...fields.region!.typeConfiguration, parentFieldKey: 'sites' },
    };
    const changed = toFormDefinitions(raw);
    expect(changed.fields.find((f) => f.key === '$stage')?.parentFieldKey).toBeUndefined();
    // region ↔ sites would be a loop: neither depends on the other.
    expect(changed.fields.find((f) => f.key === 'region')?.parentFieldKey).toBeUndefined();
  });

  it('leaves orgs without dependent selects exactly as they were', () => {
    const plain = toFormDefinitions(sampleRawDefinitions);
    expect(plain.fields.some((f) => 'parentFieldKey' in f)).toBe(false);
    expect(plain.fields.flatMap((f) => f.options).some((o) => 'parentId' in o)).toBe(false);
  });
});

describe('underParent', () => {
  it('offers only the options whose parentId is the parent value', () => {
    expect(ids(underParent(stage, pipeline, 'pd_renewal'))).toEqual([
      'opt_ren_qualify',
      'opt_ren_review',
    ]);
    expect(ids(underParent(sites, region, 'opt_amer'))).toEqual(['opt_austin']);
  });

  it('offers the default parent’s options while the parent is empty', () => {
    expect(ids(underParent(stage, pipeline, ''))).toEqual(['opt_new_qualify', 'opt_new_pilot']);
    expect(english(underParentNote(stage, pipeline, ''))).toBe(
      'Stage options for Sales pipeline “New business”',
    );
    expect(english(underParentNote(stage, pipeline, 'pd_partner'))).toBe(
      'Stage options for Sales pipeline “Partner resale”',
    );
  });
});

describe('the form’s layout and start', () => {
  it('puts a parent right before its first dependent', () => {
    const required = defs.fields.filter((f) => f.required);
    expect(parentsFirst(defs, required).map((f) => f.key)).toEqual([
      '$name',
      '$pipeline',
      '$stage',
    ]);
    expect(parentsFirst(defs, defs.fields).map((f) => f.key)).toEqual([
      '$name',
      '$pipeline',
      '$stage',
      'region',
      'sites',
      'notes',
    ]);
    // A parent shown earlier (in Essentials) is not shown again before a later dependent.
    expect(parentsFirst(defs, [sites], [region]).map((f) => f.key)).toEqual(['sites']);
  });

  it('starts each parent at its default, so the form always names it', () => {
    const values = emptyFormValues(defs);
    expect(values.fields.$pipeline).toBe('pd_new');
    expect(values.fields.region).toBe('opt_emea');
    expect(values.fields.$stage).toBe('');
    expect(emptyFormValues(toFormDefinitions(sampleRawDefinitions)).fields.dealSource).toBe('');
  });
});

describe('fitDependents', () => {
  it('clears a dependent value that is not under the parent value, and says why', () => {
    const values = emptyFormValues(defs);
    values.fields.$pipeline = 'pd_renewal';
    values.fields.$stage = 'opt_new_pilot';
    values.fields.region = 'opt_amer';
    values.fields.sites = ['opt_oslo', 'opt_austin', 'opt_lyon'];
    const fitted = fitDependents(defs, values);
    expect(fitted.values.fields.$stage).toBe('');
    expect(fitted.values.fields.sites).toEqual(['opt_austin']);
    expect(fitted.cleared.map((c) => ({ ...c, message: english(c.message) }))).toEqual([
      {
        key: '$stage',
        label: 'Stage',
        message: 'Cleared “Pilot”: it is not in Sales pipeline “Renewals”',
      },
      {
        key: 'sites',
        label: 'Sites',
        message: 'Cleared “Oslo” and “Lyon”: they are not in Region “Americas”',
      },
    ]);
    // The input is left as it was.
    expect(values.fields.$stage).toBe('opt_new_pilot');
  });

  it('returns the very values when everything fits', () => {
    const values = emptyFormValues(defs);
    values.fields.$stage = 'opt_new_pilot';
    const fitted = fitDependents(defs, values);
    expect(fitted.values).toBe(values);
    expect(fitted.cleared.map((c) => ({ ...c, message: english(c.message) }))).toEqual([]);
  });

  it('checks against the default while the parent is empty', () => {
    const values = emptyFormValues(defs);
    values.fields.$pipeline = '';
    values.fields.$stage = 'opt_ren_review';
    expect(english(fitDependents(defs, values).cleared[0]?.message ?? '')).toBe(
      'Cleared “Usage review”: it is not in Sales pipeline “New business”',
    );
  });
});

describe('dependentIssues (the pair check of both schemas)', () => {
  it('accepts a stage of the sent pipeline, or of the default when none is sent', () => {
    expect(dependentIssues(defs, { $pipeline: 'pd_renewal', $stage: 'opt_ren_qualify' })).toEqual(
      [],
    );
    expect(dependentIssues(defs, { $stage: 'opt_new_qualify' })).toEqual([]);
    expect(dependentIssues(defs, { $name: 'No stage at all' })).toEqual([]);
  });

  it('refuses a stage of another pipeline, naming the pipeline that applies', () => {
    expect(englishIssues(defs, { $pipeline: 'pd_renewal', $stage: 'opt_new_pilot' })).toEqual([
      { key: '$stage', message: '“Pilot” is not in Sales pipeline “Renewals”' },
    ]);
    expect(englishIssues(defs, { $stage: 'opt_ren_qualify' })).toEqual([
      { key: '$stage', message: '“Qualify” is not in Sales pipeline “New business”' },
    ]);
    expect(englishIssues(defs, { region: 'opt_emea', sites: ['opt_oslo', 'opt_austin'] })).toEqual([
      { key: 'sites', message: '“Austin” is not in Region “EMEA”' },
    ]);
  });

  it('leaves values their own schema refuses to that schema', () => {
    expect(dependentIssues(defs, { $stage: 'opt_unknown' })).toEqual([]);
    expect(dependentIssues(defs, { $stage: ['opt_new_pilot'] })).toEqual([]);
    expect(dependentIssues(defs, { $pipeline: 'pd_gone', $stage: 'opt_new_pilot' })).toEqual([]);
  });
});

describe('prefillDependent', () => {
  const prefill = (raw: unknown, parentValue: unknown, field = stage, parent = pipeline) =>
    prefillDependent(field, parent, raw, parentValue, 'en-US');

  it('reads a label within the parent value that decides', () => {
    expect(prefill('Qualify', 'pd_renewal')).toBe('opt_ren_qualify');
    expect(prefill('qualify', 'pd_new')).toBe('opt_new_qualify');
    expect(prefill('Usage review', 'pd_renewal')).toBe('opt_ren_review');
  });

  it('refuses an id or label of another parent value', () => {
    expect(prefill('opt_new_pilot', 'pd_renewal')).toBeNull();
    expect(prefill('Pilot', 'pd_renewal')).toBeNull();
    expect(prefill(['Oslo', 'Austin'], 'opt_emea', sites, region)).toBeNull();
    expect(prefill(['Oslo', 'Lyon'], 'opt_emea', sites, region)).toEqual(['opt_oslo', 'opt_lyon']);
  });

  it('with no parent value, refuses a label several parents share rather than guess', () => {
    expect(prefill('Qualify', '')).toBeNull();
    // Unambiguous: read under the default, as the form shows it.
    expect(prefill('Pilot', '')).toBe('opt_new_pilot');
    expect(prefill('opt_new_qualify', '')).toBe('opt_new_qualify');
    expect(prefill('Usage review', '')).toBeNull();
  });
});
