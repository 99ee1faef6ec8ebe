// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeLightfield, type FakeLightfield } from './create-fake-lightfield';
import { accountIdFor, contactIdFor, createSeed, memberIdFor, WELL_KNOWN } from './seed';
import type { DefinitionsResponse } from '../model/lightfield-types';
import { optionIdByLabel, stageIdIn } from './seed-definitions';
import { asError, asRecord, send } from '../testing/lightfield-requests';
import { manualClock } from '../testing/fake-clock';

type Body = { fields: Record<string, unknown>; relationships: Record<string, unknown> };

function validBody(fake: FakeLightfield): Body {
  const defs = fake.store.definitions.opportunity;
  return {
    fields: {
      $name: 'Riverbend Municipal Water - Smart hydrant pilot',
      $stage: optionIdByLabel(defs, '$stage', 'Discovery'),
      $amount: 42000.5,
      sensorCount: 75,
      contractValueEur: 38000.25,
      targetGoLive: '2027-04-01T17:00:00+02:00',
      primaryUseCase: 'Hydrant pressure transients',
      onPremGateway: true,
      contractTerm: optionIdByLabel(defs, 'contractTerm', '24 months'),
      sensorFamilies: [
        optionIdByLabel(defs, 'sensorFamilies', 'Pressure'),
        optionIdByLabel(defs, 'sensorFamilies', 'Flow'),
      ],
      invoiceEmail: 'ap@riverbendwater.org',
      stakeholderEmails: ['paul.fitzgerald@riverbendwater.org', 'it@riverbendwater.org'],
      sitePhones: ['+15635550110', '(563) 555-0111 x12'],
      escalationPhone: ['+15635550199'],
      rfpLink: 'https://riverbendwater.org/rfp/2027-hydrants',
      referenceLinks: ['https://brightwater-telemetry.com/cases/mercer'],
      installSite: {
        street: '1 River Rd',
        city: 'Dubuque',
        state: 'IA',
        postalCode: '52001',
        country: 'us',
      },
      signatory: { firstName: 'Paul', lastName: 'Fitzgerald' },
      signatoryLinkedIn: 'https://www.linkedin.com/in/paul-fitzgerald-water',
      discoveryNotes: '## Pain\n- hydrant failures every winter',
    },
    relationships: {
      $account: accountIdFor('Riverbend Municipal Water'),
      $owner: WELL_KNOWN.member.id,
      $createdBy: memberIdFor('Owen Gallagher'),
      $champion: contactIdFor('Paul Fitzgerald'),
      $evaluator: [contactIdFor('Paul Fitzgerald')],
      implementationPartners: [accountIdFor('Yarrow Labs'), accountIdFor('Mercer Waterworks')],
    },
  };
}

function withField(key: string, value: unknown) {
  return (body: Body): void => {
    body.fields[key] = value;
  };
}

function withRelationship(key: string, value: unknown) {
  return (body: Body): void => {
    body.relationships[key] = value;
  };
}

