// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeLightfield, type FakeLightfield } from './create-fake-lightfield';
import { WELL_KNOWN } from './seed';
import { manualClock } from '../testing/fake-clock';
import { asError, asRecord, send } from '../testing/lightfield-requests';

async function newDeal(fake: FakeLightfield) {
  const answer = await send(fake, 'POST', '/v1/opportunities', {
    body: {
      fields: { $name: 'Northbridge – Pressure pilot', $stage: 'Discovery' },
      relationships: { $account: WELL_KNOWN.account.id },
    },
    idempotencyKey: 'deal-1',
  });
  return asRecord(answer).id;
}

const taskBody = (dealId: string, fields: Record<string, unknown> = {}) => ({
  fields: { $title: 'Call back', $status: 'TODO', ...fields },
  relationships: {
    $assignedTo: WELL_KNOWN.member.id,
    $opportunity: dealId,
    $account: WELL_KNOWN.account.id,
  },
});

describe('POST /v1/tasks and /v1/notes (fake)', () => {
  it('creates a task linked from its side; the deal and the account list it back', async () => {
    const fake = createFakeLightfield();
    const dealId = await newDeal(fake);
    const answer = await send(fake, 'POST', '/v1/tasks', {
      body: taskBody(dealId, { $dueAt: '2026-12-15T17:00:00+01:00' }),
      idempotencyKey: 'deal-1:task',
    });
    expect(answer.status).toBe(200);
    const task = asRecord(answer);
    expect(task.id).toMatch(/^tsk_/);
    expect(task.fields.$status?.value).toBe('TODO');
    expect(fake.store.get('opportunity', dealId)?.relationships.$task?.values).toEqual([task.id]);
    expect(fake.store.get('account', WELL_KNOWN.account.id)?.relationships.$task?.values).toContain(
      task.id,
    );
  });

  it.each([
    ['a status label instead of the plain string', { $status: 'To do' }, 'fields.$status'],
    ['no title', { $title: '' }, 'fields.$title'],
    ['an unknown field', { $name: 'x' }, 'fields.$name'],
  ])('refuses a task with %s', async (_, fields, param) => {
    const fake = createFakeLightfield();
    const dealId = await newDeal(fake);
    const answer = await send(fake, 'POST', '/v1/tasks', { body: taskBody(dealId, fields) });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(asError(answer).param).toBe(param);
    expect(fake.store.count('task')).toBe(0);
  });

  it('refuses a task without an assignee, or pointing at a deal that does not exist', async () => {
    const fake = createFakeLightfield();
    const dealId = await newDeal(fake);
    const unassigned = taskBody(dealId);
    const { $assignedTo: _, ...rest } = unassigned.relationships;
    const noAssignee = await send(fake, 'POST', '/v1/tasks', {
      body: { ...unassigned, relationships: rest },
    });
    expect(asError(noAssignee).param).toBe('relationships.$assignedTo');
    const ghost = await send(fake, 'POST', '/v1/tasks', { body: taskBody('opp_ghost') });
    expect(asError(ghost).code).toBe('relationship_entity_missing');
    expect(fake.store.count('task')).toBe(0);
  });

  it('needs a note title; replays a note key; answers 403 without notes:create', async () => {
    const fake = createFakeLightfield();
    const dealId = await newDeal(fake);
    const body = {
      fields: { $title: 'Notes — pilot', $content: 'Budget **approved**' },
      relationships: { $opportunity: dealId, $account: WELL_KNOWN.account.id },
    };
    const untitled = await send(fake, 'POST', '/v1/notes', {
      body: { ...body, fields: { $content: 'x' } },
    });
    expect(asError(untitled).param).toBe('fields.$title');
    const first = await send(fake, 'POST', '/v1/notes', { body, idempotencyKey: 'k:note' });
    const again = await send(fake, 'POST', '/v1/notes', { body, idempotencyKey: 'k:note' });
    expect(asRecord(again).id).toBe(asRecord(first).id);
    expect(fake.store.count('note')).toBe(1);

    const limited = createFakeLightfield({ scopes: ['opportunities:create'] });
    expect((await send(limited, 'POST', '/v1/notes', { body })).status).toBe(403);
  });

  it('faults hit task creates like any create', async () => {
    const fake = createFakeLightfield();
    const dealId = await newDeal(fake);
    fake.faults.inject({ operation: 'createTask', kind: 'status-after', status: 500 });
    const failed = await send(fake, 'POST', '/v1/tasks', {
      body: taskBody(dealId),
      idempotencyKey: 'd:task',
    });
    expect(failed.status).toBe(500);
    const replay = await send(fake, 'POST', '/v1/tasks', {
      body: taskBody(dealId),
      idempotencyKey: 'd:task',
    });
    expect(replay.status).toBe(200);
    expect(fake.store.count('task')).toBe(1);
  });

  it('"reset" clears tasks and notes with everything else', async () => {
    const fake = createFakeLightfield();
    const dealId = await newDeal(fake);
    await send(fake, 'POST', '/v1/tasks', { body: taskBody(dealId) });
    fake.reset();
    expect(fake.store.count('task')).toBe(0);
    expect(fake.store.count('note')).toBe(0);
  });
});

describe('the AI summary (fake)', () => {
  it('is null at create and written the configured delay later, on Retrieve', async () => {
    const clock = manualClock();
    const fake = createFakeLightfield({ now: clock.now, summaryDelayMs: 2_000 });
    const dealId = await newDeal(fake);
    const read = async () =>
      asRecord(await send(fake, 'GET', `/v1/opportunities/${dealId}`)).fields.aiSummary?.value;
    expect(await read()).toBeNull();
    clock.advance(1_999);
    expect(await read()).toBeNull();
    clock.advance(1);
    expect(await read()).toContain(
      '**Northbridge – Pressure pilot** with Northbridge Water District',
    );
  });
});
