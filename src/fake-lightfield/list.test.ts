// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeLightfield } from './create-fake-lightfield';
import { WELL_KNOWN } from './seed';
import { optionIdByLabel } from './seed-definitions';
import { asError, asList, names, send } from '../testing/lightfield-requests';
import { manualClock } from '../testing/fake-clock';

describe('list endpoints', () => {
  const fake = createFakeLightfield();

  it('pages with limit and offset and reports totalCount', async () => {
    const first = asList(await send(fake, 'GET', '/v1/accounts'));
    expect(first.object).toBe('list');
    expect(first.data).toHaveLength(25);
    expect(first.totalCount).toBe(fake.store.count('account'));
    const second = asList(await send(fake, 'GET', '/v1/accounts?limit=10&offset=20'));
    expect(second.data.map((r) => r.id)).toEqual(
      asList(await send(fake, 'GET', '/v1/accounts?offset=20'))
        .data.slice(0, 10)
        .map((r) => r.id),
    );
    const end = asList(await send(fake, 'GET', `/v1/accounts?offset=${first.totalCount - 3}`));
    expect(end.data).toHaveLength(3);
  });

  it.each([
    ['limit=26', 'limit'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=2.5', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=1.5', 'offset'],
  ])('rejects %s', async (query, param) => {
    const answer = await send(fake, 'GET', `/v1/accounts?${query}`);
    expect(answer.status).toBe(400);
    expect(asError(answer)).toMatchObject({
      type: 'bad_request',
      code: 'invalid_parameter',
      param,
    });
  });

  it('sorts accounts, contacts and members by name', async () => {
    for (const type of ['accounts', 'contacts', 'members']) {
      const list = asList(await send(fake, 'GET', `/v1/${type}`));
      const shown = names(list).map((n) => n.toLowerCase());
      expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)));
    }
  });

  it('sorts opportunities newest first', async () => {
    const list = asList(await send(fake, 'GET', '/v1/opportunities'));
    const created = list.data.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('prefix-searches names case-insensitively with startsWith', async () => {
    const north = asList(await send(fake, 'GET', '/v1/accounts?$name[startsWith]=north'));
    expect(north.totalCount).toBeGreaterThanOrEqual(8);
    expect(names(north).every((n) => n.startsWith('North'))).toBe(true);
    const bridge = asList(await send(fake, 'GET', '/v1/accounts?$name[startsWith]=NORTHBRIDGE%20'));
    expect(names(bridge)).toEqual([
      'Northbridge Cold Storage',
      'Northbridge Medical Center',
      'Northbridge Metals',
      'Northbridge Water District',
    ]);
    const nor = asList(await send(fake, 'GET', '/v1/accounts?$name[startsWith]=Nor&limit=5'));
    expect(nor.data).toHaveLength(5);
    expect(nor.totalCount).toBeGreaterThan(north.totalCount);
  });

  it('accepts percent-encoded filter keys', async () => {
    const literal = asList(await send(fake, 'GET', '/v1/accounts?$name[startsWith]=Sol'));
    const encoded = asList(await send(fake, 'GET', '/v1/accounts?%24name%5BstartsWith%5D=Sol'));
    expect(encoded.totalCount).toBe(literal.totalCount);
    expect(literal.totalCount).toBe(5);
  });

  it('matches whole names with equal (and with the operator omitted)', async () => {
    const exact = asList(
      await send(
        fake,
        'GET',
        `/v1/accounts?$name[equal]=${encodeURIComponent('northbridge metals')}`,
      ),
    );
    expect(names(exact)).toEqual(['Northbridge Metals']);
    const bare = asList(await send(fake, 'GET', '/v1/accounts?$name=Northbridge%20Metals'));
    expect(bare.totalCount).toBe(1);
    const none = asList(await send(fake, 'GET', '/v1/accounts?$name[equal]=Northbridge'));
    expect(none).toEqual({ object: 'list', data: [], totalCount: 0 });
  });

  it('finds an existing opportunity by exact name for the duplicate check', async () => {
    const query = `$name[equal]=${encodeURIComponent(WELL_KNOWN.opportunity.name)}`;
    const list = asList(await send(fake, 'GET', `/v1/opportunities?${query}&limit=25`));
    expect(list.data.map((r) => r.id)).toEqual([WELL_KNOWN.opportunity.id]);
    expect(list.data[0]?.relationships.$account?.values).toEqual([
      WELL_KNOWN.opportunity.accountId,
    ]);
    expect(list.data[0]?.httpLink).toBe(
      `https://crm.lightfield.app/crm/opportunities/${WELL_KNOWN.opportunity.id}`,
    );
  });

  it('filters URLs and emails with contains, and negates with -operator', async () => {
    const web = asList(await send(fake, 'GET', '/v1/accounts?$website[contains]=NORTHBRIDGE'));
    expect(web.totalCount).toBe(4);
    const notBridge = asList(
      await send(
        fake,
        'GET',
        '/v1/accounts?$name[startsWith]=North&$name[-startsWith]=Northbridge',
      ),
    );
    expect(names(notBridge).some((n) => n.startsWith('Northbridge'))).toBe(false);
    expect(notBridge.totalCount).toBeGreaterThan(0);
    const mail = asList(
      await send(fake, 'GET', '/v1/contacts?$email[contains]=@northbridgewater.org'),
    );
    expect(mail.totalCount).toBe(2);
  });

  it('filters select fields by option id, and $stage by label', async () => {
    const defs = fake.store.definitions.opportunity;
    const won = optionIdByLabel(defs, '$stage', 'Closed Won');
    const byId = asList(await send(fake, 'GET', `/v1/opportunities?$stage[equal]=${won}`));
    const byLabel = asList(await send(fake, 'GET', '/v1/opportunities?$stage[equal]=closed%20won'));
    expect(byId.totalCount).toBe(2);
    expect(byLabel.data.map((r) => r.id)).toEqual(byId.data.map((r) => r.id));
    const big = asList(await send(fake, 'GET', '/v1/opportunities?$amount[greaterThan]=150000'));
    expect(big.data.every((r) => (r.fields.$amount?.value as number) > 150000)).toBe(true);
    expect(big.totalCount).toBe(2);
  });

  it('filters contacts by FULL_NAME "First Last" prefix', async () => {
    const dan = asList(await send(fake, 'GET', '/v1/contacts?$name[startsWith]=dan'));
    expect(names(dan)).toEqual(['Daniel Okonkwo', 'Daniela Ruiz', 'Danika Shore']);
    const full = asList(await send(fake, 'GET', '/v1/contacts?$name[equal]=Ingrid%20Halvorsen'));
    expect(full.data.map((r) => r.id)).toEqual([WELL_KNOWN.contact.id]);
  });

  it('filters contacts by account via $account-contact or $account', async () => {
    const viaSlug = asList(
      await send(fake, 'GET', `/v1/contacts?$account-contact[contains]=${WELL_KNOWN.account.id}`),
    );
    expect(names(viaSlug)).toEqual(['Ingrid Halvorsen', 'Theo Delgado']);
    const viaKey = asList(
      await send(fake, 'GET', `/v1/contacts?$account[contains]=${WELL_KNOWN.account.id}`),
    );
    expect(viaKey.totalCount).toBe(2);
  });

  it.each([
    ['/v1/accounts?$bogus[equal]=x', '$bogus'],
    ['/v1/accounts?$name[contains]=x', '$name'],
    ['/v1/accounts?$name[near]=x', '$name'],
    ['/v1/accounts?$industry[equal]=x', '$industry'],
    ['/v1/opportunities?$amount[greaterThan]=lots', '$amount'],
    ['/v1/opportunities?$account[contains]=acc_x', '$account'],
    ['/v1/members?$name[startsWith]=M', '$name[startsWith]'],
  ])('rejects the filter in %s with invalid_filter', async (url, param) => {
    const answer = await send(fake, 'GET', url);
    expect(answer.status).toBe(400);
    expect(asError(answer)).toMatchObject({ code: 'invalid_filter', param });
  });

  it('lists exactly the ten members with limit/offset', async () => {
    const members = asList(await send(fake, 'GET', '/v1/members?limit=4&offset=8'));
    expect(members.totalCount).toBe(10);
    expect(members.data).toHaveLength(2);
    const all = asList(await send(fake, 'GET', '/v1/members'));
    const maya = all.data.find((m) => m.id === WELL_KNOWN.member.id);
    expect(maya).toMatchObject({
      httpLink: null,
      relationships: {},
      fields: {
        $email: { valueType: 'EMAIL', value: WELL_KNOWN.member.email },
        $name: { valueType: 'FULL_NAME', value: { firstName: 'Maya', lastName: 'Lindqvist' } },
        $profileImage: { valueType: 'URL', value: null },
        $role: { valueType: 'TEXT', value: 'ADMIN' },
      },
    });
    expect(maya).not.toHaveProperty('externalId');
  });

  it('retrieves records by id and answers 404 for unknown ones', async () => {
    for (const [type, id] of [
      ['accounts', WELL_KNOWN.account.id],
      ['contacts', WELL_KNOWN.contact.id],
      ['members', WELL_KNOWN.member.id],
      ['opportunities', WELL_KNOWN.opportunity.id],
    ]) {
      const answer = await send(fake, 'GET', `/v1/${type}/${id}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ id });
    }
    const missing = await send(fake, 'GET', '/v1/accounts/acc_missing');
    expect(missing.status).toBe(404);
    expect(asError(missing).type).toBe('not_found');
  });
});

describe('index lag', () => {
  it('hides created records from lists until the lag has passed; retrieve sees them at once', async () => {
    const clock = manualClock();
    const fake = createFakeLightfield({ indexLagMs: 5000, now: clock.now });
    const created = await send(fake, 'POST', '/v1/accounts', {
      body: { fields: { $name: 'Northbridge Lagging Ltd' } },
    });
    const id = (created.body as { id: string }).id;
    const search = () => send(fake, 'GET', '/v1/accounts?$name[startsWith]=Northbridge%20Lag');
    expect(asList(await search()).totalCount).toBe(0);
    expect((await send(fake, 'GET', `/v1/accounts/${id}`)).status).toBe(200);
    clock.advance(4999);
    expect(asList(await search()).totalCount).toBe(0);
    clock.advance(1);
    expect(asList(await search()).data.map((r) => r.id)).toEqual([id]);
  });

  it('shows created records immediately by default', async () => {
    const fake = createFakeLightfield();
    await send(fake, 'POST', '/v1/accounts', { body: { fields: { $name: 'Instant Index Co' } } });
    expect(
      asList(await send(fake, 'GET', '/v1/accounts?$name[equal]=Instant%20Index%20Co')).totalCount,
    ).toBe(1);
  });
});