describe('POST /v1/opportunities', () => {
  it('creates the record and answers 200 with it in read format', async () => {
    const clock = manualClock('2026-11-24T09:15:00.000Z');
    const fake = createFakeLightfield({ now: clock.now });
    const defs = fake.store.definitions.opportunity;
    const answer = await send(fake, 'POST', '/v1/opportunities', { body: validBody(fake) });
    expect(answer.status).toBe(200);
    const record = asRecord(answer);
    expect(record.id).toMatch(/^opp_/);
    expect(record).toMatchObject({
      createdAt: '2026-11-24T09:15:00.000Z',
      updatedAt: '2026-11-24T09:15:00.000Z',
      httpLink: `https://crm.lightfield.app/crm/opportunities/${record.id}`,
      externalId: null,
    });
    expect(record.fields).toMatchObject({
      $name: { valueType: 'TEXT', value: 'Riverbend Municipal Water - Smart hydrant pilot' },
      $stage: { valueType: 'SINGLE_SELECT', value: optionIdByLabel(defs, '$stage', 'Discovery') },
      $opportunityStatus: {
        valueType: 'SINGLE_SELECT',
        value: optionIdByLabel(defs, '$opportunityStatus', 'Open'),
      },
      $amount: { valueType: 'CURRENCY', value: 42000.5 },
      contractValueEur: { valueType: 'CURRENCY', value: 38000.25 },
      targetGoLive: { valueType: 'DATETIME', value: '2027-04-01T15:00:00.000Z' },
      onPremGateway: { valueType: 'CHECKBOX', value: true },
      invoiceEmail: { valueType: 'EMAIL', value: 'ap@riverbendwater.org' },
      sitePhones: { valueType: 'TELEPHONE', value: ['+15635550110', '+15635550111;ext=12'] },
      escalationPhone: { valueType: 'TELEPHONE', value: ['+15635550199'] },
      installSite: {
        valueType: 'ADDRESS',
        value: {
          street: '1 River Rd',
          street2: null,
          city: 'Dubuque',
          state: 'IA',
          postalCode: '52001',
          country: 'US',
          latitude: null,
          longitude: null,
        },
      },
      signatory: { valueType: 'FULL_NAME', value: { firstName: 'Paul', lastName: 'Fitzgerald' } },
      aiSummary: { valueType: 'MARKDOWN', value: null },
      'fit-score': { valueType: 'NUMBER', value: null },
      lastEmailHtml: { valueType: 'HTML', value: null },
    });
    expect(Object.keys(record.fields).sort()).toEqual(Object.keys(defs.fieldDefinitions).sort());
    expect(record.relationships).toEqual({
      $account: {
        cardinality: 'HAS_ONE',
        objectType: 'account',
        values: [accountIdFor('Riverbend Municipal Water')],
      },
      $owner: { cardinality: 'HAS_ONE', objectType: 'member', values: [WELL_KNOWN.member.id] },
      $createdBy: {
        cardinality: 'HAS_ONE',
        objectType: 'member',
        values: [memberIdFor('Owen Gallagher')],
      },
      $champion: {
        cardinality: 'HAS_ONE',
        objectType: 'contact',
        values: [contactIdFor('Paul Fitzgerald')],
      },
      $evaluator: {
        cardinality: 'HAS_ONE',
        objectType: 'contact',
        values: [contactIdFor('Paul Fitzgerald')],
      },
      $task: { cardinality: 'HAS_MANY', objectType: 'task', values: [] },
      $note: { cardinality: 'HAS_MANY', objectType: 'note', values: [] },
      $meeting: { cardinality: 'HAS_MANY', objectType: 'meeting', values: [] },
      implementationPartners: {
        cardinality: 'HAS_MANY',
        objectType: 'account',
        values: [accountIdFor('Yarrow Labs'), accountIdFor('Mercer Waterworks')],
      },
    });
    const readBack = await send(fake, 'GET', `/v1/opportunities/${record.id}`);
    expect(readBack.body).toEqual(record);
    const account = asRecord(
      await send(fake, 'GET', `/v1/accounts/${accountIdFor('Riverbend Municipal Water')}`),
    );
    expect(account.relationships.$opportunity?.values).toContain(record.id);
  });

  it('accepts only $name, $stage and $account, and a stage label in any case', async () => {
    const fake = createFakeLightfield({ httpLinkBase: 'https://crm.example.test/app/' });
    const answer = await send(fake, 'POST', '/v1/opportunities', {
      body: {
        fields: { $name: 'Minimal deal', $stage: 'closed won' },
        relationships: { $account: WELL_KNOWN.account.id },
      },
    });
    expect(answer.status).toBe(200);
    const record = asRecord(answer);
    const defs = fake.store.definitions.opportunity;
    expect(record.fields.$stage?.value).toBe(optionIdByLabel(defs, '$stage', 'Closed Won'));
    expect(record.fields.$opportunityStatus?.value).toBe(
      optionIdByLabel(defs, '$opportunityStatus', 'Won'),
    );
    expect(record.fields.sensorCount).toEqual({ valueType: 'NUMBER', value: null });
    expect(record.relationships.$owner?.values).toEqual([]);
    expect(record.httpLink).toBe(`https://crm.example.test/app/opportunities/${record.id}`);
  });

  const TOO_MANY_PARTNERS = (fake: FakeLightfield) =>
    fake.store
      .entries('account')
      .slice(0, 25)
      .map((entry) => entry.record.id);

  it.each<[string, (body: Body, fake: FakeLightfield) => void, number, string | undefined, string]>(
    [
      [
        'no fields object',
        (b) => void Reflect.deleteProperty(b, 'fields'),
        400,
        'invalid_request',
        'fields',
      ],
      [
        'no relationships object',
        (b) => void Reflect.deleteProperty(b, 'relationships'),
        400,
        'invalid_request',
        'relationships',
      ],
      [
        'an extra top-level key',
        (b) => void Object.assign(b, { externalId: 'x' }),
        400,
        'invalid_request',
        'externalId',
      ],
      ['no $name', (b) => void delete b.fields.$name, 400, 'parameter_missing', 'fields.$name'],
      ['a blank $name', withField('$name', '  '), 400, 'parameter_missing', 'fields.$name'],
      ['no $stage', (b) => void delete b.fields.$stage, 400, 'parameter_missing', 'fields.$stage'],
      [
        'no $account',
        (b) => void delete b.relationships.$account,
        400,
        'parameter_missing',
        'relationships.$account',
      ],
      ['an unknown field', withField('dealSize', 3), 400, 'unknown_field', 'fields.dealSize'],
      [
        'an unknown relationship',
        withRelationship('$partner', 'acc_x'),
        400,
        'unknown_relationship',
        'relationships.$partner',
      ],
      [
        '$opportunityStatus',
        withField('$opportunityStatus', 'Open'),
        400,
        'read_only',
        'fields.$opportunityStatus',
      ],
      [
        'a readOnly MARKDOWN field',
        withField('aiSummary', 'hi'),
        400,
        'read_only',
        'fields.aiSummary',
      ],
      ['a readOnly NUMBER field', withField('fit-score', 80), 400, 'read_only', 'fields.fit-score'],
      [
        'an HTML field',
        withField('lastEmailHtml', '<p>x</p>'),
        400,
        'read_only',
        'fields.lastEmailHtml',
      ],
      ['$task', withRelationship('$task', []), 400, 'read_only', 'relationships.$task'],
      [
        '$meeting',
        withRelationship('$meeting', ['mtg_1']),
        400,
        'read_only',
        'relationships.$meeting',
      ],
      ['TEXT as a number', withField('$name', 42), 400, 'invalid_type', 'fields.$name'],
      ['CURRENCY as a string', withField('$amount', '1000'), 400, 'invalid_type', 'fields.$amount'],
      [
        'CURRENCY with 3 decimals',
        withField('contractValueEur', 10.125),
        422,
        undefined,
        'fields.contractValueEur',
      ],
      [
        'NUMBER beyond 2^53-1',
        withField('sensorCount', 2 ** 53),
        422,
        undefined,
        'fields.sensorCount',
      ],
      [
        'DATETIME as a number',
        withField('targetGoLive', 1767225600),
        400,
        'invalid_type',
        'fields.targetGoLive',
      ],
      [
        'DATETIME without offset',
        withField('targetGoLive', '2027-04-01T17:00:00'),
        422,
        undefined,
        'fields.targetGoLive',
      ],
      [
        'DATETIME date only',
        withField('targetGoLive', '2027-04-01'),
        422,
        undefined,
        'fields.targetGoLive',
      ],
      [
        'CHECKBOX as a string',
        withField('onPremGateway', 'yes'),
        400,
        'invalid_type',
        'fields.onPremGateway',
      ],
      ['an unknown $stage', withField('$stage', 'Qualified'), 422, undefined, 'fields.$stage'],
      [
        'SINGLE_SELECT unknown id',
        withField('contractTerm', 'opt_nope'),
        422,
        undefined,
        'fields.contractTerm',
      ],
      [
        'SINGLE_SELECT by label',
        withField('contractTerm', '24 months'),
        422,
        undefined,
        'fields.contractTerm',
      ],
      [
        'SINGLE_SELECT as array',
        withField('contractTerm', ['x']),
        400,
        'invalid_type',
        'fields.contractTerm',
      ],
      [
        'MULTI_SELECT as a string',
        withField('sensorFamilies', 'Flow'),
        400,
        'invalid_type',
        'fields.sensorFamilies',
      ],
      [
        'MULTI_SELECT unknown id',
        withField('sensorFamilies', ['opt_nope']),
        422,
        undefined,
        'fields.sensorFamilies',
      ],
      [
        'single EMAIL as array',
        withField('invoiceEmail', ['ap@x.com']),
        400,
        'invalid_type',
        'fields.invoiceEmail',
      ],
      [
        'single EMAIL malformed',
        withField('invoiceEmail', 'ap-at-x.com'),
        422,
        undefined,
        'fields.invoiceEmail',
      ],
      [
        'multi EMAIL as string',
        withField('stakeholderEmails', 'a@x.com'),
        400,
        'invalid_type',
        'fields.stakeholderEmails',
      ],
      [
        'multi EMAIL malformed item',
        withField('stakeholderEmails', ['a@x.com', 'nope']),
        422,
        undefined,
        'fields.stakeholderEmails',
      ],
      [
        'multi TELEPHONE as string',
        withField('sitePhones', '+15635550110'),
        400,
        'invalid_type',
        'fields.sitePhones',
      ],
      [
        'TELEPHONE not E.164',
        withField('sitePhones', ['+0123']),
        422,
        undefined,
        'fields.sitePhones',
      ],
      [
        'TELEPHONE too short',
        withField('sitePhones', ['12345']),
        422,
        undefined,
        'fields.sitePhones',
      ],
      [
        'single TELEPHONE with two',
        withField('escalationPhone', ['+15635550199', '+15635550198']),
        400,
        'invalid_type',
        'fields.escalationPhone',
      ],
      [
        'single URL as array',
        withField('rfpLink', ['https://x.com']),
        400,
        'invalid_type',
        'fields.rfpLink',
      ],
      ['single URL malformed', withField('rfpLink', 'not a url'), 422, undefined, 'fields.rfpLink'],
      [
        'multi URL as string',
        withField('referenceLinks', 'https://x.com'),
        400,
        'invalid_type',
        'fields.referenceLinks',
      ],
      [
        'ADDRESS as string',
        withField('installSite', 'Dubuque, IA'),
        400,
        'invalid_type',
        'fields.installSite',
      ],
      [
        'ADDRESS with an unknown key',
        withField('installSite', { city: 'X', region: 'Y' }),
        400,
        'invalid_type',
        'fields.installSite',
      ],
      [
        'ADDRESS latitude as string',
        withField('installSite', { latitude: '42.5' }),
        400,
        'invalid_type',
        'fields.installSite',
      ],
      [
        'ADDRESS 3-letter country',
        withField('installSite', { country: 'USA' }),
        422,
        undefined,
        'fields.installSite',
      ],
      [
        'FULL_NAME as string',
        withField('signatory', 'Paul Fitzgerald'),
        400,
        'invalid_type',
        'fields.signatory',
      ],
      [
        'FULL_NAME with extra key',
        withField('signatory', { firstName: 'P', middleName: 'Q' }),
        400,
        'invalid_type',
        'fields.signatory',
      ],
      [
        'SOCIAL_HANDLE as number',
        withField('signatoryLinkedIn', 5),
        400,
        'invalid_type',
        'fields.signatoryLinkedIn',
      ],
      [
        'SOCIAL_HANDLE bare handle',
        withField('signatoryLinkedIn', 'paul-fitzgerald'),
        422,
        undefined,
        'fields.signatoryLinkedIn',
      ],
      [
        'SOCIAL_HANDLE other service',
        withField('signatoryLinkedIn', 'https://x.com/paul'),
        422,
        undefined,
        'fields.signatoryLinkedIn',
      ],
      [
        'MARKDOWN as object',
        withField('discoveryNotes', { md: 'x' }),
        400,
        'invalid_type',
        'fields.discoveryNotes',
      ],
      [
        'a missing account',
        withRelationship('$account', 'acc_missing'),
        400,
        'relationship_entity_missing',
        'relationships.$account',
      ],
      [
        'a contact id as owner',
        withRelationship('$owner', WELL_KNOWN.contact.id),
        400,
        'relationship_entity_missing',
        'relationships.$owner',
      ],
      [
        'a missing partner',
        withRelationship('implementationPartners', ['acc_missing']),
        400,
        'relationship_entity_missing',
        'relationships.implementationPartners',
      ],
      [
        'a relationship as number',
        withRelationship('$account', 42),
        400,
        'invalid_type',
        'relationships.$account',
      ],
      [
        'two ids for HAS_ONE',
        withRelationship('$account', [WELL_KNOWN.account.id, accountIdFor('Yarrow Labs')]),
        400,
        'invalid_type',
        'relationships.$account',
      ],
      [
        'more than 25 ids',
        (b, f) => void (b.relationships.implementationPartners = TOO_MANY_PARTNERS(f)),
        422,
        'relationship_write_limit_exceeded',
        'relationships',
      ],
    ],
  )('rejects %s', async (_name, mutate, status, code, param) => {
    const fake = createFakeLightfield();
    const body = validBody(fake);
    mutate(body, fake);
    const before = fake.store.count('opportunity');
    const answer = await send(fake, 'POST', '/v1/opportunities', { body });
    expect(answer.status).toBe(status);
    const error = asError(answer);
    expect(error.type).toBe(status === 400 ? 'bad_request' : 'unprocessable_content');
    expect(error.param).toBe(param);
    expect(error.code).toBe(code);
    expect(error.message).toEqual(expect.any(String));
    expect(fake.store.count('opportunity')).toBe(before);
  });

  it('names the rejected option in the 422 message', async () => {
    const fake = createFakeLightfield();
    const body = validBody(fake);
    body.fields.$stage = 'Qualified';
    const error = asError(await send(fake, 'POST', '/v1/opportunities', { body }));
    expect(error.message).toBe("'Qualified' is not a valid option for field '$stage'.");
  });
});

