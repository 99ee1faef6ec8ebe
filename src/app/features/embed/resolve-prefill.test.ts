import { describe, expect, it } from 'vitest';
import { toFormDefinitions } from '../../../model/form-definitions';
import { emptyFormValues } from '../../../model/form-schema';
import { pipelineRawDefinitions, sampleRawDefinitions } from '../../../testing/sample-definitions';
import { readEmbedParams, topLevelParams } from './embed-params';
import { controlNamesFor, resolvePrefill, withPrefill } from './resolve-prefill';

const defs = toFormDefinitions(sampleRawDefinitions);
const start = emptyFormValues(defs);

describe('resolvePrefill', () => {
  it('maps shorthands and definitions keys to controls, formatted for the locale', () => {
    const { values, rejected } = resolvePrefill(
      defs,
      {
        name: 'Acme renewal',
        stage: 'Propose',
        account: 'acc_1',
        owner: 'mem_1',
        $amount: 12000.5,
        seats: '40',
        pilot: 'true',
        modules: 'Core,opt_api',
        partners: 'acc_2,acc_3',
      },
      'de-DE',
      start,
    );
    expect(rejected).toEqual([]);
    expect(Object.fromEntries(values)).toEqual({
      'fields.$name': 'Acme renewal',
      'fields.$stage': 'opt_propose',
      'relationships.$account': 'acc_1',
      'relationships.$owner': 'mem_1',
      'fields.$amount': '12.000,5',
      'fields.seats': '40',
      'fields.pilot': true,
      'fields.modules': ['opt_core', 'opt_api'],
      'relationships.partners': ['acc_2', 'acc_3'],
    });
  });

  it('rejects unknown keys and values Lightfield would refuse', () => {
    const { values, rejected } = resolvePrefill(
      defs,
      { nope: 'x', stage: 'No such stage', $amount: 'lots', account: '' },
      'en-US',
      start,
    );
    expect(values).toEqual([]);
    expect(rejected.sort()).toEqual(['$amount', 'account', 'nope', 'stage']);
  });

  it('lays a prefill over form values without touching the rest', () => {
    const base = emptyFormValues(defs);
    const resolved = resolvePrefill(defs, { name: 'X', account: 'acc_1' }, 'en-US', base);
    const next = withPrefill(defs, base, resolved);
    expect(next.fields.$name).toBe('X');
    expect(next.relationships.$account).toBe('acc_1');
    expect(base.fields.$name).toBe('');
    expect(next.fields.seats).toEqual(base.fields.seats);
  });

  it('resolves lock and hide keys, shorthands included', () => {
    expect([...controlNamesFor(defs, ['account', '$amount', 'partners', 'nope'])]).toEqual([
      'relationships.$account',
      'fields.$amount',
      'relationships.partners',
    ]);
  });
});

describe('resolvePrefill with pipelines (a dependent select)', () => {
  const pipelines = toFormDefinitions(pipelineRawDefinitions);
  const untouched = emptyFormValues(pipelines);
  const inRenewals = { ...untouched, fields: { ...untouched.fields, $pipeline: 'pd_renewal' } };
  const noPipeline = { ...untouched, fields: { ...untouched.fields, $pipeline: '' } };
  const resolve = (prefill: Record<string, string>, current = untouched) => {
    const { values, rejected } = resolvePrefill(pipelines, prefill, 'en-US', current);
    return { values: Object.fromEntries(values), rejected };
  };

  it('reads a stage label within the prefilled pipeline, by shorthand or key', () => {
    const byShorthandOrKey: Record<string, string>[] = [
      { pipeline: 'Renewals' },
      { $pipeline: 'pd_renewal' },
    ];
    for (const pipeline of byShorthandOrKey) {
      expect(resolve({ ...pipeline, stage: 'Qualify' })).toEqual({
        values: { 'fields.$pipeline': 'pd_renewal', 'fields.$stage': 'opt_ren_qualify' },
        rejected: [],
      });
    }
    // The order of the keys does not matter.
    expect(resolve({ stage: 'usage review', pipeline: 'Renewals' }).values).toEqual({
      'fields.$stage': 'opt_ren_review',
      'fields.$pipeline': 'pd_renewal',
    });
  });

  it('reads a stage within the form’s current pipeline when none is prefilled', () => {
    expect(resolve({ stage: 'Qualify' }).values).toEqual({ 'fields.$stage': 'opt_new_qualify' });
    expect(resolve({ stage: 'Qualify' }, inRenewals).values).toEqual({
      'fields.$stage': 'opt_ren_qualify',
    });
    expect(resolve({ stage: 'opt_ren_review' }, inRenewals).rejected).toEqual([]);
  });

  it('reports a stage outside the pipeline as refused (invalid_prefill)', () => {
    expect(resolve({ stage: 'Usage review' })).toEqual({ values: {}, rejected: ['stage'] });
    expect(resolve({ stage: 'opt_ren_review' }).rejected).toEqual(['stage']);
    expect(resolve({ pipeline: 'Renewals', stage: 'Pilot' })).toEqual({
      values: { 'fields.$pipeline': 'pd_renewal' },
      rejected: ['stage'],
    });
  });

  it('refuses a label several pipelines share when no pipeline decides, rather than guess', () => {
    expect(resolve({ stage: 'Qualify' }, noPipeline).rejected).toEqual(['stage']);
    expect(resolve({ stage: 'Pilot' }, noPipeline).values).toEqual({
      'fields.$stage': 'opt_new_pilot',
    });
  });

  it('clears a draft’s stage that a prefilled pipeline does not take', () => {
    const draft = { ...untouched, fields: { ...untouched.fields, $stage: 'opt_new_pilot' } };
    const next = withPrefill(
      pipelines,
      draft,
      resolvePrefill(pipelines, { pipeline: 'Renewals' }, 'en-US', draft),
    );
    expect(next.fields.$pipeline).toBe('pd_renewal');
    expect(next.fields.$stage).toBe('');
  });
});

describe('readEmbedParams', () => {
  it('reads a hand-written iframe URL: every other parameter is a prefill', () => {
    const params = readEmbedParams(
      '?embed=1&name=Acme&stage=Propose&$amount=5&lock=account,stage&hide=owner&theme=dark&locale=de-de&prefill=%7B%22account%22%3A%22acc_1%22%7D',
      'https://portal.example.com',
    );
    expect(params).toEqual({
      embedded: true,
      parentOrigin: 'https://portal.example.com',
      prefill: { account: 'acc_1', name: 'Acme', stage: 'Propose', $amount: '5' },
      lock: ['account', 'stage'],
      hide: ['owner'],
      theme: 'dark',
      locale: 'de-DE',
    });
  });

  it('ignores junk: bad JSON, bad keys, bad origins, bad locales', () => {
    const params = readEmbedParams(
      '?prefill={oops&parentOrigin=javascript:alert(1)&locale=%%%&lock=../x&theme=sepia',
    );
    expect(params).toMatchObject({
      embedded: false,
      parentOrigin: null,
      prefill: {},
      lock: [],
      theme: null,
      locale: null,
    });
  });

  it('keeps only the plain prefills for a page that is not framed', () => {
    const asked = readEmbedParams(
      '?embed=1&name=Acme&owner=mem_1&hide=owner&lock=name&theme=dark&locale=de-DE&parentOrigin=https://evil.example',
    );
    expect(topLevelParams(asked)).toEqual({
      embedded: false,
      parentOrigin: null,
      prefill: { name: 'Acme', owner: 'mem_1' },
      lock: [],
      hide: [],
      theme: null,
      locale: null,
    });
  });
});
