// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VALUE_TYPES } from '../model/lightfield-types';
import { createSeed, WELL_KNOWN } from './seed';
import { stageIdIn } from './seed-definitions';
import { createStore } from './store';

describe('seed', () => {
  const seed = createSeed();
  const { opportunity, account } = seed.definitions;

  it('is deterministic', () => {
    expect(createSeed()).toEqual(seed);
  });

  it('has the documented sizes', () => {
    expect(seed.records.account.length).toBeGreaterThanOrEqual(60);
    expect(seed.records.member).toHaveLength(10);
    expect(seed.records.contact.length).toBeGreaterThanOrEqual(40);
    expect(seed.records.opportunity.length).toBeGreaterThanOrEqual(10);
  });

  it('uses unique, prefixed IDs everywhere', () => {
    const prefixes = { account: 'acc_', contact: 'con_', member: 'mem_', opportunity: 'opp_' };
    const all: string[] = [];
    for (const [type, prefix] of Object.entries(prefixes)) {
      for (const record of seed.records[type as keyof typeof prefixes]) {
        expect(record.id.startsWith(prefix)).toBe(true);
        all.push(record.id);
      }
    }
    for (const definitions of [opportunity, account, seed.definitions.contact]) {
      for (const field of Object.values(definitions.fieldDefinitions)) {
        expect(field.id).toMatch(/^ad_/);
        all.push(field.id ?? '');
        for (const option of field.typeConfiguration.options ?? []) {
          // Pipelines are options too, with ids of their own kind (API.md §2).
          expect(option.id).toMatch(/^(opt|pd)_/);
          all.push(option.id);
        }
      }
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('has pipelines whose stages share labels, each stage under one pipeline', () => {
    const pipelines = opportunity.fieldDefinitions.$pipeline?.typeConfiguration.options ?? [];
    const stage = opportunity.fieldDefinitions.$stage?.typeConfiguration;
    expect(pipelines.map((p) => p.label)).toEqual(['New business', 'Renewals', 'Partner resale']);
    expect(pipelines.every((p) => p.id.startsWith('pd_'))).toBe(true);
    expect(stage?.parentFieldKey).toBe('$pipeline');
    const pipelineIds = new Set(pipelines.map((p) => p.id));
    expect(stage?.options?.every((o) => pipelineIds.has(o.parentId ?? ''))).toBe(true);
    const qualify = stage?.options?.filter((o) => o.label === 'Qualify') ?? [];
    expect(new Set(qualify.map((o) => o.parentId)).size).toBe(2);
    const renewal = seed.records.opportunity.find(
      (r) => r.fields.$pipeline?.value === pipelines[1]?.id,
    );
    expect(renewal?.fields.$stage?.value).toBe(stageIdIn(opportunity, 'Renewals', 'Usage review'));
  });

  it('has a writable custom opportunity field of every writable value type', () => {
    const writableCustom = Object.entries(opportunity.fieldDefinitions).filter(
      ([key, definition]) => !key.startsWith('$') && !definition.readOnly,
    );
    const types = new Set(writableCustom.map(([, definition]) => definition.valueType));
    for (const type of VALUE_TYPES.filter((t) => t !== 'HTML')) expect(types).toContain(type);
    const config = (valueType: string) =>
      writableCustom
        .filter(([, d]) => d.valueType === valueType)
        .map(([, d]) => d.typeConfiguration);
    expect(config('EMAIL').map((c) => c.multipleValues)).toEqual(
      expect.arrayContaining([true, false]),
    );
    expect(config('TELEPHONE').map((c) => c.multipleValues)).toEqual(
      expect.arrayContaining([true, false]),
    );
    expect(config('URL').map((c) => c.multipleValues)).toEqual(
      expect.arrayContaining([true, false]),
    );
    expect(config('CURRENCY').map((c) => c.currency)).toContain('EUR');
    expect(config('SOCIAL_HANDLE').map((c) => c.handleService)).toContain('LINKEDIN');
  });

  it('defines the system opportunity keys in the live shape', () => {
    const fields = opportunity.fieldDefinitions;
    expect(fields.$name?.valueType).toBe('TEXT');
    expect(fields.$stage?.typeConfiguration.options?.length).toBeGreaterThanOrEqual(7);
    expect(fields.$stage?.typeConfiguration.options?.some((o) => o.description)).toBe(true);
    expect(fields.$opportunityStatus?.readOnly).toBe(true);
    expect(fields.$amount?.typeConfiguration.currency).toBe('USD');
    expect(fields.$name).toMatchObject({ slug: 'name', system: true });
    const rels = opportunity.relationshipDefinitions;
    expect(rels.$account).not.toHaveProperty('id');
    expect(rels.$owner?.objectType).toBe('member');
    expect(rels.$champion?.objectType).toBe('contact');
    expect(rels.implementationPartners).toMatchObject({
      cardinality: 'HAS_MANY',
      objectType: 'account',
    });
    expect(rels.implementationPartners?.id).toMatch(/^rd_/);
    expect(account.fieldDefinitions.$website?.typeConfiguration.multipleValues).toBe(true);
  });

  it('exposes well-known records that exist and match', () => {
    const store = createStore(seed);
    expect(store.get('account', WELL_KNOWN.account.id)?.fields.$name?.value).toBe(
      WELL_KNOWN.account.name,
    );
    expect(store.get('member', WELL_KNOWN.member.id)?.fields.$email?.value).toBe(
      WELL_KNOWN.member.email,
    );
    expect(store.get('contact', WELL_KNOWN.contact.id)?.relationships.$account?.values).toEqual([
      WELL_KNOWN.account.id,
    ]);
    const opp = store.get('opportunity', WELL_KNOWN.opportunity.id);
    expect(opp?.fields.$name?.value).toBe(WELL_KNOWN.opportunity.name);
    expect(opp?.relationships.$account?.values).toEqual([WELL_KNOWN.opportunity.accountId]);
  });

  it('links every contact and opportunity to an existing account', () => {
    const store = createStore(seed);
    for (const record of [...seed.records.contact, ...seed.records.opportunity]) {
      const [accountId] = record.relationships.$account?.values ?? [];
      expect(accountId && store.has('account', accountId)).toBe(true);
    }
  });

  it('store.reset() restores the seed', () => {
    const store = createStore(seed);
    const [first] = store.entries('account');
    store.insert('account', { ...first!.record, id: 'acc_extra' }, 0);
    expect(store.count('account')).toBe(seed.records.account.length + 1);
    store.reset();
    expect(store.count('account')).toBe(seed.records.account.length);
  });
});
