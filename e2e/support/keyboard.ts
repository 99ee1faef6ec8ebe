import { expect, type Page } from '@playwright/test';

/** The accessible name of the focused element, as a screen reader would announce it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    }
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return (labels[0]?.textContent ?? '').trim();
    return (el.textContent ?? '').trim();
  });
}

/** Presses Tab until the control named `name` (prefix match, ignoring a required "*") has focus. */
export async function tabTo(page: Page, name: string | RegExp, maxTabs = 60): Promise<void> {
  const matches = (n: string) => {
    const clean = n.replace(/\s*\*\s*$/, '').trim();
    return typeof name === 'string' ? clean === name : name.test(clean);
  };
  for (let i = 0; i < maxTabs; i++) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press('Tab');
  }
  expect.soft(await focusedName(page), `Tab never reached “${String(name)}”`).toBe(String(name));
  throw new Error(`Tab never reached “${String(name)}”`);
}
