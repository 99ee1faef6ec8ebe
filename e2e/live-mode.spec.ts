import { expect, test } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel } from '../src/fake-lightfield/seed-definitions';
import { startLiveApp, type LiveApp } from './support/live-app';
import { createDealWithKeyboard } from './support/fill-deal';

// Live mode end to end: the real server, configured with an API key, talks HTTP to a
// Lightfield-compatible server (the fake) on a loopback port.
const APP_PORT = Number(process.env.E2E_DEMO_PORT ?? 4317) + 1;
const API_KEY = 'sk_lf_e2e';
const fake = createFakeLightfield({ apiKey: API_KEY });
let live: LiveApp;

test.beforeAll(async () => {
  live = await startLiveApp({ port: APP_PORT, apiKey: API_KEY, fake });
});

test.afterAll(async () => {
  await live?.stop();
});

test('live mode sends exactly one valid create, with option ids, to Lightfield', async ({
  page,
}) => {
  const health = await (await fetch(`${live.url}/api/health`)).json();
  expect(health).toEqual({ status: 'ok', mode: 'live' });

  await page.goto(`${live.url}/`);
  await expect(page.getByText('Demo — nothing is sent to Lightfield')).toHaveCount(0);
  fake.requests.length = 0;

  await createDealWithKeyboard(page, {
    name: 'Northbridge Water District - Live pilot',
    stageLabel: 'Pilot',
    accountQuery: 'Northbridge W',
    accountName: WELL_KNOWN.account.name,
  });
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();

  const creates = fake.requests.filter(
    (r) => r.method === 'POST' && r.path === '/v1/opportunities',
  );
  expect(creates).toHaveLength(1);
  const [create] = creates;
  const stageId = optionIdByLabel(fake.store.definitions.opportunity, '$stage', 'Pilot');
  const pipelineId = optionIdByLabel(
    fake.store.definitions.opportunity,
    '$pipeline',
    'New business',
  );
  expect(stageId).toMatch(/^opt_/);
  expect(create?.body).toEqual({
    fields: {
      $name: 'Northbridge Water District - Live pilot',
      $pipeline: pipelineId,
      $stage: stageId,
    },
    relationships: { $account: WELL_KNOWN.account.id },
  });
  expect(create?.headers['authorization']).toBe(`Bearer ${API_KEY}`);
  expect(create?.headers['lightfield-version']).toBe('2026-03-01');
  expect(create?.headers['content-type']).toBe('application/json');
  expect(create?.headers['idempotency-key']).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );

  const link = page.getByRole('link', { name: 'Open in Lightfield' });
  const created = fake.store
    .entries('opportunity')
    .find((e) => e.record.fields.$name?.value === 'Northbridge Water District - Live pilot');
  expect(created).toBeDefined();
  await expect(link).toHaveAttribute(
    'href',
    `https://crm.lightfield.app/crm/opportunities/${created?.record.id}`,
  );

  // The key is only ever sent upstream: never to the browser.
  const html = await page.content();
  expect(html).not.toContain(API_KEY);
});
