import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { createDealWithKeyboard } from './support/fill-deal';
import { startLiveApp, type LiveApp } from './support/live-app';

// A portal on another loopback origin embeds the app (live mode over the served fake, so the
// test can see what reached "Lightfield"). 127.0.0.1:<portal port> is the allowed portal;
// localhost:<portal port> is the same server under a foreign origin. Both move with
// E2E_DEMO_PORT, so two checkouts can run the suite side by side.
const APP_PORT = Number(process.env.E2E_DEMO_PORT ?? 4317) + 5;
const PORTAL_PORT = APP_PORT + 1;
const APP = `http://127.0.0.1:${APP_PORT}`;
const PORTAL = `http://127.0.0.1:${PORTAL_PORT}`;
const FOREIGN = `http://localhost:${PORTAL_PORT}`;
const API_KEY = 'sk_lf_embed_e2e';

const fake = createFakeLightfield({ apiKey: API_KEY });
let live: LiveApp;
let portal: Server;

const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>${body}</body></html>`;

// Each page records the loader's callbacks in window.events, as a portal's analytics would.
const mountPage = (options: string) =>
  html(`<h1>Account page</h1><div id="slot"></div>
<script src="${APP}/embed.js"></script>
<script>
  window.events = [];
  const log = (type) => (payload) => window.events.push({ type, payload: payload ?? null });
  window.handle = DealForm.mount(document.getElementById('slot'), Object.assign(${options}, {
    onReady: log('ready'), onResize: log('resize'), onSubmitted: log('submitted'),
    onError: log('error'), onCancel: log('cancel'),
  }));
</script>`);

const PAGES: Record<string, string> = {
  '/portal': mountPage(
    `{ prefill: { name: 'Northbridge - Embedded pilot', account: '${WELL_KNOWN.account.id}', $amount: 12000 },
       lock: ['account'], hide: ['owner'], locale: 'de-DE', theme: { mode: 'dark', density: 'compact' } }`,
  ),
  '/plain': html(
    `<iframe title="Deal" style="width:100%;height:900px" src="${APP}/?embed=1&name=Plain%20iframe&stage=Discovery&lock=stage&hide=owner"></iframe>`,
  ),
  '/framer': html(`<iframe title="Deal" src="${APP}/?embed=1"></iframe>`),
  '/axe': html(
    `<iframe title="New opportunity" style="width:100%;height:900px;border:0" src="${APP}/?embed=1&name=Axe&account=${WELL_KNOWN.account.id}&lock=account,stage&hide=owner&theme=dark"></iframe>`,
  ),
  '/foreign': html('<p>Someone else</p>'),
  '/bad-prefill': mountPage(`{ prefill: { name: 'Half known', noSuchField: 'x' } }`),
};

test.beforeAll(async () => {
  portal = createServer((req, res) => {
    const page = PAGES[(req.url ?? '/').split('?')[0] ?? '/'];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => portal.listen(PORTAL_PORT, '127.0.0.1', resolve));
  live = await startLiveApp({
    port: APP_PORT,
    apiKey: API_KEY,
    fake,
    env: { ALLOWED_ORIGINS: PORTAL, FRAME_ANCESTORS: `'self' ${PORTAL}` },
  });
});

test.afterAll(async () => {
  await live?.stop();
  await new Promise((resolve) => portal?.close(resolve));
});

interface PortalEvent {
  type: string;
  payload: Record<string, unknown> | null;
}
const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: PortalEvent[] }).events);
const ofType = async (page: Page, type: string) =>
  (await events(page)).filter((e) => e.type === type);

test('embed.js is small, scripty and briefly cached', async () => {
  const res = await fetch(`${APP}/embed.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  expect(res.headers.get('cache-control')).toBe('public, max-age=300');
  const body = await res.text();
  expect(body).toContain('dealform:ready');
  // The budget for the loader: 3 KB gzipped.
  expect(gzipSync(body).length).toBeLessThanOrEqual(3 * 1024);
});

