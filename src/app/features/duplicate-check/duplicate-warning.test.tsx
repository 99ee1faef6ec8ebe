import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import {
  API_IDEMPOTENCY_HEADER,
  type AccountOption,
  type ApiErrorBody,
  type ListPayload,
} from '../../../model/api-contract';
import { emptyFormValues } from '../../../model/form-schema';
import { renderApp, setupTestBff } from '../../../testing/render-app';
import { leaveClosedTabDraft } from '../../../testing/closed-tab-draft';

const { bff, server, requests, definitions } = setupTestBff();

const creates = () => requests('POST', '/api/opportunities');
const named = (name: string) =>
  bff.fake.store.entries('opportunity').filter((e) => e.record.fields.$name?.value === name);

/** A saved draft for `name` on Northbridge Water District, and that account's id. */
async function draftFor(name: string) {
  const defs = await definitions();
  const values = emptyFormValues(defs);
  const stage = defs.fields.find((f) => f.key === '$stage')?.options[0]?.id;
  const res = await bff.app.fetch(
    new Request('http://localhost/api/accounts?q=Northbridge%20Water'),
  );
  const account = ((await res.json()) as ListPayload<AccountOption>).data[0];
  if (!stage || !account) throw new Error('seed changed');
  values.fields.$name = name;
  values.fields.$stage = stage;
  values.relationships.$account = account.id;
  leaveClosedTabDraft(values);
  return { stage, account };
}

async function createDirectly(name: string, stage: string, accountId: string) {
  const res = await bff.app.fetch(
    new Request('http://localhost/api/opportunities', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [API_IDEMPOTENCY_HEADER]: crypto.randomUUID(),
      },
      body: JSON.stringify({
        fields: { $name: name, $stage: stage },
        relationships: { $account: accountId },
      }),
    }),
  );
  expect(res.status).toBe(200);
}

describe('duplicate warning', { timeout: 15_000 }, () => {
  test('a deal with the same name on the same account: "Open it" or "Create anyway"', async () => {
    const name = 'Reservoir sensors, phase 2';
    const { stage, account } = await draftFor(name);
    await createDirectly(name, stage, account.id);
    const { user } = renderApp();
    await screen.findByText('Draft restored');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));

    const warning = await screen.findByText(
      `A deal named “${name}” already exists for ${account.name}.`,
    );
    const region = warning.closest('[role="alert"]') as HTMLElement;
    const open = within(region).getByRole('link', { name: /Open it/ });
    expect(open).toHaveAttribute(
      'href',
      `https://crm.lightfield.app/crm/opportunities/${named(name)[0]?.record.id}`,
    );
    expect(creates()).toHaveLength(0);

    await user.click(within(region).getByRole('button', { name: 'Create anyway' }));
    await screen.findByRole('heading', { name: 'Opportunity created' });
    expect(creates()).toHaveLength(1);
    expect(named(name)).toHaveLength(2);
  });

  test('a failing check never stands in the way of the create', async () => {
    const name = 'Checked while Lightfield was busy';
    await draftFor(name);
    const busy: ApiErrorBody = {
      error: {
        code: 'upstream_unavailable',
        message: 'Lightfield had a problem.',
        retryable: true,
      },
    };
    server.use(http.get(/\/api\/duplicates/, () => HttpResponse.json(busy, { status: 502 })));
    const { user } = renderApp();
    await screen.findByText('Draft restored');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    await screen.findByRole('heading', { name: 'Opportunity created' });
    await waitFor(() => expect(named(name)).toHaveLength(1));
  });
});
