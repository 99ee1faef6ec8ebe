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
  await fillNameAndStage(page, deal);
  await pickAccountWithKeyboard(page, deal.accountQuery, deal.accountName, deal.accountName);
  await tabTo(page, 'Create opportunity');
  await page.keyboard.press('Enter');
}

/** Types the Name and picks the Stage option labelled `stageLabel`, with the keyboard. */
export async function fillNameAndStage(
  page: Page,
  deal: Pick<DealChoice, 'name' | 'stageLabel'>,
): Promise<void> {
  await tabTo(page, 'Name');
  await page.keyboard.type(deal.name);

  await tabTo(page, 'Stage');
  await chooseWithKeyboard(page, 'Stage', deal.stageLabel);
}

/**
 * With focus on the select named `name`: Enter opens it, the arrow keys walk to the option
 * labelled `label`, Enter picks it, and the select then shows it.
 */
export async function chooseWithKeyboard(page: Page, name: string, label: string): Promise<void> {
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: label, exact: false }).first();
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
  await expect(page.getByRole('combobox', { name })).toContainText(label);
}

/**
 * Tabs to the picker named `picker`, types `query`, arrows to the option whose name starts with
 * `optionName` and presses Enter; the picker then shows `picked`.
 */
export async function pickWithKeyboard(
  page: Page,
  picker: string,
  query: string,
  optionName: string,
  picked: string,
): Promise<void> {
  await tabTo(page, picker);
  await page.keyboard.type(query);
  const escaped = optionName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const option = page.getByRole('option', { name: new RegExp(`^${escaped}`) });
  await expect(option).toBeVisible();
  for (let i = 0; i < 30 && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: picker })).toHaveValue(picked);
}

/** pickWithKeyboard on the Account picker. */
export const pickAccountWithKeyboard = (
  page: Page,
  query: string,
  optionName: string,
  picked: string,
) => pickWithKeyboard(page, 'Account', query, optionName, picked);