describe('POST /v1/accounts', () => {
  it('creates an account, links its contacts and answers 200', async () => {
    const fake = createFakeLightfield();
    const defs = fake.store.definitions.account;
    const answer = await send(fake, 'POST', '/v1/accounts', {
      body: {
        fields: {
          $name: 'Northbridge Harbor Pilots',
          $website: ['https://northbridgeharborpilots.com'],
          $industry: [optionIdByLabel(defs, '$industry', 'Logistics')],
          $linkedIn: 'https://www.linkedin.com/company/northbridge-harbor-pilots',
          $primaryAddress: { city: 'Northbridge', country: 'US' },
          territory: optionIdByLabel(defs, 'territory', 'North America East'),
        },
        relationships: { $owner: WELL_KNOWN.member.id, $contact: [WELL_KNOWN.contact.id] },
      },
    });
    expect(answer.status).toBe(200);
    const record = asRecord(answer);
    expect(record.id).toMatch(/^acc_/);
    expect(record.httpLink).toBe(`https://crm.lightfield.app/crm/accounts/${record.id}`);
    expect(record.fields.$website).toEqual({
      valueType: 'URL',
      value: ['https://northbridgeharborpilots.com'],
    });
    expect(record.fields.$accountStatus?.value).toBe(
      optionIdByLabel(defs, '$accountStatus', 'Prospect'),
    );
    expect(record.relationships.$contact?.values).toEqual([WELL_KNOWN.contact.id]);
    const contact = asRecord(await send(fake, 'GET', `/v1/contacts/${WELL_KNOWN.contact.id}`));
    expect(contact.relationships.$account?.values).toContain(record.id);
  });

  it('needs only a name; relationships may be omitted', async () => {
    const fake = createFakeLightfield();
    const answer = await send(fake, 'POST', '/v1/accounts', {
      body: { fields: { $name: 'Tiny Co' } },
    });
    expect(answer.status).toBe(200);
  });

  it.each<[string, unknown, number, string | undefined, string]>([
    ['no name', { fields: {} }, 422, undefined, 'fields.$name'],
    ['an empty name', { fields: { $name: '' } }, 422, undefined, 'fields.$name'],
    [
      '$accountStatus',
      { fields: { $name: 'A', $accountStatus: 'x' } },
      400,
      'read_only',
      'fields.$accountStatus',
    ],
    [
      '$howTheyMakeMoney',
      { fields: { $name: 'A', $howTheyMakeMoney: 'x' } },
      400,
      'read_only',
      'fields.$howTheyMakeMoney',
    ],
    [
      '$opportunity',
      { fields: { $name: 'A' }, relationships: { $opportunity: [] } },
      400,
      'read_only',
      'relationships.$opportunity',
    ],
    [
      '$website as a string',
      { fields: { $name: 'A', $website: 'https://a.com' } },
      400,
      'invalid_type',
      'fields.$website',
    ],
    [
      '$linkedIn on Facebook',
      { fields: { $name: 'A', $linkedIn: 'https://facebook.com/a' } },
      422,
      undefined,
      'fields.$linkedIn',
    ],
    [
      'an unknown field',
      { fields: { $name: 'A', revenue: 1 } },
      400,
      'unknown_field',
      'fields.revenue',
    ],
    [
      'a missing contact',
      { fields: { $name: 'A' }, relationships: { $contact: ['con_missing'] } },
      400,
      'relationship_entity_missing',
      'relationships.$contact',
    ],
  ])('rejects %s', async (_name, body, status, code, param) => {
    const fake = createFakeLightfield();
    const before = fake.store.count('account');
    const answer = await send(fake, 'POST', '/v1/accounts', { body });
    expect(answer.status).toBe(status);
    expect(asError(answer)).toMatchObject({ param });
    expect(asError(answer).code).toBe(code);
    expect(fake.store.count('account')).toBe(before);
  });
});

