import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createFakeLightfield } from '../src/fake-lightfield/create-fake-lightfield';
import { accountIdFor, WELL_KNOWN } from '../src/fake-lightfield/seed';
import { optionIdByLabel } from '../src/fake-lightfield/seed-definitions';
import { startLiveApp, type LiveApp } from './support/live-app';
import { tabTo } from './support/keyboard';

// Every writable value type, a contact and a HAS_MANY relationship, filled with the keyboard
// alone; the assertion is on the body Lightfield receives. The app runs against the seeded fake
// on loopback (as in live-mode.spec.ts) so this test can read the requests it got.
const APP_PORT = Number(
  process.env.E2E_EVERY_FIELD_PORT ?? Number(process.env.E2E_DEMO_PORT ?? 4317) + 3,
);
const API_KEY = 'sk_lf_e2e_every_field';
const fake = createFakeLightfield({ apiKey: API_KEY });
// A fixed zone, so the date's offset in the expected body is known (no DST on that day).
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-US' });

let live: LiveApp;

test.beforeAll(async () => {
  live = await startLiveApp({ port: APP_PORT, apiKey: API_KEY, fake });
});

test.afterAll(async () => {
  await live?.stop();
});

/** Arrow keys until `target` is the active option, then Enter. */
async function arrowTo(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  for (let i = 0; i < 30; i++) {
    const active = await target.evaluate(
      (el) =>
        el === document.activeElement ||
        el.hasAttribute('data-highlighted') ||
        el.getAttribute('aria-selected') === 'true',
    );
    if (active) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

async function chooseSelect(page: Page, label: string, option: string) {
  await tabTo(page, label);
  await page.keyboard.press('Enter');
  await arrowTo(page, page.getByRole('option', { name: option, exact: false }).first());
  await expect(page.getByRole('combobox', { name: label })).toContainText(option);
}

async function pick(page: Page, label: string, query: string, option: string | RegExp) {
  await tabTo(page, label);
  await page.keyboard.type(query);
  const name = typeof option === 'string' ? new RegExp(`^${option}`) : option;
  await arrowTo(page, page.getByRole('option', { name }).first());
}

async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

test('one field of every value type arrives upstream in the documented format', async ({
  page,
}) => {
  // About 40 controls, walked with Tab one by one.
  test.setTimeout(180_000);
  await page.goto(`${live.url}/`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
  fake.requests.length = 0;

  await typeInto(page, 'Name', 'Northbridge Water District - Every field');
  await chooseSelect(page, 'Stage', 'Pilot');
  await pick(page, 'Account', 'Northbridge W', WELL_KNOWN.account.name);
  await expect(page.getByRole('combobox', { name: 'Account' })).toHaveValue(
    WELL_KNOWN.account.name,
  );
  await pick(page, 'Owner', 'Maya', WELL_KNOWN.member.name);
  await typeInto(page, 'Amount', '1,250,000.50');
  await typeInto(page, 'Sensors quoted', '1,250');
  await typeInto(page, 'Contract value (EUR)', '48,000.75');
  // Chromium's date input takes the digits segment by segment (mm/dd/yyyy in en-US).
  await typeInto(page, 'Target go-live', '03152027');
  await typeInto(page, 'Primary use case', 'Leak detection on 40 km of mains');
  await tabTo(page, 'On-prem gateway required');
  await page.keyboard.press('Space');
  await chooseSelect(page, 'Contract term', '24 months');

  await tabTo(page, 'Sensor families');
  await page.keyboard.type('Flo');
  await arrowTo(page, page.getByRole('option', { name: 'Flow' }));
  await page.keyboard.type('Vib');
  await arrowTo(page, page.getByRole('option', { name: 'Vibration' }));
  await expect(page.getByRole('list', { name: 'Selected Sensor families' })).toContainText(
    'Vibration',
  );

  await typeInto(page, 'Invoice email', 'ap@northbridgewater.org');
  await typeInto(page, 'Stakeholder emails', 'ingrid.halvorsen@northbridgewater.org');
  await tabTo(page, 'Add another Stakeholder emails');
  await page.keyboard.press('Enter');
  // "Add another" moves focus into the new row.
  await page.keyboard.type('theo.delgado@northbridgewater.org');
  await typeInto(page, 'Site phones', '+1 415 555 0123');
  await typeInto(page, 'Escalation phone', '(508) 555-0142');
  await typeInto(page, 'RFP link', 'northbridgewater.org/rfp/2027');
  await typeInto(page, 'Reference links', 'https://example.com/case-study');

  await typeInto(page, 'Street', '1 Pump Station Road');
  await typeInto(page, 'City', 'Northbridge');
  await typeInto(page, 'Postal code', '01534');
  await tabTo(page, 'Country');
  // A searchable combobox: typing filters the countries, the arrow keys and Enter pick one.
  await page.keyboard.type('United States');
  await arrowTo(page, page.getByRole('option', { name: 'United States', exact: true }));
  await typeInto(page, 'First name', 'Ingrid');
  await typeInto(page, 'Last name', 'Halvorsen');
  await typeInto(page, 'Signatory LinkedIn', '@ingrid-halvorsen');
  await typeInto(page, 'Discovery notes', '**Pilot** on 3 pump stations');

  await pick(page, 'Champion', 'Ingrid', WELL_KNOWN.contact.name);
  await pick(page, 'Implementation partners', 'Norvale', 'Norvale Energy Storage');
  await expect(page.getByRole('list', { name: 'Selected Implementation partners' })).toContainText(
    'Norvale Energy Storage',
  );

  await tabTo(page, 'Create opportunity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();

  const creates = fake.requests.filter(
    (r) => r.method === 'POST' && r.path === '/v1/opportunities',
  );
  expect(creates).toHaveLength(1);
  const defs = fake.store.definitions.opportunity;
  const option = (key: string, label: string) => optionIdByLabel(defs, key, label);
  expect(creates[0]?.body).toEqual({
    fields: {
      $name: 'Northbridge Water District - Every field',
      // The Sales pipeline the form starts at, the org's default, is sent with its stage.
      $pipeline: option('$pipeline', 'New business'),
      $stage: option('$stage', 'Pilot'),
      $amount: 1250000.5,
      sensorCount: 1250,
      contractValueEur: 48000.75,
      targetGoLive: '2027-03-15T17:00:00+01:00',
      primaryUseCase: 'Leak detection on 40 km of mains',
      onPremGateway: true,
      contractTerm: option('contractTerm', '24 months'),
      sensorFamilies: [option('sensorFamilies', 'Flow'), option('sensorFamilies', 'Vibration')],
      invoiceEmail: 'ap@northbridgewater.org',
      stakeholderEmails: [
        'ingrid.halvorsen@northbridgewater.org',
        'theo.delgado@northbridgewater.org',
      ],
      sitePhones: ['+14155550123'],
      // Formatted with the rep's region (US) when leaving the entry, so sent as E.164.
      escalationPhone: ['+15085550142'],
      rfpLink: 'https://northbridgewater.org/rfp/2027',
      referenceLinks: ['https://example.com/case-study'],
      installSite: {
        street: '1 Pump Station Road',
        city: 'Northbridge',
        postalCode: '01534',
        country: 'US',
      },
      signatory: { firstName: 'Ingrid', lastName: 'Halvorsen' },
      signatoryLinkedIn: 'https://www.linkedin.com/in/ingrid-halvorsen',
      discoveryNotes: '**Pilot** on 3 pump stations',
    },
    relationships: {
      $account: WELL_KNOWN.account.id,
      $owner: WELL_KNOWN.member.id,
      $champion: WELL_KNOWN.contact.id,
      implementationPartners: [accountIdFor('Norvale Energy Storage')],
    },
  });
});

test('axe finds no violations with the composite inputs open', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${live.url}/`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();

  // A multi-pick with a chip and its list open.
  await tabTo(page, 'Sensor families');
  await page.keyboard.type('Flo');
  await arrowTo(page, page.getByRole('option', { name: 'Flow' }));
  await expect(page.getByRole('listbox', { name: 'Sensor families' })).toBeVisible();
  // A second list row, the address and name fieldsets are always open.
  await tabTo(page, 'Add another Stakeholder emails');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /Stakeholder emails/ })).toHaveCount(2);
  await checkAxe(page);

  // A relationship picker with its results showing.
  await pick(page, 'Implementation partners', 'Norvale', 'Norvale Energy Storage');
  await page.keyboard.type('Nor');
  await expect(page.getByRole('listbox', { name: 'Implementation partners' })).toBeVisible();
  await checkAxe(page);

  // A Radix select, open. It is modal: everything else is aria-hidden meanwhile (so the page has
  // no visible h1 and hidden-but-focusable controls, by design), hence only its list is scanned.
  await page.getByRole('combobox', { name: 'Contract term' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  await checkAxe(page, '.select-content');
});

async function checkAxe(page: Page, only?: string) {
  const builder = new AxeBuilder({ page });
  if (only) builder.include(only);
  const results = await builder.analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
