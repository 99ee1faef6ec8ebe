import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel, stageIdIn } from '../src/fake-lightfield/seed-definitions';
import { pickAccountWithKeyboard } from './support/fill-deal';
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

/** With focus on a Radix Select: Enter opens it, arrows walk to `label`, Enter picks it. */
async function chooseFocused(page: Page, name: string, label: string) {
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: label, exact: false }).first();
  await expect(option).toBeVisible();
  for (
    let i = 0;
    i < 20 &&
    !(await option.evaluate(
      (el) => el === document.activeElement || el.hasAttribute('data-highlighted'),
    ));
    i++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name })).toContainText(label);
}

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
  await page.goto(`${live.url}/`);
  await tabTo(page, 'Name');
  await page.keyboard.type('Cascade Mills - Renewal 2028');
  await tabTo(page, 'Sales pipeline');
  await expect(page.getByRole('combobox', { name: 'Sales pipeline' })).toContainText(
    'New business',
  );
  await chooseFocused(page, 'Sales pipeline', 'Renewals');
  await tabTo(page, 'Stage');
  await chooseFocused(page, 'Stage', 'Qualify');
  await pickAccountWithKeyboard(
    page,
    'Northbridge W',
    WELL_KNOWN.account.name,
    WELL_KNOWN.account.name,
  );
  await tabTo(page, 'Create opportunity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();

  expect(creates().map((c) => c.body)).toEqual([
    {
      fields: {
        $name: 'Cascade Mills - Renewal 2028',
        $pipeline: optionIdByLabel(defs, '$pipeline', 'Renewals'),
        $stage: stageIdIn(defs, 'Renewals', 'Qualify'),
      },
      relationships: { $account: WELL_KNOWN.account.id },
    },
  ]);
  // "Qualify" is also a Partner resale stage: the id, not the label, decides.
  expect(stageIdIn(defs, 'Renewals', 'Qualify')).not.toBe(
    stageIdIn(defs, 'Partner resale', 'Qualify'),
  );
});

test('switching a filled deal’s pipeline clears its stage, and no mismatched pair is sent', async ({
  page,
}) => {
  await page.goto(`${live.url}/`);
  await tabTo(page, 'Name');
  await page.keyboard.type('Yarrow Labs - Resale of leak sensors');
  await tabTo(page, 'Stage');
  await chooseFocused(page, 'Stage', 'Pilot');
  await pickAccountWithKeyboard(
    page,
    'Northbridge W',
    WELL_KNOWN.account.name,
    WELL_KNOWN.account.name,
  );

  // Back to the pipeline: Partner resale has no Pilot stage.
  await page.getByRole('combobox', { name: 'Sales pipeline' }).focus();
  await chooseFocused(page, 'Sales pipeline', 'Partner resale');
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

  await chooseFocused(page, 'Stage', 'Qualify');
  await tabTo(page, 'Create opportunity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();
  expect(creates().map((c) => c.body)).toEqual([
    {
      fields: {
        $name: 'Yarrow Labs - Resale of leak sensors',
        $pipeline: optionIdByLabel(defs, '$pipeline', 'Partner resale'),
        $stage: stageIdIn(defs, 'Partner resale', 'Qualify'),
      },
      relationships: { $account: WELL_KNOWN.account.id },
    },
  ]);
});
