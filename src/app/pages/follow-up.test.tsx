import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { WELL_KNOWN } from '../../fake-lightfield/seed';
import { createTestBff } from '../../testing/in-process-bff';
import { TAB_SLOT_KEY } from '../features/drafts/draft-slot';
import { draftStorageKey, readDraft } from '../features/drafts/draft-store';
import { renderApp, setupTestBff } from '../../testing/render-app';

const { bff, server, requests } = setupTestBff();

const tabDraft = () => readDraft(draftStorageKey(sessionStorage.getItem(TAB_SLOT_KEY) ?? ''));

async function pick(user: UserEvent, label: string, text: string, option: string) {
  await user.type(screen.getByRole('combobox', { name: label }), text);
  const listbox = await screen.findByRole('listbox', { name: label });
  await user.click(await within(listbox).findByRole('option', { name: option }));
}

async function fillDeal(user: UserEvent) {
  await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Northbridge pilot');
  await user.click(screen.getByRole('combobox', { name: 'Stage' }));
  await user.click(await screen.findByRole('option', { name: 'Pilot' }));
  await pick(user, 'Account', 'Northbridge Wat', 'Northbridge Water District');
}

async function fillFollowUp(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: 'Next step' }), 'Send the pilot proposal');
  await user.type(screen.getByLabelText('Next step due'), '2026-12-15');
  await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Budget **approved**');
}

/** A whole deal with Owner, next step and note, submitted. */
async function createWithFollowUp() {
  const rendered = renderApp();
  const { user } = rendered;
  await fillDeal(user);
  await pick(user, 'Owner', 'Maya', 'Maya Lindqvist');
  await fillFollowUp(user);
  await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
  return rendered;
}

/** The same deal, with Lightfield refusing the note for a while: the success view lists it. */
async function createWithNoteFailing() {
  bff.fake.faults.inject({
    operation: 'createNote',
    kind: 'status-before',
    status: 503,
    times: 40,
  });
  const { user } = await createWithFollowUp();
  await screen.findByRole('heading', { name: 'Opportunity created' });
  const pending = await screen.findByRole('alert');
  expect(pending).toHaveTextContent('Not saved in Lightfield yet: the note');
  return { user, pending };
}

