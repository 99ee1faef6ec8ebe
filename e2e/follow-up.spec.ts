import { expect, test } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { fillNameAndStage, pickAccountWithKeyboard } from './support/fill-deal';
import { startLiveApp, type LiveApp } from './support/live-app';

// Live mode against the fake: a deal with a next step and a note arrives as one opportunity,
// one task and one note, linked; then Lightfield's AI summary shows up on the success view.
const APP_PORT = Number(process.env.E2E_DEMO_PORT ?? 4317) + 10;
const API_KEY = 'sk_lf_e2e_follow_up';
// The summary comes 1.5 s after the create here (4 s in the demo): the spec waits seconds.
const fake = createFakeLightfield({ apiKey: API_KEY, summaryDelayMs: 1_500 });
let live: LiveApp;

test.beforeAll(async () => {
  live = await startLiveApp({ port: APP_PORT, apiKey: API_KEY, fake });
});

test.afterAll(async () => {
  await live?.stop();
});

const DEAL = 'Northbridge Water District - Follow-up pilot';

test('the next step and the note reach Lightfield as exactly one task and one note, linked; the AI summary appears without a reload', async ({
  page,
}) => {
  await page.goto(`${live.url}/`);
  await fillNameAndStage(page, { name: DEAL, stageLabel: 'Pilot' });
  await pickAccountWithKeyboard(
    page,
    'Northbridge W',
    WELL_KNOWN.account.name,
    WELL_KNOWN.account.name,
  );
  const owner = page.getByRole('combobox', { name: 'Owner' });
  await owner.fill('Maya');
  await page.getByRole('option', { name: new RegExp(`^${WELL_KNOWN.member.name}`) }).click();
  await expect(owner).toHaveValue(WELL_KNOWN.member.name);

  const followUp = page.getByRole('region', { name: 'Follow-up' });
  await followUp
    .getByRole('textbox', { name: 'Next step', exact: true })
    .fill('Send the pilot proposal');
  await followUp.getByLabel('Next step due').fill('2026-12-15');
  await followUp
    .getByRole('textbox', { name: 'Note', exact: true })
    .fill('Budget approved by **Ingrid**.\n\n- pilot at the east reservoir');
  fake.requests.length = 0;
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();

  const posts = (path: string) =>
    fake.requests.filter((r) => r.method === 'POST' && r.path === path);
  const deal = fake.store
    .entries('opportunity')
    .find((e) => e.record.fields.$name?.value === DEAL)?.record;
  expect(deal).toBeDefined();
  const dealKey = posts('/v1/opportunities')[0]?.headers['idempotency-key'];
  expect(posts('/v1/opportunities')).toHaveLength(1);

  // The browser's date, 17:00 in its own time zone with that day's offset.
  const dueAt = await page.evaluate(() => {
    const d = new Date(2026, 11, 15, 17, 0, 0);
    const offset = -d.getTimezoneOffset();
    const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
    return `2026-12-15T17:00:00${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  });
  const tasks = posts('/v1/tasks');
  expect(tasks).toHaveLength(1);
  expect(tasks[0]?.headers['idempotency-key']).toBe(`${dealKey}:task`);
  expect(tasks[0]?.body).toEqual({
    fields: { $title: 'Send the pilot proposal', $status: 'TODO', $dueAt: dueAt },
    relationships: {
      $assignedTo: WELL_KNOWN.member.id,
      $opportunity: deal?.id,
      $account: WELL_KNOWN.account.id,
    },
  });
  const notes = posts('/v1/notes');
  expect(notes).toHaveLength(1);
  expect(notes[0]?.headers['idempotency-key']).toBe(`${dealKey}:note`);
  expect(notes[0]?.body).toEqual({
    fields: {
      $title: `Notes — ${DEAL}`,
      $content: 'Budget approved by **Ingrid**.\n\n- pilot at the east reservoir',
    },
    relationships: { $opportunity: deal?.id, $account: WELL_KNOWN.account.id },
  });
  expect(fake.store.count('task')).toBe(1);
  expect(fake.store.count('note')).toBe(1);
  expect(deal?.relationships.$task?.values).toHaveLength(1);
  expect(deal?.relationships.$note?.values).toHaveLength(1);

  // The summary: "being written", then the Markdown Lightfield wrote, on the same page.
  const summary = page.getByRole('region', { name: 'AI summary' });
  await expect(summary).toBeVisible();
  await expect(summary.locator('strong', { hasText: DEAL })).toBeVisible();
  await expect(summary).toContainText('Next step: Send the pilot proposal');
  await expect(summary).not.toContainText('writing');
  const retrieves = fake.requests.filter(
    (r) => r.method === 'GET' && r.path === `/v1/opportunities/${deal?.id}`,
  );
  expect(retrieves.length).toBeGreaterThanOrEqual(1);
  expect(retrieves.length).toBeLessThanOrEqual(20);
});
