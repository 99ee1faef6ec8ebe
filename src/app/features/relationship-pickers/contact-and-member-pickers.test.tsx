import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp, setupTestBff } from '../../../testing/render-app';

setupTestBff();

describe('member picker', () => {
  test('filters all members locally by name', async () => {
    const { user } = renderApp();
    const owner = await screen.findByRole('combobox', { name: 'Owner' });
    await user.type(owner, 'ow');
    const listbox = await screen.findByRole('listbox', { name: 'Owner' });
    const names = within(listbox)
      .getAllByRole('option')
      .map((o) => o.getAttribute('aria-labelledby'))
      .map((id) => (id ? document.getElementById(id)?.textContent : ''));
    expect([...names].sort()).toEqual(['Hannah Kowalski', 'Owen Gallagher']);
    await user.click(within(listbox).getByRole('option', { name: 'Hannah Kowalski' }));
    expect(owner).toHaveValue('Hannah Kowalski');
  });
});

describe('contact picker', () => {
  test('lists the deal account’s contacts first, then everyone else', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Account' }), 'Norvale Energy S');
    const accounts = await screen.findByRole('listbox', { name: 'Account' });
    await user.click(
      await within(accounts).findByRole('option', { name: 'Norvale Energy Storage' }),
    );

    await user.type(screen.getByRole('combobox', { name: 'Champion' }), 'Dan');
    const contacts = await screen.findByRole('listbox', { name: 'Champion' });
    const first = await within(contacts).findAllByRole('option');
    // Daniela Ruiz works at Norvale Energy Storage; Daniel and Danika at Norvale Energy.
    expect(first[0]).toHaveAccessibleName('Daniela Ruiz');
    expect(first[0]).toHaveAccessibleDescription('CTO · daniela.ruiz@norvalestorage.com');
    expect(first.map((o) => o.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Daniel Okonkwo/)]),
    );
  });
});
