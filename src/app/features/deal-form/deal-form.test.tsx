import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, test, vi } from 'vitest';
import {
  API_IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  type AccountOption,
  type ApiErrorBody,
  type ListPayload,
  type MemberOption,
} from '../../../model/api-contract';
import type { FormDefinitions } from '../../../model/form-definitions';
import { send } from '../../../testing/lightfield-requests';
import { renderApp, setupTestBff } from '../../../testing/render-app';

const { bff, server, requests, definitions } = setupTestBff();

const submitButton = () => screen.getByRole('button', { name: 'Create opportunity' });
const creates = () => requests('POST', '/api/opportunities');

async function bffJson<T>(path: string): Promise<T> {
  const response = await bff.app.fetch(new Request(`http://localhost${path}`));
  return (await response.json()) as T;
}

function optionId(defs: FormDefinitions, fieldKey: string, label: string): string {
  const id = defs.fields
    .find((f) => f.key === fieldKey)
    ?.options.find((o) => o.label === label)?.id;
  if (!id) throw new Error(`no option ${label} on ${fieldKey}`);
  return id;
}

async function accountId(name: string): Promise<string> {
  const { data } = await bffJson<ListPayload<AccountOption>>(
    `/api/accounts?q=${encodeURIComponent(name)}`,
  );
  const id = data.find((a) => a.name === name)?.id;
  if (!id) throw new Error(`no account ${name}`);
  return id;
}

