// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeLightfield, type FakeLightfield } from './create-fake-lightfield';
import { WELL_KNOWN } from './seed';
import { asError, asRecord, lfRequest, send } from '../testing/lightfield-requests';
import { manualClock } from '../testing/fake-clock';

const dealBody = (name = 'Northbridge Water District - Meter telemetry') => ({
  fields: { $name: name, $stage: 'Discovery' },
  relationships: { $account: WELL_KNOWN.account.id },
});

const createDeal = (fake: FakeLightfield, key?: string, name?: string) =>
  send(fake, 'POST', '/v1/opportunities', { body: dealBody(name), idempotencyKey: key });

const countByName = (fake: FakeLightfield, name: string) =>
  fake.store.entries('opportunity').filter((e) => e.record.fields.$name?.value === name).length;

describe('Idempotency-Key', () => {
  it('replays the first response for a repeated key without writing again', async () => {
    const fake = createFakeLightfield();
    const before = fake.store.count('opportunity');
    const first = await createDeal(fake, 'key-1');
    const second = await createDeal(fake, 'key-1', 'A different payload');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(asRecord(second)).toEqual(asRecord(first));
    expect(fake.store.count('opportunity')).toBe(before + 1);
    expect(countByName(fake, 'A different payload')).toBe(0);
  });

  it('creates again without a key or with a new key', async () => {
    const fake = createFakeLightfield();
    const before = fake.store.count('opportunity');
    await createDeal(fake);
    await createDeal(fake);
    await createDeal(fake, 'key-a');
    await createDeal(fake, 'key-b');
    expect(fake.store.count('opportunity')).toBe(before + 4);
  });

  it('scopes keys per operation', async () => {
    const fake = createFakeLightfield();
    const opportunity = await createDeal(fake, 'shared');
    const account = await send(fake, 'POST', '/v1/accounts', {
      body: { fields: { $name: 'Shared Key Ltd' } },
      idempotencyKey: 'shared',
    });
    expect(asRecord(opportunity).id).toMatch(/^opp_/);
    expect(asRecord(account).id).toMatch(/^acc_/);
  });

  it('rejects keys longer than 255 characters', async () => {
    const fake = createFakeLightfield();
    expect((await createDeal(fake, 'k'.repeat(255))).status).toBe(200);
    const answer = await createDeal(fake, 'k'.repeat(256));
    expect(answer.status).toBe(400);
    expect(asError(answer)).toMatchObject({
      type: 'bad_request',
      code: 'idempotency_key_too_long',
      param: 'Idempotency-Key',
    });
  });

  it('runs the operation again when the first attempt failed', async () => {
    const fake = createFakeLightfield();
    const invalid = await send(fake, 'POST', '/v1/opportunities', {
      body: { fields: { $name: 'x' }, relationships: { $account: WELL_KNOWN.account.id } },
      idempotencyKey: 'retry-me',
    });
    expect(invalid.status).toBe(400);
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 503 });
    const unavailable = await createDeal(fake, 'retry-me');
    expect(unavailable.status).toBe(503);
    expect(asError(unavailable).type).toBe('service_unavailable');
    const ok = await createDeal(fake, 'retry-me');
    expect(ok.status).toBe(200);
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
  });

  it('answers 409 idempotency_conflict while the first request is still running', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'delay', delayMs: 100 });
    const slow = createDeal(fake, 'in-flight');
    const conflict = await createDeal(fake, 'in-flight');
    expect(conflict.status).toBe(409);
    expect(asError(conflict).type).toBe('idempotency_conflict');
    const first = await slow;
    expect(first.status).toBe(200);
    const replay = await createDeal(fake, 'in-flight');
    expect(asRecord(replay).id).toBe(asRecord(first).id);
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
  });

  it('500 after commit: the retry with the same key returns the record written once', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-after', status: 500 });
    const failed = await createDeal(fake, 'after-commit');
    expect(failed.status).toBe(500);
    expect(asError(failed).type).toBe('internal_server_error');
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
    const retry = await createDeal(fake, 'after-commit');
    expect(retry.status).toBe(200);
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
    expect(fake.store.get('opportunity', asRecord(retry).id)).toBeDefined();
  });

  it('connection reset after commit: fetch throws, the retry returns the one record', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'reset-after' });
    const request = lfRequest(fake, 'POST', '/v1/opportunities', {
      body: dealBody(),
      idempotencyKey: 'reset-after',
    });
    await expect(fake.fetch(request)).rejects.toThrow(new TypeError('fetch failed'));
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
    const retry = await createDeal(fake, 'reset-after');
    expect(retry.status).toBe(200);
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
  });

  it('connection reset before writing: nothing is stored and the retry creates', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'reset-before' });
    await expect(
      fake.fetch(
        lfRequest(fake, 'POST', '/v1/opportunities', { body: dealBody(), idempotencyKey: 'rb' }),
      ),
    ).rejects.toBeInstanceOf(TypeError);
    expect(countByName(fake, dealBody().fields.$name)).toBe(0);
    expect((await createDeal(fake, 'rb')).status).toBe(200);
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
  });

  it('forgets keys after 24 hours', async () => {
    const clock = manualClock();
    const fake = createFakeLightfield({ now: clock.now });
    const first = await createDeal(fake, 'day-old');
    clock.advance(24 * 60 * 60 * 1000 - 1);
    expect(asRecord(await createDeal(fake, 'day-old')).id).toBe(asRecord(first).id);
    clock.advance(1);
    expect(asRecord(await createDeal(fake, 'day-old')).id).not.toBe(asRecord(first).id);
  });

  it('reset() forgets keys', async () => {
    const fake = createFakeLightfield();
    await createDeal(fake, 'k');
    fake.reset();
    await createDeal(fake, 'k');
    expect(countByName(fake, dealBody().fields.$name)).toBe(1);
  });
});
