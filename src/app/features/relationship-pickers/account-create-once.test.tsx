import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { API_IDEMPOTENCY_HEADER } from '../../../model/api-contract';
import { renderApp, setupTestBff } from '../../../testing/render-app';

// Lightfield's name search lags behind a create (here by a minute), so neither the picker's list
// nor the BFF's find-or-create sees an account made moments ago; and the BFF gives up at once.
const { bff, requests } = setupTestBff({ indexLagMs: 60_000 }, { retry: { budgetMs: 0 } });

const accountsNamed = (name: string) =>
  bff.fake.store.entries('account').filter((e) => e.record.fields.$name?.value === name);

test('inline account create makes one account however often it is clicked (issue #19, finding 5)', async () => {
  let { user, unmount } = renderApp();
  let input = await screen.findByRole('combobox', { name: 'Account' });
  const offer = async (name: string) => {
    await user.clear(input);
    await user.type(input, name);
    return screen.findByRole('option', { name: `Create account “${name}”` }, { timeout: 5_000 });
  };

  // A slow create, and a second click on the offer while it runs.
  bff.fake.faults.inject({ operation: 'createAccount', kind: 'delay', delayMs: 3_000 });
  await user.click(await offer('RT Lagco'));
  expect(
    await screen.findByText('Creating account “RT Lagco”…', {}, { timeout: 5_000 }),
  ).toBeInTheDocument();
  await user.click(await offer('RT Lagco'));
  await waitFor(() => expect(screen.queryByText(/^Creating account/)).not.toBeInTheDocument(), {
    timeout: 6_000,
  });
  expect(accountsNamed('RT Lagco')).toHaveLength(1);

  // A create that was made but whose answer was lost, tried again: the same account, replayed.
  // (A fresh form: the account picked above would otherwise take the input back.)
  unmount();
  localStorage.clear();
  ({ user, unmount } = renderApp());
  input = await screen.findByRole('combobox', { name: 'Account' });
  bff.fake.faults.inject({ operation: 'createAccount', kind: 'status-after', status: 503 });
  await user.click(await offer('RT Lagco East'));
  expect(
    await screen.findByText(
      'Could not create account “RT Lagco East”. Search again to retry.',
      {},
      { timeout: 5_000 },
    ),
  ).toBeInTheDocument();
  await user.click(await offer('RT Lagco East'));
  await waitFor(() => expect(screen.queryByText(/^Could not create/)).not.toBeInTheDocument(), {
    timeout: 5_000,
  });
  expect(accountsNamed('RT Lagco East')).toHaveLength(1);
  const keys = requests('POST', '/api/accounts').map((r) => r.headers.get(API_IDEMPOTENCY_HEADER));
  // One POST for the two clicks on "RT Lagco", two under one key for "RT Lagco East".
  expect(keys).toHaveLength(3);
  expect(keys[1]).toBe(keys[2]);
  expect(keys[0]).not.toBe(keys[1]);
}, 30_000);
