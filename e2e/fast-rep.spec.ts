import { expect, test, type Page } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel } from '../src/fake-lightfield/seed-definitions';
import {
  attachKeyLog,
  attachText,
  copyToClipboard,
  describePace,
  FastRep,
  type Pace,
} from './support/fast-rep';
import { startLiveApp, type LiveApp } from './support/live-app';

// A rep who knows the form: a fresh page, the keyboard alone, each key the instant the control
// can take it (Tab counts known by heart), and a wait only for what a person waits for: the
// option they typed to show in a list.
// Run as a matrix of typing speed × CPU speed × start time (issue #17); every cell must create
// exactly the deal typed, so the assertion is on the body Lightfield receives (live mode against
// the seeded fake, as in live-mode.spec.ts).
const APP_PORT = Number(
  process.env.E2E_FAST_REP_PORT ?? Number(process.env.E2E_DEMO_PORT ?? 4317) + 8,
);
const API_KEY = 'sk_lf_e2e_fast_rep';
const fake = createFakeLightfield({ apiKey: API_KEY });
test.use({
  // A fixed zone, so the date's offset in the expected body is known (no DST on that day).
  timezoneId: 'Europe/Berlin',
  locale: 'en-US',
  // A trace's DOM snapshots and screenshots are taken around every key, and on this machine they
  // stretch keys meant 15 ms apart to about 45: time a rep does not give the page. The trace
  // keeps the actions, network and console; the key log (support/fast-rep.ts) shows the page.
  trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
});

const KEY_DELAYS_MS = [15, 45, 90] as const;
const CPU_SLOWDOWNS = [1, 4] as const;
const START_AFTER_MS = [0, 250] as const;

let live: LiveApp;

test.beforeAll(async () => {
  live = await startLiveApp({ port: APP_PORT, apiKey: API_KEY, fake });
});

test.afterAll(async () => {
  await live?.stop();
});

/** What the rep types and picks, and what Lightfield must receive for it. */
const DEAL = {
  pipeline: 'New business',
  stage: { typeahead: 'Pi', label: 'Pilot' },
  account: { query: 'Northbridge W', name: WELL_KNOWN.account.name },
  owner: { query: 'Maya', name: WELL_KNOWN.member.name },
  amount: '1,250,000.50',
  // Chromium's date input takes the digits segment by segment (mm/dd/yyyy in en-US).
  goLive: '03152027',
  sensorFamilies: [
    { query: 'Flo', label: 'Flow' },
    { query: 'Vib', label: 'Vibration' },
  ],
  // Written internationally, so it is sent as typed whether or not the formatter that runs on
  // leaving the entry (loaded lazily) has finished by the time the rep submits.
  escalationPhone: '+1 508 555 0142',
  country: { query: 'Germ', name: 'Germany' },
  champion: { query: 'Ingrid', name: WELL_KNOWN.contact.name },
} as const;

function expectedBody(name: string) {
  const option = (key: string, label: string) =>
    optionIdByLabel(fake.store.definitions.opportunity, key, label);
  return {
    fields: {
      $name: name,
      // Left at the org's default, which the form starts at and sends.
      $pipeline: option('$pipeline', DEAL.pipeline),
      $stage: option('$stage', DEAL.stage.label),
      $amount: 1250000.5,
      targetGoLive: '2027-03-15T17:00:00+01:00',
      sensorFamilies: DEAL.sensorFamilies.map((f) => option('sensorFamilies', f.label)),
      escalationPhone: ['+15085550142'],
      installSite: { country: 'DE' },
    },
    relationships: {
      $account: WELL_KNOWN.account.id,
      $owner: WELL_KNOWN.member.id,
      $champion: WELL_KNOWN.contact.id,
    },
  };
}

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/**
 * The rep's whole path, from the first Tab into Name to Enter on "Create opportunity". The Tab
 * counts are the seeded form's tab stops between the controls used (a date input has one stop
 * per segment plus its picker button; each list field has an "Add another" button).
 */
