import { expect, test, type Page } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel } from '../src/fake-lightfield/seed-definitions';
import { fillNameAndStage, pickAccountWithKeyboard, pickWithKeyboard } from './support/fill-deal';
import { tabTo } from './support/keyboard';
import { startLiveApp, type LiveApp } from './support/live-app';

// Three deals back to back with the keyboard alone (issue #21), in live mode against the fake
// so the spec reads what reached "Lightfield": three creates, three Idempotency-Keys, and the
// account, owner, pipeline and stage kept by "Another for <account>".
const APP_PORT = Number(process.env.E2E_DEMO_PORT ?? 4317) + 9;
const API_KEY = 'sk_lf_e2e_deals_in_a_row';
const fake = createFakeLightfield({ apiKey: API_KEY });
test.use({ locale: 'en-US' });

let live: LiveApp;
test.beforeAll(async () => {
  live = await startLiveApp({ port: APP_PORT, apiKey: API_KEY, fake });
});
test.afterAll(async () => {
  await live?.stop();
});

const ACCOUNT = WELL_KNOWN.account.name;
const OWNER = WELL_KNOWN.member.name;
const upstreamCreates = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/opportunities');
const created = (page: Page) => page.getByRole('heading', { name: 'Opportunity created' });
const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });

/** On a form that "Another for <account>" started: Name has focus, the rest is kept. */
async function expectKeptAndNameFocused(page: Page) {
  await expect(nameBox(page)).toBeFocused();
  await expect(nameBox(page)).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Account' })).toHaveValue(ACCOUNT);
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue(OWNER);
  await expect(page.getByRole('combobox', { name: 'Stage' })).toContainText('Pilot');
}

test('three deals in a row, keyboard only, with "Another for <account>"', async ({ page }) => {
  fake.reset();
  await page.goto(`${live.url}/`);

  // First deal: everything picked by keyboard, sent with Ctrl+Enter from the Owner picker.
  await fillNameAndStage(page, { name: 'Row deal 1', stageLabel: 'Pilot' });
  await pickAccountWithKeyboard(page, 'Northbridge W', ACCOUNT, ACCOUNT);
  await pickWithKeyboard(page, 'Owner', 'Maya', OWNER, OWNER);
  await page.keyboard.press('Control+Enter');
  await expect(created(page)).toBeFocused();

  // Second: Tab to the button and press Enter.
  await tabTo(page, `Another for ${ACCOUNT}`);
  await page.keyboard.press('Enter');
  await expectKeptAndNameFocused(page);
  await page.keyboard.type('Row deal 2');
  await page.keyboard.press('Control+Enter');
  await expect(created(page)).toBeFocused();

  // Third: the success view's Ctrl+Enter is "Another for <account>".
  await page.keyboard.press('Control+Enter');
  await expectKeptAndNameFocused(page);
  await page.keyboard.type('Row deal 3');
  await page.keyboard.press('Control+Enter');
  await expect(created(page)).toBeFocused();

  const sent = upstreamCreates();
  expect(sent.map((r) => (r.body as { fields: { $name: string } }).fields.$name)).toEqual([
    'Row deal 1',
    'Row deal 2',
    'Row deal 3',
  ]);
  expect(new Set(sent.map((r) => r.headers['idempotency-key'])).size).toBe(3);
  for (const request of sent) {
    const body = request.body as {
      fields: Record<string, unknown>;
      relationships: Record<string, unknown>;
    };
    expect(body.relationships).toEqual({
      $account: WELL_KNOWN.account.id,
      $owner: WELL_KNOWN.member.id,
    });
    expect(body.fields.$stage).toBe(
      optionIdByLabel(fake.store.definitions.opportunity, '$stage', 'Pilot'),
    );
  }
});
