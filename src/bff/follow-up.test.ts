import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import type { CreateOpportunityResponse } from '../model/api-contract';
import { IDEMPOTENCY_KEY, setupBff } from '../testing/bff-harness';
import { fakeClock } from '../testing/fake-clock';

const FOLLOW_UP = {
  task: { title: 'Send the pilot proposal', dueAt: '2026-12-01T17:00:00+01:00' },
  note: { content: 'Budget signed off by **Ingrid**; pilot at the east reservoir.' },
};

/** A BFF whose retries wait on a fake clock, and a deal with a next step and a note. */
async function setup(retry: { maxAttempts?: number } = {}) {
  const bff = setupBff({
    clock: fakeClock(),
    upstream: { retry: { budgetMs: 20_000, ...retry } },
  });
  const base = await bff.validBody();
  const body = {
    ...base,
    relationships: { ...base.relationships, $owner: WELL_KNOWN.member.id },
    followUp: FOLLOW_UP,
  };
  const send = async () => {
    const res = await bff.post(body);
    return { status: res.status, json: (await res.json()) as CreateOpportunityResponse };
  };
  const count = (type: 'opportunity' | 'task' | 'note') => bff.fake.store.count(type);
  const created = () => ({
    deals: bff.opportunitiesNamed(base.fields.$name).length,
    tasks: count('task'),
    notes: count('note'),
  });
  return { ...bff, body, send, created };
}

const ONE_EACH = { deals: 1, tasks: 1, notes: 1 };