describe('POST /v1/opportunities with pipelines (API.md §19)', () => {
  const create = (fake: FakeLightfield, fields: Record<string, unknown>) =>
    send(fake, 'POST', '/v1/opportunities', {
      body: {
        fields: { $name: 'Pipeline deal', ...fields },
        relationships: { $account: WELL_KNOWN.account.id },
      },
    });

  it('stores a stage of the sent pipeline, by id or by a label read within that pipeline', async () => {
    const fake = createFakeLightfield();
    const defs = fake.store.definitions.opportunity;
    const renewals = optionIdByLabel(defs, '$pipeline', 'Renewals');
    const qualify = stageIdIn(defs, 'Renewals', 'Qualify');
    for (const stage of [qualify, 'qualify']) {
      const record = asRecord(await create(fake, { $pipeline: renewals, $stage: stage }));
      expect(record.fields.$pipeline?.value).toBe(renewals);
      expect(record.fields.$stage?.value).toBe(qualify);
    }
  });

  it.each<[string, (defs: DefinitionsResponse) => Record<string, unknown>, string]>([
    [
      'a stage of another pipeline than the one sent',
      (d) => ({
        $pipeline: optionIdByLabel(d, '$pipeline', 'Renewals'),
        $stage: stageIdIn(d, 'New business', 'Pilot'),
      }),
      'stage_unresolved_in_pipeline',
    ],
    [
      'a stage label the sent pipeline lacks',
      (d) => ({ $pipeline: optionIdByLabel(d, '$pipeline', 'Renewals'), $stage: 'Pilot' }),
      'stage_unresolved_in_pipeline',
    ],
    [
      'a stage outside the default pipeline, none sent',
      (d) => ({ $stage: stageIdIn(d, 'Renewals', 'Usage review') }),
      'stage_unresolved_in_pipeline',
    ],
    [
      'a stage label several pipelines share, none sent',
      () => ({ $stage: 'Proposal' }),
      'ambiguous_stage_label',
    ],
  ])('answers 422 naming fields.$stage for %s, and stores nothing', async (_, fields, code) => {
    const fake = createFakeLightfield();
    const answer = await create(fake, fields(fake.store.definitions.opportunity));
    expect(answer.status).toBe(422);
    expect(asError(answer)).toMatchObject({
      type: 'unprocessable_content',
      code,
      param: 'fields.$stage',
    });
    expect(fake.store.count('opportunity')).toBe(createSeed().records.opportunity.length);
  });
});