test('a portal mounts the form with prefill, lock, hide, locale and theme, and hears one onSubmitted', async ({
  page,
}) => {
  await page.goto(`${PORTAL}/portal`);
  await expect.poll(async () => (await ofType(page, 'ready')).length, { timeout: 30_000 }).toBe(1);
  const form = page.frameLocator('iframe[title="New opportunity"]');

  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Northbridge - Embedded pilot',
  );
  // Locked: shown, not editable.
  const account = form.getByRole('combobox', { name: 'Account' });
  await expect(account).toHaveValue(WELL_KNOWN.account.name);
  await expect(account).toBeDisabled();
  await expect(form.getByText('Vom Portal festgelegt')).toBeVisible();
  // Hidden: not rendered.
  await expect(form.getByRole('combobox', { name: 'Owner' })).toHaveCount(0);
  // locale de-DE formats the prefilled amount the German way, and the page speaks German
  // (the contract's English names are exact in English only).
  await expect(form.getByRole('textbox', { name: 'Amount' })).toHaveValue(/^12\.000/);
  // theme: forced dark palette, compact density, page chrome dropped.
  const root = form.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  // The browser prefers light: the dark colours come from the forced theme alone.
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveCSS(
    'background-color',
    'rgb(26, 30, 36)',
  );
  await expect(root).toHaveAttribute('data-density', 'compact');
  await expect(root).toHaveAttribute('lang', 'de-DE');
  // The app's own strings come from the German catalog; Lightfield's labels stay as they are.
  await expect(form.getByRole('button', { name: 'Abbrechen' })).toBeVisible();
  await expect(form.getByRole('heading', { name: 'Neue Verkaufschance' })).toBeAttached();

  // Errors make the form taller: the iframe follows.
  const heightBefore = await page
    .locator('iframe')
    .evaluate((f) => f.getBoundingClientRect().height);
  const resizesBefore = (await ofType(page, 'resize')).length;
  await form.getByRole('button', { name: 'Verkaufschance anlegen' }).click();
  await expect(form.getByText('Stage ist ein Pflichtfeld')).toBeVisible();
  await expect
    .poll(async () => (await ofType(page, 'resize')).length)
    .toBeGreaterThan(resizesBefore);
  const lastResize = (await ofType(page, 'resize')).at(-1);
  expect(Number(lastResize?.payload?.height)).toBeGreaterThan(heightBefore);
  await expect
    .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
    .toBe(Math.ceil(Number(lastResize?.payload?.height)));

  await form.getByRole('combobox', { name: 'Stage' }).click();
  await form.getByRole('option', { name: /^Discovery/ }).click();
  fake.requests.length = 0;
  await form.getByRole('button', { name: 'Verkaufschance anlegen' }).click();
  await expect(form.getByRole('heading', { name: 'Verkaufschance angelegt' })).toBeVisible();

  await expect.poll(async () => (await ofType(page, 'submitted')).length).toBe(1);
  const creates = fake.requests.filter(
    (r) => r.method === 'POST' && r.path === '/v1/opportunities',
  );
  expect(creates).toHaveLength(1);
  // The locked account was sent although its control was disabled.
  expect(creates[0]?.body).toMatchObject({
    fields: { $name: 'Northbridge - Embedded pilot', $amount: 12000 },
    relationships: { $account: WELL_KNOWN.account.id },
  });
  const stored = fake.store
    .entries('opportunity')
    .find((e) => e.record.fields.$name?.value === 'Northbridge - Embedded pilot');
  const [submitted] = await ofType(page, 'submitted');
  expect(submitted?.payload).toEqual({
    id: stored?.record.id,
    httpLink: expect.stringContaining(String(stored?.record.id)),
    name: 'Northbridge - Embedded pilot',
  });
  await expect(form.getByRole('link', { name: 'In Lightfield öffnen' })).toHaveAttribute(
    'href',
    String(submitted?.payload?.httpLink),
  );

  // "Create another" (German: "Neue anlegen") starts from the portal's prefill again, and a second deal is a second event.
  await form.getByRole('button', { name: 'Neue anlegen' }).click();
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Northbridge - Embedded pilot',
  );
  expect(await ofType(page, 'submitted')).toHaveLength(1);
});

