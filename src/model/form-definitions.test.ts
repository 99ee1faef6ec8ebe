import { describe, expect, it } from 'vitest';
import { toFormDefinitions } from './form-definitions';
import { sampleRawDefinitions } from '../testing/sample-definitions';

describe('toFormDefinitions', () => {
  const defs = toFormDefinitions(sampleRawDefinitions);

  it('puts the required system fields first, then the rest in definitions order', () => {
    expect(defs.fields.map((f) => f.key)).toEqual([
      '$name',
      '$stage',
      'dealSource',
      '$amount',
      'seats',
      'closeDate',
      'pilot',
      'modules',
      'billingEmail',
      'ccEmails',
      'phones',
      'site',
      'sponsor',
      'sponsorLinkedIn',
    ]);
    expect(defs.fields.filter((f) => f.required).map((f) => f.key)).toEqual(['$name', '$stage']);
  });

  it('drops read-only fields, HTML and value types it does not know', () => {
    const keys = defs.fields.map((f) => f.key);
    expect(keys).not.toContain('$opportunityStatus');
    expect(keys).not.toContain('summary');
    expect(keys).not.toContain('preview');
    expect(keys).not.toContain('future');
  });

  it('keeps pickable relationships, required $account first, and normalises cardinality casing', () => {
    expect(defs.relationships).toEqual([
      {
        key: '$account',
        label: 'Account',
        description: null,
        cardinality: 'HAS_ONE',
        objectType: 'account',
        required: true,
      },
      {
        key: '$owner',
        label: 'Owner',
        description: null,
        cardinality: 'HAS_ONE',
        objectType: 'member',
        required: false,
      },
      {
        key: 'partners',
        label: 'Partners',
        description: null,
        cardinality: 'HAS_MANY',
        objectType: 'account',
        required: false,
      },
    ]);
  });

  it('carries options, currency and service configuration', () => {
    const byKey = Object.fromEntries(defs.fields.map((f) => [f.key, f]));
    expect(byKey.dealSource?.options).toEqual([
      { id: 'opt_inbound', label: 'Inbound', description: null },
      { id: 'opt_partner', label: 'Partner', description: 'Referred by a partner' },
    ]);
    expect(byKey.$amount?.currency).toBe('USD');
    expect(byKey.ccEmails?.multipleValues).toBe(true);
    expect(byKey.billingEmail?.multipleValues).toBe(false);
    expect(byKey.sponsorLinkedIn?.handleService).toBe('LINKEDIN');
  });

  it('rejects a payload that is not definitions', () => {
    expect(() => toFormDefinitions({ fieldDefinitions: 'nope' })).toThrow();
  });
});
