import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { AccountOption, DemoRecordResponse } from '../src/model/api-contract';
import {
  createDealWithKeyboard,
  fillNameAndStage,
  pickAccountWithKeyboard,
} from './support/fill-deal';
import { tabTo } from './support/keyboard';

test.describe('demo mode', () => {
  test('health reports demo mode and the page says so', async ({ page, request }) => {
    expect(await (await request.get('/api/health')).json()).toEqual({ status: 'ok', mode: 'demo' });
    await page.goto('/');
    await expect(page.getByText('Demo — nothing is sent to Lightfield')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'New opportunity' })).toBeVisible();
  });

  test('a rep creates a deal with the keyboard alone and gets the Lightfield link', async ({
    page,
  }) => {
    await page.goto('/');
    await createDealWithKeyboard(page, {
      name: 'Northbridge Water District - Reservoir telemetry',
      stageLabel: 'Discovery',
      accountQuery: 'Northbr',
      accountName: 'Northbridge Water District',
    });
    await expect(page.getByRole('heading', { name: 'Opportunity created' })).toBeVisible();
    const link = page.getByRole('link', { name: 'Open in Lightfield' });
    await expect(link).toHaveAttribute(
      'href',
      /^https:\/\/crm\.lightfield\.app\/crm\/opportunities\/opp_/,
    );
  });

  test('Tab in an open select keeps the highlighted option and moves on: the next keys reach the next field', async ({
    page,
  }) => {
    await page.goto('/');
    const stage = page.getByRole('combobox', { name: 'Stage' });
    await stage.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.type('Pi');
    // No wait for the list to close: the rep tabs on and types the account at once.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Northbr');
    await expect(stage).toHaveText('Pilot');
    await expect(stage).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('combobox', { name: 'Account' })).toHaveValue('Northbr');
  });

  test('a rep creates the account inline with the keyboard, and the deal links it', async ({
    page,
    request,
  }) => {
    // New per run: the demo server outlives a single test, and find-or-create would reuse it.
    const accountName = `Tidewater Sensing ${Date.now()}`;
    await page.goto('/');
    await fillNameAndStage(page, { name: 'Tidewater pilot', stageLabel: 'Discovery' });
    await pickAccountWithKeyboard(
      page,
      accountName,
      `Create account “${accountName}”`,
      accountName,
    );
    await tabTo(page, 'Create opportunity');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Open in Lightfield' });
    await expect(link).toBeVisible();

    const dealId = (await link.getAttribute('href'))?.split('/').pop() ?? '';
    const stored = (await (
      await request.get(`/api/demo/opportunities/${dealId}`)
    ).json()) as DemoRecordResponse;
    const record = stored.record as {
      relationships: Record<string, { values: string[] } | undefined>;
    };
    const [accountId, ...others] = record.relationships.$account?.values ?? [];
    expect(others).toEqual([]);
    const account = (await (
      await request.get(`/api/accounts/${accountId ?? 'missing'}`)
    ).json()) as AccountOption;
    expect(account.name).toBe(accountName);
  });

  test('submitting an empty form shows the errors and focuses the first invalid control', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Create opportunity' }).click();
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
    await expect(page.getByText('Name is required')).toBeVisible();
    await expect(page.getByText('Stage is required')).toBeVisible();
    await expect(page.getByText('Account is required')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test('the form passes an axe scan, also with errors shown and a select open', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Create opportunity' })).toBeVisible();
    const clean = await new AxeBuilder({ page }).analyze();
    expect(clean.violations).toEqual([]);

    await page.getByRole('button', { name: 'Create opportunity' }).click();
    await expect(page.getByText('Name is required')).toBeVisible();
    const withErrors = await new AxeBuilder({ page }).analyze();
    expect(withErrors.violations).toEqual([]);

    await page.getByRole('combobox', { name: 'Stage' }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    // While the list is open Radix hides the rest of the page from assistive tech (aria-hidden)
    // and keeps focus in the list, as a modal listbox should; axe's aria-hidden-focus rule cannot
    // see the focus trap, so the open state is scanned where the rep is: the list itself.
    // Its options take focus one by one with the arrow keys (scrolling with them), which axe's
    // scrollable-region-focusable check cannot see: it expects a Tab stop inside the region.
    const open = await new AxeBuilder({ page })
      .include('[role="listbox"]')
      .disableRules(['scrollable-region-focusable'])
      .analyze();
    expect(open.violations).toEqual([]);
  });

  test('every control is the real one from the frame the form appears in', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    // Read once, not retried: a stand-in swapped for the real control later must fail this.
    const [stage, account] = await page.evaluate(() => {
      const byLabel = (text: string) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent === text);
        return label ? document.getElementById(label.htmlFor) : null;
      };
      return [
        byLabel('Stage')?.getAttribute('data-state'),
        byLabel('Account')?.getAttribute('aria-controls'),
      ];
    });
    // Radix marks its own trigger; downshift wires the list the input controls.
    expect(stage).toBe('closed');
    expect(account).toBeTruthy();
    // The account picker's empty live region takes no room under the input.
    const status = page.locator('.picker-status').first();
    await expect(status).toBeEmpty();
    expect(
      await status.evaluate((el) => {
        const style = getComputedStyle(el);
        return (
          el.getBoundingClientRect().height +
          parseFloat(style.marginTop) +
          parseFloat(style.marginBottom)
        );
      }),
    ).toBe(0);
  });

  test('unknown API paths are JSON 404s, not the app', async ({ request }) => {
    const res = await request.get('/api/does-not-exist');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toMatch(/application\/json/);
    const spa = await request.get('/some/client/route');
    expect(spa.status()).toBe(200);
    expect(await spa.text()).toContain('<div id="root">');
  });
});