test('update() reaches the form; messages from a foreign origin are ignored both ways', async ({
  page,
}) => {
  await page.goto(`${PORTAL}/portal`);
  await expect.poll(async () => (await ofType(page, 'ready')).length, { timeout: 30_000 }).toBe(1);
  const form = page.frameLocator('iframe[title="New opportunity"]');
  const name = form.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue('Northbridge - Embedded pilot');

  // A frame of another origin inside the portal page tries both directions.
  await page.evaluate((src) => {
    const foreign = document.createElement('iframe');
    foreign.src = src;
    foreign.title = 'foreign';
    document.body.appendChild(foreign);
    return new Promise((resolve) => foreign.addEventListener('load', resolve));
  }, `${FOREIGN}/foreign`);
  const foreign = page.frames().find((f) => f.url().startsWith(FOREIGN));
  expect(foreign).toBeDefined();
  await foreign?.evaluate(() => {
    const app = window.parent.frames[0];
    app?.postMessage({ v: 1, type: 'dealform:prefill', payload: { name: 'Hijacked' } }, '*');
    window.parent.postMessage(
      {
        v: 1,
        type: 'dealform:submitted',
        payload: { id: 'opp_forged', httpLink: null, name: 'x' },
      },
      '*',
    );
    window.parent.postMessage({ v: 1, type: 'dealform:resize', payload: { height: 5 } }, '*');
  });

  // The portal's own update goes through (and proves the channel works after the forgery).
  await page.evaluate(() =>
    (window as unknown as { handle: { update: (p: object) => void } }).handle.update({
      name: 'Updated by the portal',
    }),
  );
  await expect(name).toHaveValue('Updated by the portal');
  expect(await ofType(page, 'submitted')).toEqual([]);
  expect((await ofType(page, 'resize')).some((e) => e.payload?.height === 5)).toBe(false);
});

test('a plain <iframe src> prefills, locks and hides through URL parameters', async ({ page }) => {
  await page.goto(`${PORTAL}/plain`);
  const form = page.frameLocator('iframe[title="Deal"]');
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Plain iframe',
  );
  const stage = form.getByRole('combobox', { name: 'Stage' });
  await expect(stage).toContainText('Discovery');
  await expect(stage).toBeDisabled();
  // It looks read-only, and says why, in the rep's own terms.
  await expect(stage).toHaveCSS('border-top-style', 'dashed');
  const locked = form.locator('fieldset.embed-locked').filter({ has: stage });
  await expect(locked).toHaveAccessibleDescription('Set by the portal');
  await expect(locked.getByText('Set by the portal')).toBeVisible();
  // A new pipeline would clear the locked stage, so the pipeline is locked with it.
  await expect(form.getByRole('combobox', { name: 'Sales pipeline' })).toBeDisabled();
  await expect(form.getByRole('combobox', { name: 'Owner' })).toHaveCount(0);
  await expect(form.getByRole('heading', { name: 'New opportunity' })).toBeAttached();
});