async function enterDeal(rep: FastRep, name: string, clipboard?: string) {
  const option = (label: string) => rep.page.getByRole('option', { name: startsWith(label) });

  await rep.tab(1); // Name
  if (clipboard) {
    await rep.paste();
    await rep.type(name.slice(clipboard.length));
  } else {
    await rep.type(name);
  }

  await rep.tab(2); // Sales pipeline (left at its default), Stage
  await rep.choose(DEAL.stage.typeahead);

  await rep.tab(1); // Account
  if (clipboard) await rep.pick(clipboard, option(DEAL.account.name), 'paste');
  else await rep.pick(DEAL.account.query, option(DEAL.account.name));

  await rep.tab(1); // Owner
  await rep.pick(DEAL.owner.query, option(DEAL.owner.name));

  await rep.tab(1); // Amount
  await rep.type(DEAL.amount);

  // Sensors quoted, Contract value (EUR), then the month segment of Target go-live.
  await rep.tab(3);
  await rep.type(DEAL.goLive);

  // From the year segment: the date picker button, Primary use case, On-prem gateway required,
  // Contract term, Sensor families.
  await rep.tab(5);
  for (const family of DEAL.sensorFamilies) {
    await rep.pick(family.query, rep.page.getByRole('option', { name: family.label, exact: true }));
  }

  // Invoice email, Stakeholder emails and its "Add another", Site phones and its "Add another",
  // Escalation phone.
  await rep.tab(6);
  await rep.type(DEAL.escalationPhone);

  // RFP link, Reference links and its "Add another", Street, Street 2, City, State, Postal code,
  // Country.
  await rep.tab(9);
  await rep.pick(
    DEAL.country.query,
    rep.page.getByRole('option', { name: DEAL.country.name, exact: true }),
  );

  // First name, Last name, Signatory LinkedIn, Discovery notes and its Preview, Created by,
  // Champion.
  await rep.tab(7);
  await rep.pick(DEAL.champion.query, option(DEAL.champion.name));

  // Evaluator, Implementation partners, Create opportunity.
  await rep.tab(3);
  await rep.press('Enter');
}

/** Exactly one create reached Lightfield, with exactly this body, and the rep sees the deal. */
async function expectCreated(page: Page, name: string) {
  await expect(
    page.getByRole('link', { name: 'Open in Lightfield' }),
    'the deal is created and the rep sees it',
  ).toBeVisible({ timeout: 15_000 });
  const creates = fake.requests.filter(
    (r) => r.method === 'POST' && r.path === '/v1/opportunities',
  );
  expect(creates.map((c) => c.body)).toEqual([expectedBody(name)]);
}

/** A short Name unique to the cell, so no cell's deal is a duplicate of another's. */
const dealName = ({ keyDelayMs, cpuSlowdown, startAfterMs }: Pace, tag = '') =>
  `Fast rep${tag} k${keyDelayMs} c${cpuSlowdown} s${startAfterMs}`;

/** The slowest cells type about 150 keys 90 ms apart on a CPU four times slower. */
const timeoutFor = ({ keyDelayMs, cpuSlowdown }: Pace) =>
  30_000 + keyDelayMs * 250 + (cpuSlowdown - 1) * 10_000;

test.beforeEach(() => {
  fake.requests.length = 0;
});

test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  await attachKeyLog(page, testInfo);
  // What reached Lightfield: an Account list that stays empty shows here as no search at all.
  await attachText(
    testInfo,
    'upstream-requests.txt',
    fake.requests.map((r) => `${r.method} ${r.path}${r.rawQuery ? `?${r.rawQuery}` : ''}`),
  );
});

for (const keyDelayMs of KEY_DELAYS_MS) {
  for (const cpuSlowdown of CPU_SLOWDOWNS) {
    for (const startAfterMs of START_AFTER_MS) {
      const pace: Pace = { keyDelayMs, cpuSlowdown, startAfterMs };
      test(describePace(pace), async ({ page }) => {
        test.setTimeout(timeoutFor(pace));
        const name = dealName(pace);
        const rep = await FastRep.on(page, pace);
        await rep.open(`${live.url}/`);
        await enterDeal(rep, name);
        await expectCreated(page, name);
      });
    }
  }
}

// Pasting puts a whole word in at once, between keys: into Name (then typed on) and into Account
// (the search text), from a clipboard holding the customer's name as copied from an email.
const PASTE_PACES: Pace[] = [
  { keyDelayMs: 15, cpuSlowdown: 4, startAfterMs: 0 },
  { keyDelayMs: 90, cpuSlowdown: 1, startAfterMs: 250 },
];
for (const pace of PASTE_PACES) {
  test(`Ctrl+V into Name and Account, ${describePace(pace)}`, async ({ page }) => {
    test.setTimeout(timeoutFor(pace));
    const copied = 'Northbridge Water';
    const name = `${copied} - ${dealName(pace, ' paste')}`;
    const rep = await FastRep.on(page, pace);
    await copyToClipboard(page, live.url, copied);
    await rep.open(`${live.url}/`);
    await enterDeal(rep, name, copied);
    await expectCreated(page, name);
  });
}
