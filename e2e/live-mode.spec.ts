import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel } from '../src/fake-lightfield/seed-definitions';
import { serveFakeLightfield } from '../src/fake-lightfield/serve-fake-lightfield';
import { createDealWithKeyboard } from './support/fill-deal';

// Live mode end to end: the real server, configured with an API key, talks HTTP to a
// Lightfield-compatible server (the fake) on a loopback port.
const APP_PORT = Number(process.env.E2E_DEMO_PORT ?? 4317) + 1;
const API_KEY = 'sk_lf_e2e';
const fake = createFakeLightfield({ apiKey: API_KEY });
let lightfield: Awaited<ReturnType<typeof serveFakeLightfield>>;
let app: ChildProcess;
let appLog = '';

async function waitForHealth(url: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The app did not start:\n${appLog}`);
}

test.beforeAll(async () => {
  lightfield = await serveFakeLightfield({ fake });
  app = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(APP_PORT),
      LIGHTFIELD_API_KEY: API_KEY,
      LIGHTFIELD_API_URL: lightfield.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (d: Buffer) => (appLog += d.toString()));
  app.stderr?.on('data', (d: Buffer) => (appLog += d.toString()));
  await waitForHealth(`http://127.0.0.1:${APP_PORT}/api/health`);
});

test.afterAll(async () => {
  app?.kill('SIGTERM');
  await lightfield?.close();
});

test('live mode sends exactly one valid create, with option ids, to Lightfield', async ({
  page,
}) => {
  const health = await (await fetch(`http://127.0.0.1:${APP_PORT}/api/health`)).json();
  expect(health).toEqual({ status: 'ok', mode: 'live' });

  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
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
  expect(stageId).toMatch(/^opt_/);
  expect(create?.body).toEqual({
    fields: { $name: 'Northbridge Water District - Live pilot', $stage: stageId },
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
    `${lightfield.url.replace(/.*/, 'https://crm.lightfield.app/crm')}/opportunities/${created?.record.id}`,
  );

  // The key is only ever sent upstream: never to the browser.
  const html = await page.content();
  expect(html).not.toContain(API_KEY);
});