test('a page on an origin not in FRAME_ANCESTORS cannot frame the app', async ({ page }) => {
  const res = await fetch(`${APP}/?embed=1`);
  expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${PORTAL}`);
  const refusals: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
  });

  // The allowed origin frames it...
  await page.goto(`${PORTAL}/framer`);
  await expect(
    page.frameLocator('iframe[title="Deal"]').getByRole('button', { name: 'Create opportunity' }),
  ).toBeVisible();
  expect(refusals).toEqual([]);

  // ...the same page under another origin does not.
  await page.goto(`${FOREIGN}/framer`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  await expect(
    page.frameLocator('iframe[title="Deal"]').getByRole('button', { name: 'Create opportunity' }),
  ).toHaveCount(0);
});

test('demo mode serves the example portal, which embeds the form and logs its events', async ({
  page,
}) => {
  await page.goto('/examples/portal');
  const log = page.locator('#log');
  await expect(log).toContainText('onReady');
  const form = page.frameLocator('iframe[title="New opportunity"]');
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Northbridge Water District - Expansion',
  );
  await expect(form.getByRole('combobox', { name: 'Account' })).toBeDisabled();
  await page.getByRole('button', { name: /handle\.update/ }).click();
  await expect(form.getByRole('textbox', { name: 'Amount' })).toHaveValue(/^25,000/);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(log).toContainText('onCancel');

  // A live deployment does not serve the example.
  const live = await (await fetch(`${APP}/examples/portal`)).text();
  expect(live).not.toContain('Event log');
});

test('demo mode shows the deal as stored, and "Reset demo data" clears it', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await createDealWithKeyboard(page, {
    name: 'Presenter demo deal',
    stageLabel: 'Pilot',
    accountQuery: 'Northbr',
    accountName: WELL_KNOWN.account.name,
  });
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();
  const stored = page.locator('.stored-record');
  await expect(stored.getByText('As stored in Lightfield (demo)')).toBeVisible();
  await expect(stored).toContainText('"value": "Presenter demo deal"');
  await expect(stored).toContainText(WELL_KNOWN.account.id);
  const href = await page.getByRole('link', { name: 'Open in Lightfield' }).getAttribute('href');
  const id = String(href?.split('/').at(-1));
  expect((await request.get(`/api/demo/opportunities/${id}`)).status()).toBe(200);

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demo data reset.' })).toBeVisible();
  expect((await request.get(`/api/demo/opportunities/${id}`)).status()).toBe(404);
});

test('the embedded form with locked and hidden controls passes an axe scan', async ({ page }) => {
  // Lock, hide and theme apply in a frame only: the scan covers the portal page and the form.
  await page.goto(`${PORTAL}/axe`);
  const form = page.frameLocator('iframe[title="New opportunity"]');
  await expect(form.getByRole('combobox', { name: 'Account' })).toBeDisabled();
  await expect(form.getByRole('combobox', { name: 'Owner' })).toHaveCount(0);
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
});

test('a crafted top-level link cannot hide, lock or restyle controls: its prefills stay in view (issue #19, finding 1)', async ({
  page,
}) => {
  const member = WELL_KNOWN.member;
  // The red-team link, opened at top level (no frame), with every embed option it could try.
  await page.goto(
    `/?name=Acme&stage=Discovery&account=${WELL_KNOWN.account.id}&owner=${member.id}&$createdBy=${member.id}&$amount=1` +
      '&hide=owner,$createdBy,$amount&lock=account&theme=dark&locale=de-DE&embed=1',
  );
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Acme');
  // What it prefilled is there to see and to change before "Create opportunity".
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue(member.name);
  await expect(page.getByRole('combobox', { name: 'Created by' })).toHaveValue(member.name);
  await expect(page.getByRole('textbox', { name: 'Amount' })).toHaveValue(/^1(\.00)?$/);
  const account = page.getByRole('combobox', { name: 'Account' });
  await expect(account).toHaveValue(WELL_KNOWN.account.name);
  await expect(account).toBeEnabled();
  await expect(page.getByText('Set by the portal')).toHaveCount(0);
  // No theme, locale or embed chrome from the link either.
  const root = page.locator('html');
  await expect(root).not.toHaveAttribute('data-theme', 'dark');
  await expect(root).not.toHaveAttribute('lang', 'de-DE');
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
});

test('onError hears a prefill it could not apply, and onCancel the rep’s Cancel', async ({
  page,
}) => {
  await page.goto(`${PORTAL}/bad-prefill`);
  await expect.poll(async () => (await ofType(page, 'ready')).length, { timeout: 30_000 }).toBe(1);
  await expect.poll(async () => (await ofType(page, 'error')).length).toBe(1);
  const [error] = await ofType(page, 'error');
  expect(error?.payload).toMatchObject({ code: 'invalid_prefill' });
  expect(String(error?.payload?.message)).toContain('noSuchField');

  const form = page.frameLocator('iframe[title="New opportunity"]');
  // The keys it knows are still applied.
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Half known');
  expect(await ofType(page, 'cancel')).toHaveLength(0);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(async () => (await ofType(page, 'cancel')).length).toBe(1);
});
