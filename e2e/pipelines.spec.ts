import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel, stageIdIn } from '../src/fake-lightfield/seed-definitions';
import { chooseWithKeyboard, pickAccountWithKeyboard } from './support/fill-deal';
import { tabTo } from './support/keyboard';
import { startLiveApp, type LiveApp } from './support/live-app';

// Pipelines end to end in live mode: the seeded fake runs three pipelines whose stage labels
// repeat, and Stage is a dependent select under "Sales pipeline". The assertions are on the
// ids Lightfield receives.
const APP_PORT = Number(process.env.E2E_DEMO_PORT ?? 4317) + 7;
const API_KEY = 'sk_lf_e2e_pipelines';
const fake = createFakeLightfield({ apiKey: API_KEY });
const defs = fake.store.definitions.opportunity;
let live: LiveApp;

test.beforeAll(async () => {
  live = await startLiveApp({ port: APP_PORT, apiKey: API_KEY, fake });
});

test.afterAll(async () => {
  await live?.stop();
});

test.beforeEach(() => {
  fake.requests.length = 0;
});

const creates = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/opportunities');

/** What Lightfield must have received: exactly one create, of this deal. */
function expectCreated(name: string, pipeline: string, stage: string) {
  expect(creates().map((c) => c.body)).toEqual([
    {
      fields: {
        $name: name,
        $pipeline: optionIdByLabel(defs, '$pipeline', pipeline),
        $stage: stageIdIn(defs, pipeline, stage),
      },
      relationships: { $account: WELL_KNOWN.account.id },
    },
  ]);
}

/** A fresh form with the deal's Name typed in. */
async function startDeal(page: Page, name: string) {
  await page.goto(`${live.url}/`);
  await tabTo(page, 'Name');
  await page.keyboard.type(name);
}

const pickAccount = (page: Page) =>
  pickAccountWithKeyboard(page, 'Northbridge W', WELL_KNOWN.account.name, WELL_KNOWN.account.name);

/** The stage options the open Stage list shows, in order; the list is closed again. */
async function stagesOffered(page: Page): Promise<string[]> {
  const stage = page.getByRole('combobox', { name: 'Stage' });
  await stage.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('listbox');
  await expect(list).toBeVisible();
  const labels = await list
    .getByRole('option')
    .evaluateAll((options) => options.map((o) => o.getAttribute('data-label') ?? ''));
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  return labels;
}

test('Renewals → Qualify sends exactly the Renewals pipeline and its Qualify stage', async ({
  page,
}) => {
  await startDeal(page, 'Cascade Mills - Renewal 2028');
  await tabTo(page, 'Sales pipeline');
  await expect(page.getByRole('combobox', { name: 'Sales pipeline' })).toContainText(
    'New business',
  );
  await chooseWithKeyboard(page, 'Sales pipeline', 'Renewals');
  await tabTo(page, 'Stage');
  await chooseWithKeyboard(page, 'Stage', 'Qualify');
  await pickAccount(page);
  await tabTo(page, 'Create opportunity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();

  expectCreated('Cascade Mills - Renewal 2028', 'Renewals', 'Qualify');
  // "Qualify" is also a Partner resale stage: the id, not the label, decides.
  expect(stageIdIn(defs, 'Renewals', 'Qualify')).not.toBe(
    stageIdIn(defs, 'Partner resale', 'Qualify'),
  );
});

test('switching a filled deal’s pipeline clears its stage, and no mismatched pair is sent', async ({
  page,
}) => {
  await startDeal(page, 'Yarrow Labs - Resale of leak sensors');
  await tabTo(page, 'Stage');
  await chooseWithKeyboard(page, 'Stage', 'Pilot');
  await pickAccount(page);

  // Back to the pipeline: Partner resale has no Pilot stage.
  await page.getByRole('combobox', { name: 'Sales pipeline' }).focus();
  await chooseWithKeyboard(page, 'Sales pipeline', 'Partner resale');
  const stage = page.getByRole('combobox', { name: 'Stage' });
  await expect(stage).toContainText('Choose…');
  await expect(stage).toHaveAccessibleDescription(
    /Cleared “Pilot”: it is not in Sales pipeline “Partner resale”$/,
  );
  expect(await stagesOffered(page)).toEqual([
    'Qualify',
    'Joint discovery',
    'Proposal',
    'Partner won',
    'Partner lost',
  ]);
  const axe = await new AxeBuilder({ page }).include('form').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Submitting now asks for a stage instead of sending Pilot under Partner resale.
  await page.getByRole('button', { name: 'Create opportunity' }).focus();
  await page.keyboard.press('Enter');
  await expect(stage).toBeFocused();
  await expect(stage).toHaveAccessibleDescription(/Stage is required$/);
  expect(creates()).toHaveLength(0);

  await chooseWithKeyboard(page, 'Stage', 'Qualify');
  await tabTo(page, 'Create opportunity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();
  expectCreated('Yarrow Labs - Resale of leak sensors', 'Partner resale', 'Qualify');
});