describe('POST /api/opportunities with a follow-up', () => {
  it('creates the task and the note linked to the new deal, each under its own derived key', async () => {
    const { send, fake, upstreamCalls, created } = await setup();
    const { status, json } = await send();
    expect(status).toBe(200);
    expect(json.followUp?.task).toMatchObject({ status: 'created' });
    expect(json.followUp?.note).toMatchObject({ status: 'created' });
    expect(created()).toEqual(ONE_EACH);

    const [task] = upstreamCalls('POST', '/v1/tasks');
    expect(task?.headers['idempotency-key']).toBe(`${IDEMPOTENCY_KEY}:task`);
    expect(task?.body).toEqual({
      fields: {
        $title: 'Send the pilot proposal',
        $status: 'TODO',
        $dueAt: '2026-12-01T17:00:00+01:00',
      },
      relationships: {
        $assignedTo: WELL_KNOWN.member.id,
        $opportunity: json.id,
        $account: WELL_KNOWN.account.id,
      },
    });
    const [note] = upstreamCalls('POST', '/v1/notes');
    expect(note?.headers['idempotency-key']).toBe(`${IDEMPOTENCY_KEY}:note`);
    expect(note?.body).toEqual({
      fields: {
        $title: 'Notes — Northbridge – Reservoir sensors',
        $content: FOLLOW_UP.note.content,
      },
      relationships: { $opportunity: json.id, $account: WELL_KNOWN.account.id },
    });
    // Linked: the deal lists both from its read-only side.
    const deal = fake.store.get('opportunity', json.id);
    expect(deal?.relationships.$task?.values).toEqual([
      json.followUp?.task?.status === 'created' && json.followUp.task.id,
    ]);
    expect(deal?.relationships.$note?.values).toHaveLength(1);
  });

  it('reads the task definitions once, not per create', async () => {
    const bff = await setup();
    await bff.send();
    await bff.post(
      { ...bff.body, fields: { ...bff.body.fields, $name: 'Second' } },
      {
        'Idempotency-Key': '0d2f5e7a-1b3c-4d5e-8f90-a1b2c3d4e5f6',
      },
    );
    expect(bff.upstreamCalls('GET', '/v1/tasks/definitions')).toHaveLength(1);
    expect(bff.fake.store.count('task')).toBe(2);
  });

  it.each([
    ['a 500 after the task was written', { operation: 'createTask', kind: 'status-after' }],
    ['a reset after the note was written', { operation: 'createNote', kind: 'reset-after' }],
    ['a 429 on the task', { operation: 'createTask', kind: 'rate-limit', retryAfterSeconds: 2 }],
    ['a reset before the note', { operation: 'createNote', kind: 'reset-before', times: 2 }],
  ] as const)('writes each record once through %s', async (_, fault) => {
    const { send, fake, created } = await setup();
    fake.faults.inject(fault);
    const { status, json } = await send();
    expect(status).toBe(200);
    expect(json.followUp).toMatchObject({
      task: { status: 'created' },
      note: { status: 'created' },
    });
    expect(created()).toEqual(ONE_EACH);
  });

  it('answers with the deal and a pending task when the task keeps failing; the same request then creates only the task', async () => {
    const { send, fake, created, upstreamCalls } = await setup();
    fake.faults.inject({ operation: 'createTask', kind: 'status-before', status: 503, times: 50 });
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.json.httpLink).toContain(first.json.id);
    expect(first.json.followUp?.task).toMatchObject({ status: 'failed', retryable: true });
    expect(first.json.followUp?.note).toMatchObject({ status: 'created' });
    expect(created()).toEqual({ deals: 1, tasks: 0, notes: 1 });

    fake.faults.clear();
    const again = await send();
    expect(again.json.id).toBe(first.json.id);
    expect(again.json.followUp).toMatchObject({
      task: { status: 'created' },
      note: { status: 'created' },
    });
    expect(created()).toEqual(ONE_EACH);
    // Every send of the note used its one key: Lightfield replayed it.
    const noteKeys = new Set(
      upstreamCalls('POST', '/v1/notes').map((r) => r.headers['idempotency-key']),
    );
    expect([...noteKeys]).toEqual([`${IDEMPOTENCY_KEY}:note`]);
  });

  it('survives a reload mid-sequence: the deal answer was lost, the retry writes nothing twice', async () => {
    // No retries in the BFF: the deal is written, its answer lost, and the browser is told so.
    const { send, fake, created } = await setup({ maxAttempts: 1 });
    fake.faults.inject({ operation: 'createOpportunity', kind: 'reset-after' });
    const lost = await send();
    expect(lost.status).toBeGreaterThanOrEqual(500);
    expect(created()).toEqual({ deals: 1, tasks: 0, notes: 0 });

    fake.faults.clear();
    const reloaded = await send();
    expect(reloaded.status).toBe(200);
    expect(reloaded.json.followUp).toMatchObject({
      task: { status: 'created' },
      note: { status: 'created' },
    });
    expect(created()).toEqual(ONE_EACH);
  });

  it('writes each record once under a double submit', async () => {
    const { send, created } = await setup();
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.json.id).toBe(b.json.id);
    expect(created()).toEqual(ONE_EACH);
  });

  it('refuses the same key with another note (422), writing nothing more', async () => {
    const { post, body, send, created } = await setup();
    await send();
    const res = await post({ ...body, followUp: { ...FOLLOW_UP, note: { content: 'Other' } } });
    expect(res.status).toBe(422);
    expect(created()).toEqual(ONE_EACH);
  });

  it('refuses a next step without an owner, before calling Lightfield', async () => {
    const { post, body, fake } = await setup();
    const res = await post({ ...body, relationships: { $account: WELL_KNOWN.account.id } });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(json.error.fields['relationships.$owner']).toMatch(/owner/i);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('refuses a follow-up part it does not know', async () => {
    const { post, body, fake } = await setup();
    const res = await post({ ...body, followUp: { ...FOLLOW_UP, meeting: {} } });
    expect(res.status).toBe(400);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('says which summary fields Lightfield has yet to write', async () => {
    const { send } = await setup();
    const { json } = await send();
    expect(json.summaryKeys).toEqual(['aiSummary']);
  });
});

describe('GET /api/opportunities/:id (the AI summary)', () => {
  it('answers only the read-only MARKDOWN fields that have a value, once Lightfield wrote them', async () => {
    let now = Date.parse('2026-11-20T10:00:00Z');
    const bff = setupBff({ fake: { now: () => new Date(now), summaryDelayMs: 3_000 } });
    const res = await bff.post(await bff.validBody());
    const { id } = (await res.json()) as CreateOpportunityResponse;
    const read = async () => (await bff.request(`/api/opportunities/${id}`)).json();
    expect(await read()).toEqual({ id, summaries: [] });
    now += 3_000;
    const after = (await read()) as {
      summaries: Array<{ key: string; label: string; markdown: string }>;
    };
    expect(after.summaries).toHaveLength(1);
    expect(after.summaries[0]).toMatchObject({ key: 'aiSummary', label: 'AI deal summary' });
    expect(after.summaries[0]?.markdown).toContain('Northbridge – Reservoir sensors');
    expect(bff.upstreamCalls('GET', `/v1/opportunities/${id}`)).toHaveLength(2);
  });

  it('is 404 for an unknown deal', async () => {
    const bff = setupBff();
    expect((await bff.request('/api/opportunities/opp_nope')).status).toBe(404);
  });
});

describe('GET /api/definitions and the follow-up scopes', () => {
  it('offers the task and the note when the key has their scopes (full access)', async () => {
    expect((await setupBff().definitions()).followUp).toEqual({ task: true, note: true });
  });

  it('hides what the key may not create', async () => {
    const bff = setupBff({
      fake: { scopes: ['opportunities:read', 'opportunities:create', 'notes:create'] },
    });
    expect((await bff.definitions()).followUp).toEqual({ task: false, note: true });
  });
});
