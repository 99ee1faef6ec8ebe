import { expect, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

export interface DealChoice {
  name: string;
  stageLabel: string;
  accountQuery: string;
  accountName: string;
}

/** Fills Name, Stage and Account and submits, with the keyboard alone. */
export async function createDealWithKeyboard(page: Page, deal: DealChoice): Promise<void> {
  await tabTo(page, 'Name');
  await page.keyboard.type(deal.name);

  await tabTo(page, 'Stage');
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: deal.stageLabel, exact: false }).first();
  await expect(option).toBeVisible();
  // Radix moves focus into the list; walk to the option by its label with the arrow keys.
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
  await expect(page.getByRole('combobox', { name: 'Stage' })).toContainText(deal.stageLabel);

  await tabTo(page, 'Account');
  await page.keyboard.type(deal.accountQuery);
  const account = page.getByRole('option', { name: new RegExp(`^${deal.accountName}`) });
  await expect(account).toBeVisible();
  for (let i = 0; i < 30 && (await account.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Account' })).toHaveValue(deal.accountName);

  await tabTo(page, 'Create opportunity');
  await page.keyboard.press('Enter');
}
