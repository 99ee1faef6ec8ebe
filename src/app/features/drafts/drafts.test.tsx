import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  API_IDEMPOTENCY_HEADER,
  type AccountOption,
  type ApiErrorBody,
  type ListPayload,
} from '../../../model/api-contract';
import { emptyFormValues, type FormValues } from '../../../model/form-schema';
import { overrideLocale } from '../../lib/locale';
import { renderApp, setupTestBff } from '../../../testing/render-app';
import { TAB_SLOT_KEY } from './draft-slot';
import { draftStorageKey, readDraft, storedDraftKeys, type StoredDraft } from './draft-store';

const { bff, server, requests, definitions } = setupTestBff();

// Each test's draft has its own key: the BFF (one per file) binds a used key to its deal.
let KEY = '';
beforeEach(() => {
  KEY = crypto.randomUUID();
});
const creates = () => requests('POST', '/api/opportunities');
const nameBox = () => screen.findByRole('textbox', { name: 'Name' });

function storeDraft(values: FormValues, extra: Partial<StoredDraft> = {}) {
  const draft: StoredDraft = {
    version: 1,
    idempotencyKey: KEY,
    keyCreatedAt: new Date().toISOString(),
    values,
    awaitingAnswer: false,
    formChanged: false,
    savedAt: new Date().toISOString(),
    ...extra,
  };
  // As a tab that was closed (or crashed) left it: the next page adopts it.
  localStorage.setItem(draftStorageKey('closed-tab'), JSON.stringify(draft));
}

/** The draft of the page's tab, as the slot it claimed says. */
const tabDraft = () => readDraft(draftStorageKey(sessionStorage.getItem(TAB_SLOT_KEY) ?? ''));

/** A complete, valid deal as the form holds it. */
async function completeValues(name: string): Promise<FormValues> {
  const defs = await definitions();
  const values = emptyFormValues(defs);
  const stage = defs.fields
    .find((f) => f.key === '$stage')
    ?.options.find((o) => o.label === 'Pilot');
  const response = await bff.app.fetch(
    new Request('http://localhost/api/accounts?q=Northbridge%20Water'),
  );
  const { data } = (await response.json()) as ListPayload<AccountOption>;
  if (!stage || !data[0]) throw new Error('seed changed');
  values.fields.$name = name;
  values.fields.$stage = stage.id;
  values.relationships.$account = data[0].id;
  return values;
}

/**
 * The deal as Lightfield got it from an earlier send of the draft, under `key`: the very body the
 * form sends (the BFF refuses a key reused with another body).
 */
async function createInLightfield(values: FormValues, key: string) {
  const response = await bff.app.fetch(
    new Request('http://localhost/api/opportunities', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [API_IDEMPOTENCY_HEADER]: key },
      body: JSON.stringify({
        fields: {
          $name: values.fields.$name,
          $pipeline: values.fields.$pipeline,
          $stage: values.fields.$stage,
        },
        relationships: { $account: values.relationships.$account },
      }),
    }),
  );
  expect(response.status).toBe(200);
}

const opportunitiesNamed = (name: string) =>
  bff.fake.store.entries('opportunity').filter((e) => e.record.fields.$name?.value === name);

/** The BFF's next answer to a create is this definite refusal, whatever reached it. */
function refuseNextCreate(status: number, code: ApiErrorBody['error']['code'], message: string) {
  const body: ApiErrorBody = { error: { code, message, retryable: false } };
  server.use(
    http.post(/\/api\/opportunities$/, () => HttpResponse.json(body, { status }), { once: true }),
  );
}

/**
 * Create, while Lightfield keeps failing until the BFF gives up: the page cannot know whether
 * the deal was saved. Returns the alert that offers "Try again".
 */
async function createUnanswered(user: UserEvent) {
  bff.fake.faults.inject({
    operation: 'createOpportunity',
    kind: 'status-before',
    status: 503,
    times: 50,
  });
  await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(alert).toHaveTextContent('Trying again is safe'), { timeout: 4_000 });
  return alert;
}

async function typeName(user: UserEvent, text: string) {
  await user.type(await nameBox(), text);
}

