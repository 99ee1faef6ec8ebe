import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { API_IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_PATTERN } from '../../../model/api-contract';
import { renderApp, setupTestBff } from '../../../testing/render-app';

const { bff, requests } = setupTestBff();

describe('account picker', { timeout: 15_000 }, () => {
  test('typing lists matching accounts; the pick stays in the input', async () => {
    const { user } = renderApp();
    const input = await screen.findByRole('combobox', { name: 'Account' });
    await user.type(input, 'Northbridge');

    const listbox = await screen.findByRole('listbox', { name: 'Account' });
    await waitFor(() =>
      expect(
        within(listbox)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(expect.arrayContaining([expect.stringMatching(/^Northbridge Water District/)])),
    );
    for (const option of within(listbox).getAllByRole('option')) {
      expect(option).toHaveAccessibleName(expect.stringMatching(/^Northbridge /));
    }
    // Debounced: the click that focused the input lists the first accounts (q=""); the typed
    // word then costs one search, not one per keystroke.
    const searches = requests('GET', '/api/accounts').map((r) => r.url.searchParams.get('q'));
    expect(searches.filter(Boolean)).toEqual(['Northbridge']);

    // Keyboard: down to the first option, Enter picks it.
    const first = within(listbox).getAllByRole('option')[0];
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first?.id);
    await user.keyboard('{Enter}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue(first?.querySelector('.combobox-option__name')?.textContent);
    const picked = (input as HTMLInputElement).value;
    await user.tab();
    expect(input).toHaveValue(picked);
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  test('offers to create the account when nothing matches, and the deal carries its id', async () => {
    const { user } = renderApp();
    const input = await screen.findByRole('combobox', { name: 'Account' });
    await user.type(input, 'Zzyzx Water Co');
    const listbox = await screen.findByRole('listbox', { name: 'Account' });
    const create = await within(listbox).findByRole('option', {
      name: 'Create account “Zzyzx Water Co”',
    });
    expect(screen.queryByText('No accounts match')).not.toBeInTheDocument();
    expect(requests('POST', '/api/accounts')).toHaveLength(0);

    await user.click(create);
    await waitFor(() => expect(input).toHaveValue('Zzyzx Water Co'));
    const [sent, ...more] = requests('POST', '/api/accounts');
    expect(more).toHaveLength(0);
    expect(sent?.body).toEqual({ name: 'Zzyzx Water Co' });
    expect(sent?.headers.get(API_IDEMPOTENCY_HEADER)).toMatch(IDEMPOTENCY_KEY_PATTERN);
    const made = bff.fake.store
      .entries('account')
      .filter((e) => e.record.fields.$name?.value === 'Zzyzx Water Co');
    expect(made).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zzyzx pilot');
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    await user.click(await screen.findByRole('option', { name: 'Pilot' }));
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
    expect(await screen.findByRole('heading', { name: 'Opportunity created' })).toBeInTheDocument();
    const [deal] = requests('POST', '/api/opportunities');
    expect(deal?.body).toMatchObject({ relationships: { $account: made[0]?.record.id } });
  });

  test('a create that fails says so, keeps the typed name, and can be tried again', async () => {
    const { user } = renderApp();
    const input = await screen.findByRole('combobox', { name: 'Account' });
    bff.fake.faults.inject({ operation: 'createAccount', kind: 'status-before', status: 422 });
    await user.type(input, 'Zzyzx Water Co');
    await user.click(
      await screen.findByRole('option', { name: 'Create account “Zzyzx Water Co”' }),
    );
    expect(
      await screen.findByText('Could not create account “Zzyzx Water Co”. Search again to retry.'),
    ).toHaveAttribute('role', 'status');
    // The typed name stays for another try; nothing is picked.
    expect(input).toHaveValue('Zzyzx Water Co');
    await user.clear(input);
    await user.type(input, 'Zzyzx Water Co');
    await user.click(
      await screen.findByRole('option', { name: 'Create account “Zzyzx Water Co”' }),
    );
    await waitFor(() => expect(screen.queryByText(/^Could not create/)).not.toBeInTheDocument());
    expect(
      bff.fake.store
        .entries('account')
        .filter((e) => e.record.fields.$name?.value === 'Zzyzx Water Co'),
    ).toHaveLength(1);
    expect(requests('POST', '/api/accounts')).toHaveLength(2);
  });

  test('shows a loading state while searching', async () => {
    const { user } = renderApp();
    const input = await screen.findByRole('combobox', { name: 'Account' });
    bff.fake.faults.inject({ operation: 'search', kind: 'delay', delayMs: 300 });
    // Typing (not clicking) opens the list, so the only search is for this prefix.
    act(() => input.focus());
    await user.keyboard('Sola');
    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    const listbox = await screen.findByRole('listbox', { name: 'Account' });
    expect(within(listbox).getAllByRole('option')[0]).toHaveAccessibleName(/^Sola/);
    expect(screen.queryByText('Searching…')).not.toBeInTheDocument();
    expect(requests('GET', '/api/accounts').map((r) => r.url.searchParams.get('q'))).toEqual([
      'Sola',
    ]);
  });
});