async function chooseSelect(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Types into a picker and clicks the option named `option` once it is listed. */
async function pick(user: UserEvent, label: string, text: string, option: string) {
  const input = screen.getByRole('combobox', { name: label });
  await user.type(input, text);
  const listbox = await screen.findByRole('listbox', { name: label });
  await user.click(await within(listbox).findByRole('option', { name: option }));
}

async function fillRequired(user: UserEvent, account = 'Northbridge Water District') {
  await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Northbridge pilot');
  await chooseSelect(user, 'Stage', 'Pilot');
  await pick(user, 'Account', account.slice(0, 14), account);
}

// Whole submits (a duplicate check, then the create) through user-event take seconds in jsdom.
describe('deal form', { timeout: 15_000 }, () => {
  test('stays quiet while pristine, then reports a required field once left', async () => {
    const { user } = renderApp();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    expect(name).not.toHaveAttribute('aria-invalid');
    await user.click(name);
    await user.tab();
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Name is required');
  });

  test('an empty submit shows the errors and focuses the first invalid control', async () => {
    const { user } = renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    await user.click(submitButton());

    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Name is required');
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveAccessibleDescription(
      /Stage is required$/,
    );
    const account = screen.getByRole('combobox', { name: 'Account' });
    expect(account).toHaveAttribute('aria-invalid', 'true');
    expect(account).toHaveAccessibleDescription(/Account is required$/);
    expect(creates()).toHaveLength(0);
  });

  test('focus moves in the click’s own task, once the message it announces is there', async () => {
    renderApp();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    // No animation frame ever runs: focus must not wait for one (it cost a second style pass).
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const announced: (string | null)[] = [];
    name.addEventListener('focus', () => announced.push(name.getAttribute('aria-invalid')));
    try {
      fireEvent.click(submitButton());
      await waitFor(() => expect(name).toHaveFocus());
      expect(announced).toEqual(['true']);
      expect(name).toHaveAccessibleDescription('Name is required');
    } finally {
      frame.mockRestore();
    }
  });

  test('focus goes to the first invalid control in the order shown', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Pilot deal');
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), 'lots');

    // The Select (still the light stand-in) is the first invalid control.
    await user.click(submitButton());
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveFocus());

    // Account is shown before Amount although it is a relationship and Amount a field.
    await chooseSelect(user, 'Stage', 'Discovery');
    await user.click(submitButton());
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Account' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveAccessibleDescription(
      /Enter a number$/,
    );
  });

  // Fills most of the form through real interactions, which takes a few seconds in jsdom.
  test(
    'a complete submit sends exactly the create body, with an Idempotency-Key',
    { timeout: 20_000 },
    async () => {
      const defs = await definitions();
      const { data: members } = await bffJson<ListPayload<MemberOption>>('/api/members');
      const maya = members.find((m) => m.name === 'Maya Lindqvist');
      const { user } = renderApp();

      await fillRequired(user);
      await pick(user, 'Owner', 'Maya', 'Maya Lindqvist');
      await user.type(screen.getByRole('textbox', { name: 'Amount' }), '185,000.50');
      await user.type(screen.getByRole('textbox', { name: 'Sensors quoted' }), '120');
      await user.type(screen.getByLabelText('Target go-live'), '2026-12-15');
      await user.click(screen.getByRole('checkbox', { name: 'On-prem gateway required' }));
      await chooseSelect(user, 'Contract term', '24 months');
      await pick(user, 'Sensor families', 'Fl', 'Flow');
      await user.type(
        screen.getByRole('textbox', { name: 'Invoice email' }),
        'ap@northbridgewater.org',
      );
      await user.type(screen.getByRole('textbox', { name: 'Stakeholder emails' }), 'cfo@nbw.org');
      await user.click(screen.getByRole('button', { name: 'Add another Stakeholder emails' }));
      const second = screen.getByRole('textbox', { name: 'Stakeholder emails 2' });
      expect(second).toHaveFocus();
      await user.type(second, 'ops@nbw.org');
      await user.type(screen.getByRole('textbox', { name: 'Site phones' }), '+1 415 555 0123');
      await user.type(
        screen.getByRole('textbox', { name: 'RFP link' }),
        'northbridgewater.org/rfp',
      );
      const site = screen.getByRole('group', { name: 'Install site' });
      await user.type(within(site).getByRole('textbox', { name: 'City' }), 'Northbridge');
      await user.type(within(site).getByRole('combobox', { name: 'Country' }), 'United States');
      await user.click(await screen.findByRole('option', { name: 'United States' }));
      const signatory = screen.getByRole('group', { name: 'Contract signatory' });
      await user.type(within(signatory).getByRole('textbox', { name: 'First name' }), 'Ingrid');
      await user.type(screen.getByRole('textbox', { name: 'Signatory LinkedIn' }), '@ingrid-h');
      await pick(user, 'Implementation partners', 'Northstar', 'Northstar Foundry Europe');

      await user.click(submitButton());
      expect(await screen.findByRole('heading', { name: 'Opportunity created' })).toHaveFocus();

      const expected = {
        fields: {
          $name: 'Northbridge pilot',
          // The pipeline the form starts at (the org's default) is sent with its stage.
          $pipeline: optionId(defs, '$pipeline', 'New business'),
          $stage: optionId(defs, '$stage', 'Pilot'),
          $amount: 185000.5,
          sensorCount: 120,
          targetGoLive: '2026-12-15T17:00:00+01:00',
          onPremGateway: true,
          contractTerm: optionId(defs, 'contractTerm', '24 months'),
          sensorFamilies: [optionId(defs, 'sensorFamilies', 'Flow')],
          invoiceEmail: 'ap@northbridgewater.org',
          stakeholderEmails: ['cfo@nbw.org', 'ops@nbw.org'],
          sitePhones: ['+14155550123'],
          rfpLink: 'https://northbridgewater.org/rfp',
          installSite: { city: 'Northbridge', country: 'US' },
          signatory: { firstName: 'Ingrid' },
          signatoryLinkedIn: 'https://www.linkedin.com/in/ingrid-h',
        },
        relationships: {
          $account: await accountId('Northbridge Water District'),
          $owner: maya?.id,
          implementationPartners: [await accountId('Northstar Foundry Europe')],
        },
      };
      const [sent, ...more] = creates();
      expect(more).toHaveLength(0);
      expect(sent?.body).toEqual(expected);
      const key = sent?.headers.get(API_IDEMPOTENCY_HEADER) ?? '';
      expect(key).toMatch(IDEMPOTENCY_KEY_PATTERN);
      expect(sent?.headers.get('Content-Type')).toBe('application/json');

      // What reached Lightfield is the same body under the same key.
      const [upstream] = bff.upstreamRequests('POST', '/v1/opportunities');
      expect(upstream?.body).toEqual(expected);
      expect(upstream?.headers['idempotency-key']).toBe(key);

      const link = screen.getByRole('link', { name: 'Open in Lightfield' });
      expect(link).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:\/\/crm\.lightfield\.app\//),
      );
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(screen.getByText('Northbridge pilot')).toBeInTheDocument();
    },
  );

  test('a double-click sends one request, and the button is aria-disabled meanwhile', async () => {
    const { user } = renderApp();
    await fillRequired(user);
    bff.fake.faults.inject({ operation: 'createOpportunity', kind: 'delay', delayMs: 200 });

    await user.dblClick(submitButton());
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    await user.click(submitButton());

    await screen.findByRole('heading', { name: 'Opportunity created' });
    expect(creates()).toHaveLength(1);
    expect(bff.upstreamRequests('POST', '/v1/opportunities')).toHaveLength(1);
  });

  test('two submits in the same tick still send one request', async () => {
    const { user } = renderApp();
    await fillRequired(user);
    const form = submitButton().closest('form');
    if (!form) throw new Error('no form');
    // Before React re-renders, so only the handler's own guard can stop the second one.
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    await screen.findByRole('heading', { name: 'Opportunity created' });
    expect(creates()).toHaveLength(1);
  });

  test('server field errors land on their control, which gets focus', async () => {
    // An account that exists while the rep picks it, but is gone by the time they submit.
    await send(bff.fake, 'POST', '/v1/accounts', {
      body: { fields: { $name: 'Zephyr Harbour Authority' }, relationships: {} },
      idempotencyKey: crypto.randomUUID(),
    });
    const { user } = renderApp();
    await fillRequired(user, 'Zephyr Harbour Authority');
    bff.fake.reset();

    await user.click(submitButton());
    const account = screen.getByRole('combobox', { name: 'Account' });
    await waitFor(() => expect(account).toHaveFocus());
    expect(account).toHaveAttribute('aria-invalid', 'true');
    expect(account).toHaveAccessibleDescription(/No account .* exists/);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Some details need fixing');
    expect(alert).toHaveTextContent(/Reference: \S+/);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  test('a retryable failure offers "Try again", which reuses the Idempotency-Key', async () => {
    const { user } = renderApp();
    await fillRequired(user);
    // The BFF retries upstream outages itself for up to 20 s; answering its give-up response
    // here once keeps the test fast. "Try again" then goes through the BFF and the fake.
    const gaveUp: ApiErrorBody = {
      error: {
        code: 'upstream_unavailable',
        message: 'Lightfield did not answer in time.',
        retryable: true,
        requestId: 'req-test-504',
      },
    };
    server.use(
      http.post(/\/api\/opportunities$/, () => HttpResponse.json(gaveUp, { status: 504 }), {
        once: true,
      }),
    );

    await user.click(submitButton());
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Trying again is safe'));
    expect(alert).toHaveTextContent('Reference: req-test-504');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Opportunity created' });

    const [first, second] = creates();
    expect(creates()).toHaveLength(2);
    expect(second?.headers.get(API_IDEMPOTENCY_HEADER)).toBe(
      first?.headers.get(API_IDEMPOTENCY_HEADER),
    );
    expect(second?.body).toEqual(first?.body);
    expect(bff.upstreamRequests('POST', '/v1/opportunities')).toHaveLength(1);
  });

  test('a configuration problem is explained, without "Try again"', async () => {
    const { user } = renderApp();
    await fillRequired(user);
    bff.fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 403 });
    await user.click(submitButton());
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Deal Form may not create opportunities'));
    expect(alert).toHaveTextContent(/Reference: \S+/);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
  });

  test('"Create another" resets the form, focuses the first field and uses a new key', async () => {
    const { user } = renderApp();
    await fillRequired(user);
    await user.click(submitButton());
    await user.click(await screen.findByRole('button', { name: 'Create another' }));

    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveTextContent('Choose…');
    expect(screen.getByRole('combobox', { name: 'Account' })).toHaveValue('');

    await fillRequired(user, 'Norvale Energy Storage');
    await user.click(submitButton());
    await screen.findByRole('heading', { name: 'Opportunity created' });
    const keys = creates().map((r) => r.headers.get(API_IDEMPOTENCY_HEADER));
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
