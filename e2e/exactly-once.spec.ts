import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel } from '../src/fake-lightfield/seed-definitions';
import { startLiveApp, type LiveApp } from './support/live-app';
import { createDealWithKeyboard } from './support/fill-deal';

// Faults need a Lightfield the spec controls: the fake is served on loopback from this process
// and the real server is spawned in live mode against it (as in live-mode.spec.ts).
const APP_PORT = Number(
  process.env.E2E_EXACTLY_ONCE_PORT ?? Number(process.env.E2E_DEMO_PORT ?? 4317) + 4,
);
const APP = `http://127.0.0.1:${APP_PORT}`;
const API_KEY = 'sk_lf_e2e_exactly_once';
// The key of the one shared draft of earlier versions: seeding it also covers its adoption.
const DRAFT_STORAGE_KEY = 'deal-form:draft:opportunity:v1';
const fake = createFakeLightfield({ apiKey: API_KEY });

// A Lightfield 422 on a custom field the form's own checks accept (a server-side rule).
let rejectUseCase = false;
const REJECTION = 'Primary use case must name a site the org has on file.';
const interceptingFetch: typeof fake.fetch = async (input, init) => {
  const request = new Request(input, init);
  if (
    rejectUseCase &&
    request.method === 'POST' &&
    new URL(request.url).pathname === '/v1/opportunities'
  ) {
    rejectUseCase = false;
    return Response.json(
      {
        error: {
          type: 'unprocessable_content',
          message: REJECTION,
          param: 'fields.primaryUseCase',
        },
      },
      { status: 422 },
    );
  }
  return fake.fetch(request);
};

let live: LiveApp;

test.beforeAll(async () => {
  live = await startLiveApp({
    port: APP_PORT,
    apiKey: API_KEY,
    fake: { baseUrl: fake.baseUrl, fetch: interceptingFetch },
    // Long enough for a Retry-After of 1 s, short enough that giving up is quick to observe.
    env: { UPSTREAM_RETRY_BUDGET_MS: '4000' },
  });
});

test.afterAll(async () => {
  await live?.stop();
});

test.beforeEach(() => {
  fake.faults.clear();
  rejectUseCase = false;
});

const dealsNamed = (name: string) =>
  fake.store.entries('opportunity').filter((e) => e.record.fields.$name?.value === name);
const upstreamCreates = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/opportunities');
const createdHeading = (page: Page) => page.getByRole('heading', { name: 'Opportunity created' });

async function fillAndSubmit(page: Page, name: string) {
  await page.goto(`${APP}/`);
  await createDealWithKeyboard(page, {
    name,
    stageLabel: 'Pilot',
    accountQuery: 'Northbridge W',
    accountName: WELL_KNOWN.account.name,
  });
}

/** Opens the form on a saved draft, as if the rep had typed it before a reload. */
async function openWithDraft(page: Page, fields: Record<string, string>) {
  const stage = optionIdByLabel(fake.store.definitions.opportunity, '$stage', 'Pilot');
  const draft = {
    version: 1,
    idempotencyKey: crypto.randomUUID(),
    values: {
      fields: { $stage: stage, ...fields },
      relationships: { $account: WELL_KNOWN.account.id },
    },
    awaitingAnswer: false,
    formChanged: false,
    savedAt: new Date().toISOString(),
  };
  await page.addInitScript(
    ([key, value]) => {
      // Only the first load: later reloads must see what the page itself saved.
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, value);
      }
    },
    [DRAFT_STORAGE_KEY, JSON.stringify(draft)] as const,
  );
  await page.goto(`${APP}/`);
  await expect(page.getByText('Draft restored')).toBeVisible();
}

test('a 500 after Lightfield wrote the deal: exactly one deal, success shown', async ({ page }) => {
  const name = 'Exactly once - 500 after commit';
  fake.faults.inject({ operation: 'createOpportunity', kind: 'status-after', status: 500 });
  const before = upstreamCreates().length;
  await fillAndSubmit(page, name);
  await expect(createdHeading(page)).toBeVisible();
  const sent = upstreamCreates().slice(before);
  expect(sent.length).toBeGreaterThanOrEqual(2);
  expect(new Set(sent.map((r) => r.headers['idempotency-key'])).size).toBe(1);
  expect(dealsNamed(name)).toHaveLength(1);
});

test('a 429 with Retry-After: the deal is created after the wait', async ({ page }) => {
  const name = 'Exactly once - 429';
  fake.faults.inject({ operation: 'createOpportunity', kind: 'rate-limit', retryAfterSeconds: 1 });
  await fillAndSubmit(page, name);
  await expect(createdHeading(page)).toBeVisible();
  expect(dealsNamed(name)).toHaveLength(1);
  expect(fake.faults.pending()).toHaveLength(0);
});

