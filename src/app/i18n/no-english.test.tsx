import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import type { Template } from '../../model/messages/format-message';
import { overrideLocale } from '../lib/locale';
import { renderApp, setupTestBff } from '../../testing/render-app';
import { en } from './messages-en';
import { translator } from './translate';

setupTestBff();
afterEach(() => overrideLocale(null));

/**
 * The English catalog's words long enough to mean something: each template's text between its
 * placeholders, every plural form. A catalog entry the other language spells the same way
 * (a product name, "Details") is left out.
 */
function englishFragments(locale: string): string[] {
  const other = translator(locale);
  const fragments = new Set<string>();
  for (const [key, template] of Object.entries(en) as [keyof typeof en, Template][]) {
    const forms = typeof template === 'string' ? [template] : Object.values(template);
    for (const form of forms) {
      for (const piece of form.split(/\{\w+\}/)) {
        const text = piece.trim();
        if (text.length >= 12 && !other(key).includes(text)) fragments.add(text);
      }
    }
  }
  return [...fragments];
}

/** What a person sees or hears: the text, accessible names and descriptions, and the title. */
function pageWords(): string {
  const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].map(
    (el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' '),
  );
  return [document.title, document.body.textContent ?? '', ...attributes].join('\n');
}

function expectNoEnglish(locale: string) {
  const words = pageWords();
  const left = englishFragments(locale).filter((fragment) => words.includes(fragment));
  expect(left, `English left on the ${locale} page`).toEqual([]);
  // A validation phrase never reaches the page untranslated (validation-phrases.ts).
  expect(words).not.toContain('\u2063');
}

async function createDeal(user: UserEvent, submitName: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Hafenprojekt');
  await user.click(screen.getByRole('combobox', { name: 'Stage' }));
  await user.click(await screen.findByRole('option', { name: 'Pilot' }));
  await user.type(screen.getByRole('combobox', { name: 'Account' }), 'Northbridge W');
  const listbox = await screen.findByRole('listbox', { name: 'Account' });
  await user.click(await within(listbox).findByRole('option', { name: /^Northbridge Water/ }));
  await user.click(screen.getByRole('button', { name: submitName }));
}

describe.each([
  ['de-DE', 'Verkaufschance anlegen', 'Verkaufschance angelegt', 'Name ist ein Pflichtfeld'],
  ['fr-FR', 'Créer l’opportunité', 'Opportunité créée', 'Name est obligatoire'],
])('the page in %s', { timeout: 20_000 }, (locale, submitName, createdName, nameRequired) => {
  test('the form, its errors and the success view hold no English from the catalog', async () => {
    overrideLocale(locale);
    const { user } = renderApp();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    expectNoEnglish(locale);

    await user.click(screen.getByRole('button', { name: submitName }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(nameRequired));
    expectNoEnglish(locale);

    await createDeal(user, submitName);
    await screen.findByRole('heading', { name: createdName });
    await waitFor(() => expect(document.title).toBe(translator(locale)('document.titleCreated')));
    expectNoEnglish(locale);
  });
});

test('the check itself finds English on an English page', async () => {
  renderApp();
  await screen.findByRole('textbox', { name: 'Name' });
  const words = pageWords();
  expect(englishFragments('de-DE').filter((f) => words.includes(f)).length).toBeGreaterThan(3);
});