describe('Follow-up section', { timeout: 20_000 }, () => {
  test('is part of the form from the first frame, with its three named controls', async () => {
    renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    const section = screen.getByRole('region', { name: 'Follow-up' });
    expect(within(section).getByRole('textbox', { name: 'Next step' })).toBeEnabled();
    expect(within(section).getByLabelText('Next step due')).toHaveAttribute('type', 'date');
    expect(within(section).getByRole('textbox', { name: 'Note' }).tagName).toBe('TEXTAREA');
  });

  test('a next step needs an Owner to be assigned to; nothing is sent without one', async () => {
    const { user } = renderApp();
    await fillDeal(user);
    await user.type(screen.getByRole('textbox', { name: 'Next step' }), 'Call back');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    const owner = screen.getByRole('combobox', { name: 'Owner' });
    await waitFor(() => expect(owner).toHaveAttribute('aria-invalid', 'true'));
    expect(owner).toHaveAccessibleDescription(/assign the next step/);
    expect(requests('POST', '/api/opportunities')).toHaveLength(0);
  });

  test('sends the next step (due 17:00 local) and the note with the deal', async () => {
    await createWithFollowUp();
    await screen.findByRole('heading', { name: 'Opportunity created' });
    const [sent] = requests('POST', '/api/opportunities');
    const due = new Date(2026, 11, 15, 17, 0, 0);
    expect((sent?.body as { followUp: unknown }).followUp).toEqual({
      task: { title: 'Send the pilot proposal', dueAt: expectIsoFor(due) },
      note: { content: 'Budget **approved**' },
    });
    expect(bff.fake.store.count('task')).toBe(1);
    expect(bff.fake.store.count('note')).toBe(1);
    expect(screen.queryByText(/Not saved in Lightfield yet/)).toBeNull();
  });

  test('the deal exists but the note failed: the link, the pending note and its own Try again; the draft keeps the note until it exists', async () => {
    const { user, pending } = await createWithNoteFailing();
    expect(screen.getByRole('link', { name: /Open in Lightfield/ })).toBeVisible();
    expect(bff.fake.store.count('note')).toBe(0);
    expect(tabDraft()?.values.followUp?.note).toBe('Budget **approved**');
    expect(tabDraft()?.awaitingAnswer).toBe(true);

    bff.fake.faults.clear();
    await user.click(within(pending).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/Not saved in Lightfield yet/)).toBeNull());
    expect(bff.fake.store.count('opportunity')).toBe(countSeedDeals() + 1);
    expect(bff.fake.store.count('task')).toBe(1);
    expect(bff.fake.store.count('note')).toBe(1);
    // Both sends carried the draft's one key.
    const keys = requests('POST', '/api/opportunities').map((r) =>
      r.headers.get('Idempotency-Key'),
    );
    expect(new Set(keys).size).toBe(1);
    expect(keys).toHaveLength(2);
    await waitFor(() => expect(tabDraft()).toBeNull());
  });

  test('a Try again still on its way when the rep moves on never touches the next deal', async () => {
    const { user, pending } = await createWithNoteFailing();
    // Ctrl+Enter does not move on while the note can still be saved.
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();

    bff.fake.faults.clear();
    bff.fake.faults.inject({ operation: 'createNote', kind: 'delay', delayMs: 1_500 });
    // The page has the retry's answer once msw has handed it over.
    const answered = new Promise<void>((resolve) => {
      const onAnswer = ({ request }: { request: Request }) => {
        if (request.method !== 'POST' || !request.url.endsWith('/api/opportunities')) return;
        server.events.removeListener('response:mocked', onAnswer);
        resolve();
      };
      server.events.on('response:mocked', onAnswer);
    });
    await user.click(within(pending).getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: /^Another for/ }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, 'Second deal');
    // The retry answers (the note is written) after the rep has moved on.
    await answered;
    expect(bff.fake.store.count('note')).toBe(1);
    // Whatever the answer would have rendered has rendered.
    await act(() => Promise.resolve());
    expect(screen.queryByRole('heading', { name: 'Opportunity created' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Second deal');
  });

  test('typing a next step with no Owner makes the signed-in rep the Owner', async () => {
    server.use(
      http.get(/\/api\/session$/, () =>
        HttpResponse.json({ email: WELL_KNOWN.member.email, memberId: WELL_KNOWN.member.id }),
      ),
    );
    const { user } = renderApp();
    await fillDeal(user);
    expect(requests('GET', '/api/session')).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: 'Next step' }), 'Call back');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue(WELL_KNOWN.member.name),
    );
    expect(requests('GET', '/api/session')).toHaveLength(1);
  });

  test('an Owner the rep picked stays, and the session is not asked', async () => {
    const { user } = renderApp();
    await fillDeal(user);
    await pick(user, 'Owner', 'Aisha', 'Aisha Rahman');
    await user.type(screen.getByRole('textbox', { name: 'Next step' }), 'Call back');
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue('Aisha Rahman');
    expect(requests('GET', '/api/session')).toHaveLength(0);
  });

  test('is hidden when the key may create neither tasks nor notes', async () => {
    const limited = createTestBff({
      scopes: ['opportunities:read', 'opportunities:create', 'accounts:read', 'members:read'],
    });
    server.use(http.get(/\/api\/definitions$/, ({ request }) => limited.app.fetch(request)));
    renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    expect(screen.queryByRole('region', { name: 'Follow-up' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Next step' })).toBeNull();
  });
});

/** Seed deals in the fake, so a count can say "one more". */
function countSeedDeals(): number {
  return bff.fake.store.entries('opportunity').filter((e) => e.indexedAtMs === -Infinity).length;
}

/** The ISO string with offset the form sends for a local date-time. */
function expectIsoFor(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const sign = offset >= 0 ? '+' : '-';
  return `2026-12-15T17:00:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