test('a connection reset after Lightfield wrote the deal: exactly one deal', async ({ page }) => {
  const name = 'Exactly once - reset after commit';
  fake.faults.inject({ operation: 'createOpportunity', kind: 'reset-after' });
  await fillAndSubmit(page, name);
  await expect(createdHeading(page)).toBeVisible();
  expect(dealsNamed(name)).toHaveLength(1);
});

test('a double-click on "Create opportunity" sends one create', async ({ page }) => {
  const name = 'Exactly once - double-click';
  await openWithDraft(page, { $name: name });
  // A slow Lightfield keeps the first create in flight while the second click lands.
  fake.faults.inject({ operation: 'createOpportunity', kind: 'delay', delayMs: 800 });
  const before = upstreamCreates().length;
  await page.getByRole('button', { name: 'Create opportunity' }).dblclick();
  await page.keyboard.press('Enter');
  await expect(createdHeading(page)).toBeVisible();
  expect(upstreamCreates().length - before).toBe(1);
  expect(dealsNamed(name)).toHaveLength(1);
});

const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });

/** Waits until some tab's draft holds `text` (autosave runs a moment after typing stops). */
async function draftSaved(page: Page, text: string) {
  await page.waitForFunction(
    ([prefix, wanted]) =>
      Object.keys(localStorage).some(
        (key) => key.startsWith(prefix) && (localStorage.getItem(key) ?? '').includes(wanted),
      ),
    [`${DRAFT_STORAGE_KEY}:`, text] as const,
  );
}

test('a reload mid-form restores what the rep typed', async ({ page }) => {
  await page.goto(`${APP}/`);
  await nameBox(page).fill('Typed before the reload');
  await draftSaved(page, 'Typed before the reload');
  await page.reload();
  await expect(page.getByText('Draft restored')).toBeVisible();
  await expect(nameBox(page)).toHaveValue('Typed before the reload');
});

test('two tabs keep two drafts, and a closed tab’s draft goes to the next new tab', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto(`${APP}/`);
  await nameBox(first).fill('Typed in the first tab');
  await draftSaved(first, 'Typed in the first tab');

  // A second tab opened meanwhile starts empty: the first tab's draft is in use.
  const second = await context.newPage();
  await second.goto(`${APP}/`);
  await expect(nameBox(second)).toHaveValue('');
  await expect(second.getByText('Draft restored')).toHaveCount(0);
  await nameBox(second).fill('Typed in the second tab');
  await draftSaved(second, 'Typed in the second tab');

  // Each reload comes back to its own deal.
  await first.reload();
  await expect(nameBox(first)).toHaveValue('Typed in the first tab');
  await second.reload();
  await expect(nameBox(second)).toHaveValue('Typed in the second tab');

  await first.close();
  const third = await context.newPage();
  await third.goto(`${APP}/`);
  await expect(third.getByText('Draft restored')).toBeVisible();
  await expect(nameBox(third)).toHaveValue('Typed in the first tab');
  await expect(nameBox(second)).toHaveValue('Typed in the second tab');
});

test('a Lightfield 422 on a custom field lands on that field, which gets focus', async ({
  page,
}) => {
  const name = 'Exactly once - 422 on a custom field';
  await openWithDraft(page, { $name: name, primaryUseCase: 'Leak detection' });
  rejectUseCase = true;
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  const useCase = page.getByRole('textbox', { name: 'Primary use case' });
  await expect(useCase).toBeFocused();
  await expect(useCase).toHaveAttribute('aria-invalid', 'true');
  await expect(useCase).toHaveAccessibleDescription(/must name a site the org has on file/);
  expect(dealsNamed(name)).toHaveLength(0);

  // A definite answer: the rep edits and resubmits.
  await useCase.fill('Leak detection at Northbridge plant');
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(createdHeading(page)).toBeVisible();
  expect(dealsNamed(name)).toHaveLength(1);
});

test('when the BFF gives up, the payload stays frozen and "Try again" creates it once', async ({
  page,
}) => {
  const name = 'Exactly once - outage then Try again';
  await openWithDraft(page, { $name: name });
  fake.faults.inject({
    operation: 'createOpportunity',
    kind: 'status-before',
    status: 503,
    times: 100,
  });
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Trying again is safe' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeDisabled();

  // A reload in between keeps the same key and the frozen payload.
  await page.reload();
  await expect(page.getByText('was being created when the page closed')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeDisabled();
  // The draft notice, the frozen fields and the failure with "Try again" pass axe too.
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  fake.faults.clear();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(createdHeading(page)).toBeVisible();
  expect(dealsNamed(name)).toHaveLength(1);
  const keys = new Set(
    upstreamCreates()
      .filter(
        (r) => (r.body as { fields?: { $name?: string } } | undefined)?.fields?.$name === name,
      )
      .map((r) => r.headers['idempotency-key']),
  );
  expect(keys.size).toBe(1);
});