// Typing through user-event and the BFF's retries (in milliseconds) take a few seconds in jsdom.
describe('drafts', { timeout: 15_000 }, () => {
  test('autosaves while typing and restores after a reload, with the same key', async () => {
    const first = renderApp();
    await typeName(first.user, 'Harbour');
    await waitFor(() => expect(tabDraft()?.values.fields.$name).toBe('Harbour'));
    const saved = tabDraft();
    first.unmount();

    renderApp();
    const notice = await screen.findByText('Draft restored');
    expect(await nameBox()).toHaveValue('Harbour');
    expect(notice.closest('[role="status"]')).toBeInTheDocument();
    expect(tabDraft()?.idempotencyKey).toBe(saved?.idempotencyKey);
  });

  test('an untouched form leaves no draft, and a reload announces nothing', async () => {
    const first = renderApp();
    await nameBox();
    first.unmount();
    expect(storedDraftKeys()).toEqual([]);
    renderApp();
    await nameBox();
    expect(screen.queryByText('Draft restored')).not.toBeInTheDocument();
  });

  test('values that no longer fit the definitions are dropped with a notice, never sent', async () => {
    const values = emptyFormValues(await definitions());
    values.fields.$name = 'Kept name';
    values.fields.$stage = 'opt_removed_since';
    storeDraft(values);
    const { user } = renderApp();
    expect(await nameBox()).toHaveValue('Kept name');
    expect(
      await screen.findByText(/no longer fits the form and was removed: Stage/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    // Stage is required and was dropped: the form asks for it instead of sending the stale id.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveAttribute(
        'aria-invalid',
        'true',
      ),
    );
    expect(creates()).toHaveLength(0);
  });

  test('a stage outside the draft’s pipeline is dropped and named; the pipeline stays', async () => {
    const defs = await definitions();
    const options = (key: string) => defs.fields.find((f) => f.key === key)?.options ?? [];
    const renewals = options('$pipeline').find((o) => o.label === 'Renewals');
    const pilot = options('$stage').find((o) => o.label === 'Pilot');
    const values = emptyFormValues(defs);
    values.fields.$name = 'Kept renewal';
    values.fields.$pipeline = renewals?.id ?? '';
    values.fields.$stage = pilot?.id ?? '';
    storeDraft(values);
    renderApp();
    expect(await nameBox()).toHaveValue('Kept renewal');
    expect(
      await screen.findByText(/no longer fits the form and was removed: Stage/),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sales pipeline' })).toHaveTextContent('Renewals');
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveTextContent('Choose…');
  });

  test('Discard empties the form, forgets the draft and starts a new key', async () => {
    const values = emptyFormValues(await definitions());
    values.fields.$name = 'Throwaway';
    storeDraft(values);
    const { user } = renderApp();
    expect(await nameBox()).toHaveValue('Throwaway');
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(await nameBox()).toHaveValue('');
    expect(screen.queryByText('Draft restored')).not.toBeInTheDocument();
    expect(storedDraftKeys()).toEqual([]);
  });

  test('a German rep reads the notice in German', async () => {
    const values = emptyFormValues(await definitions());
    values.fields.$name = 'Pumpwerk Nord';
    storeDraft(values);
    overrideLocale('de-DE');
    try {
      renderApp();
      const notice = await screen.findByText('Entwurf wiederhergestellt');
      expect(notice.closest('[role="status"]')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Verwerfen' })).toBeEnabled();
    } finally {
      overrideLocale(null);
    }
  });

  test('a create sent with the draft key clears the draft once the deal exists', async () => {
    storeDraft(await completeValues('Restored and sent'));
    const { user } = renderApp();
    await screen.findByText('Draft restored');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    await screen.findByRole('heading', { name: 'Opportunity created' });
    expect(creates()[0]?.headers.get(API_IDEMPOTENCY_HEADER)).toBe(KEY);
    expect(storedDraftKeys()).toEqual([]);
  });

  test('a reload while a create was unanswered comes back locked; Try again settles it once', async () => {
    const values = await completeValues('Sent before the crash');
    // The first send reached Lightfield and wrote the deal; its answer never reached the page.
    await createInLightfield(values, KEY);
    storeDraft(values, { awaitingAnswer: true });

    const { user } = renderApp();
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('was being created when the page closed'));
    expect(await nameBox()).toBeDisabled();
    // Discarding now would forget a deal that may exist and start a new key.
    expect(screen.getByRole('button', { name: 'Discard' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Opportunity created' });

    expect(creates()[0]?.headers.get(API_IDEMPOTENCY_HEADER)).toBe(KEY);
    expect(opportunitiesNamed('Sent before the crash')).toHaveLength(1);
  });

  test('after an ambiguous failure the payload is frozen until Try again, with the same key', async () => {
    storeDraft(await completeValues('Outage mid-create'));
    const { user } = renderApp();
    await screen.findByText('Draft restored');
    const alert = await createUnanswered(user);
    expect(await nameBox()).toBeDisabled();
    expect(tabDraft()?.awaitingAnswer).toBe(true);

    bff.fake.faults.clear();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Opportunity created' });
    const [a, b] = creates();
    expect(b?.headers.get(API_IDEMPOTENCY_HEADER)).toBe(a?.headers.get(API_IDEMPOTENCY_HEADER));
    expect(
      bff.fake.store
        .entries('opportunity')
        .filter((e) => e.record.fields.$name?.value === 'Outage mid-create'),
    ).toHaveLength(1);
  });

  test('definitions_changed: the definitions are reloaded, the draft kept, the rep told', async () => {
    storeDraft(await completeValues('Sent as the fields changed'));
    refuseNextCreate(409, 'definitions_changed', 'The opportunity fields changed in Lightfield.');
    const { user } = renderApp();
    await screen.findByText('Draft restored');
    expect(requests('GET', '/api/definitions')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    expect(await screen.findByText('The form changed in Lightfield')).toBeInTheDocument();
    await waitFor(() => expect(requests('GET', '/api/definitions')).toHaveLength(2));
    expect(await nameBox()).toHaveValue('Sent as the fields changed');
    expect(await nameBox()).toBeEnabled();
    expect(tabDraft()?.idempotencyKey).toBe(KEY);
  });

  test('when the browser keeps no copy, the form says so and leaving the page asks first', async () => {
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    try {
      const { user } = renderApp();
      await typeName(user, 'Nowhere to keep it');
      expect(
        await screen.findByText(/This browser is not keeping a copy of your draft/),
      ).toBeInTheDocument();
      // The listener is attached in an effect, which may run just after the notice commits.
      await waitFor(() => expect(leave()).toBe(true));

      // Room again: the next save keeps the draft, the notice goes, and leaving is free.
      full.mockRestore();
      await user.type(await nameBox(), '!');
      await waitFor(() => expect(screen.queryByText(/not keeping a copy/)).not.toBeInTheDocument());
      // The tab's slot id could not be kept either (sessionStorage failed too): it is the one.
      const [kept, ...others] = storedDraftKeys();
      expect(others).toEqual([]);
      expect(readDraft(kept ?? '')?.values.fields.$name).toBe('Nowhere to keep it!');
      await waitFor(() => expect(leave()).toBe(false));
    } finally {
      full.mockRestore();
    }
  });

  test('going offline keeps the draft and says so', async () => {
    const { user } = renderApp();
    await typeName(user, 'Offline');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      act(() => {
        window.dispatchEvent(new Event('offline'));
      });
      expect(await screen.findByText(/You are offline\. Your draft is kept/)).toBeInTheDocument();
      await waitFor(() => expect(tabDraft()?.values.fields.$name).toBe('Offline'));
    } finally {
      // The override sits on the instance; removing it uncovers jsdom's own getter again.
      delete (navigator as { onLine?: boolean }).onLine;
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
    }
  });
});

// Lightfield forgets an Idempotency-Key after 24 hours; then the same key creates the deal again.
describe(
  'issue #19, finding 4: a draft whose key is older than 23 hours',
  { timeout: 20_000 },
  () => {
    const DAY_AGO = () => new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString();

    test('restored, it gets a fresh key and the duplicate check before it is sent again', async () => {
      const values = await completeValues('Sent a day ago');
      // Yesterday's send created the deal; Lightfield no longer remembers the key it came with.
      await createInLightfield(values, crypto.randomUUID());
      storeDraft(values, { awaitingAnswer: true, keyCreatedAt: DAY_AGO() });

      const { user } = renderApp();
      expect(await screen.findByText(/sent more than 23 hours ago/)).toBeInTheDocument();
      // Not frozen on a key that no longer protects anything: the rep may check the deal.
      expect(await nameBox()).toBeEnabled();
      await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
      expect(
        await screen.findByText(
          'A deal named “Sent a day ago” already exists for Northbridge Water District.',
        ),
      ).toBeInTheDocument();
      expect(creates()).toHaveLength(0);

      // Creating it anyway is the rep's choice, and goes out under the new key.
      await user.click(screen.getByRole('button', { name: 'Create anyway' }));
      await screen.findByRole('heading', { name: 'Opportunity created' });
      expect(creates()[0]?.headers.get(API_IDEMPOTENCY_HEADER)).not.toBe(KEY);
    });

    test('a key the BFF already holds for another body is replaced, and the next send checks first', async () => {
      storeDraft(await completeValues('Key held elsewhere'));
      refuseNextCreate(
        422,
        'idempotency_key_reused',
        'Nothing was created: the key of this request was already used for a different one.',
      );
      const { user } = renderApp();
      await screen.findByText('Draft restored');
      await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
      expect(await screen.findByText(/already used for a different one/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
      await screen.findByRole('heading', { name: 'Opportunity created' });
      const [refused, sent] = creates().map((r) => r.headers.get(API_IDEMPOTENCY_HEADER));
      expect(refused).toBe(KEY);
      expect(sent).not.toBe(KEY);
      // The duplicate check ran before the first send and again before the one under the new key.
      expect(requests('GET', '/api/duplicates')).toHaveLength(2);
    });

    test('in a tab left open, Try again a day later also checks first, and says why', async () => {
      const values = await completeValues('Left open overnight');
      storeDraft(values);
      const { user } = renderApp();
      await screen.findByText('Draft restored');
      const alert = await createUnanswered(user);
      bff.fake.faults.clear();
      // As if that send had landed after all, and Lightfield has forgotten its key overnight.
      await createInLightfield(values, crypto.randomUUID());
      const now = Date.now.bind(Date);
      const tomorrow = vi.spyOn(Date, 'now').mockImplementation(() => now() + 24 * 60 * 60 * 1000);
      try {
        await user.click(within(alert).getByRole('button', { name: 'Try again' }));
        expect(
          await screen.findByText(/A deal named “Left open overnight” already exists/),
        ).toBeInTheDocument();
        expect(screen.getByText(/sent more than 23 hours ago/)).toBeInTheDocument();
        // Only the send of yesterday: nothing went out under the old key again.
        expect(creates()).toHaveLength(1);
        expect(opportunitiesNamed('Left open overnight')).toHaveLength(1);
      } finally {
        tomorrow.mockRestore();
      }
    });
  },
);
