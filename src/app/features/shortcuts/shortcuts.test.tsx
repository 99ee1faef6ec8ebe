import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, test } from 'vitest';
import { API_IDEMPOTENCY_HEADER } from '../../../model/api-contract';
import { renderApp, setupTestBff } from '../../../testing/render-app';

const { bff, server, requests } = setupTestBff();

const creates = () => requests('POST', '/api/opportunities');
const nameBox = () => screen.findByRole('textbox', { name: 'Name' });
const created = () => screen.findByRole('heading', { name: 'Opportunity created' });
const ACCOUNT = 'Northbridge Water District';

async function chooseSelect(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function pick(user: UserEvent, label: string, text: string, option: string) {
  await user.type(screen.getByRole('combobox', { name: label }), text);
  const listbox = await screen.findByRole('listbox', { name: label });
  await user.click(await within(listbox).findByRole('option', { name: option }));
}

async function fillDeal(user: UserEvent, name: string) {
  await user.type(await nameBox(), name);
  await chooseSelect(user, 'Sales pipeline', 'Renewals');
  await chooseSelect(user, 'Stage', 'Usage review');
  await pick(user, 'Account', 'Northbridge W', ACCOUNT);
  await pick(user, 'Owner', 'Maya', 'Maya Lindqvist');
}

/** Holds the BFF's answer to creates until `release` is called; the create still happens. */
function holdCreates() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.post(/\/api\/opportunities$/, async ({ request }) => {
      await gate;
      return bff.app.fetch(request);
    }),
  );
  return () => release();
}

const ctrlEnter = '{Control>}{Enter}{/Control}';

// Whole submits through user-event take seconds in jsdom.
describe('keyboard shortcuts', { timeout: 20_000 }, () => {
  test('Ctrl+Enter creates from any control, ⌘+Enter too', async () => {
    const { user } = renderApp();
    await fillDeal(user, 'Shortcut deal');
    // Focus is in the Owner picker, far from the button.
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveFocus();
    await user.keyboard(ctrlEnter);
    await created();
    expect(creates()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Create another' }));
    await user.type(await nameBox(), 'Mac deal');
    await chooseSelect(user, 'Stage', 'Pilot');
    await pick(user, 'Account', 'Northbridge W', ACCOUNT);
    await user.click(await nameBox());
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    await created();
    expect(creates()).toHaveLength(2);
  });

  test('never a second create while one is in flight', async () => {
    const release = holdCreates();
    const { user } = renderApp();
    await fillDeal(user, 'In flight');
    await user.keyboard(ctrlEnter);
    await waitFor(() => expect(creates()).toHaveLength(1));
    // The fields are locked while it is in flight; the button keeps focus and takes keys.
    const button = screen.getByRole('button', { name: 'Create opportunity' });
    act(() => button.focus());
    await user.keyboard(ctrlEnter);
    await user.keyboard(ctrlEnter);
    await user.click(button);
    release();
    await created();
    expect(creates()).toHaveLength(1);
    expect(bff.fake.store.entries('opportunity').filter(byName('In flight'))).toHaveLength(1);
  });

  test('does nothing inside an IME composition', async () => {
    const { user } = renderApp();
    await fillDeal(user, 'Composing');
    const name = await nameBox();
    // fireEvent answers false when a handler took the key (preventDefault): the input method
    // keeps its keys, and the same key outside a composition is the shortcut.
    expect(fireEvent.keyDown(name, { key: 'Enter', ctrlKey: true, isComposing: true })).toBe(true);
    expect(fireEvent.keyDown(name, { key: 'Enter', ctrlKey: true, keyCode: 229 })).toBe(true);
    expect(screen.getByRole('button', { name: 'Create opportunity' })).not.toHaveAttribute(
      'aria-disabled',
    );
    expect(fireEvent.keyDown(name, { key: 'Enter', ctrlKey: true })).toBe(false);
    await created();
    expect(creates()).toHaveLength(1);
  });

  test('Enter in a long text field stays a newline', async () => {
    const { user } = renderApp();
    const notes = await screen.findByRole('textbox', { name: 'Discovery notes' });
    await user.type(notes, 'first{Enter}second');
    expect(notes).toHaveValue('first\nsecond');
    expect(creates()).toHaveLength(0);
  });

  test('? opens the help outside a text field, and is typed inside one', async () => {
    const { user } = renderApp();
    const name = await nameBox();
    await user.type(name, 'Why?');
    expect(name).toHaveValue('Why?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('heading', { name: 'Essentials' }));
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Create the opportunity, from any field')).toBeInTheDocument();
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('Escape closes an open list and leaves the field as it was', async () => {
    const { user } = renderApp();
    await nameBox();
    await chooseSelect(user, 'Stage', 'Pilot');
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveTextContent('Pilot');

    await pick(user, 'Account', 'Northbridge W', ACCOUNT);
    const account = screen.getByRole('combobox', { name: 'Account' });
    await user.keyboard('{ArrowDown}');
    await screen.findByRole('listbox', { name: 'Account' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    // A second Escape, with the list closed, must not empty the pick either.
    await user.keyboard('{Escape}');
    expect(account).toHaveValue(ACCOUNT);
    await user.click(await nameBox());
    expect(account).toHaveValue(ACCOUNT);
  });

  test('"Another for <account>" keeps account, owner, pipeline and stage, with a new key', async () => {
    const { user } = renderApp();
    await fillDeal(user, 'First of three');
    await user.keyboard(ctrlEnter);
    await created();
    const another = await screen.findByRole('button', { name: `Another for ${ACCOUNT}` });
    await user.click(another);

    const name = await nameBox();
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Account' })).toHaveValue(ACCOUNT);
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue('Maya Lindqvist');
    expect(screen.getByRole('combobox', { name: 'Sales pipeline' })).toHaveTextContent('Renewals');
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveTextContent('Usage review');

    await user.type(name, 'Second of three');
    await user.keyboard(ctrlEnter);
    await created();
    // On the success view, Ctrl+Enter is "Another for <account>".
    await user.keyboard(ctrlEnter);
    await waitFor(async () => expect(await nameBox()).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Account' })).toHaveValue(ACCOUNT);

    const keys = creates().map((r) => r.headers.get(API_IDEMPOTENCY_HEADER));
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    const bodies = creates().map((r) => r.body as { relationships: Record<string, unknown> });
    expect(bodies[1]?.relationships).toEqual(bodies[0]?.relationships);
  });

  test('"Create another" keeps nothing', async () => {
    const { user } = renderApp();
    await fillDeal(user, 'Then a clean slate');
    await user.keyboard(ctrlEnter);
    await created();
    await user.click(screen.getByRole('button', { name: 'Create another' }));
    await act(async () => {});
    expect(screen.getByRole('combobox', { name: 'Account' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue('');
  });
});

const byName = (name: string) => (e: { record: { fields: Record<string, { value: unknown }> } }) =>
  e.record.fields.$name?.value === name;
