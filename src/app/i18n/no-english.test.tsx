import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { overrideLocale } from '../lib/locale';
import { renderApp, setupTestBff } from '../../testing/render-app';
import { de } from './messages-de';
import { en, type Catalog, type MessageKey } from './messages-en';
import { fr } from './messages-fr';
import { translator, type Translate } from './translate';

const { server } = setupTestBff();
afterEach(() => overrideLocale(null));

const CATALOGS: Record<string, Catalog> = { 'de-DE': de, 'fr-FR': fr };

interface EnglishCheck {
  key: MessageKey;
  found: (words: string) => boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How to recognise each English catalog entry on a page, every plural form too. A template
 * with placeholders matches with anything in them ("Remove {item}" finds "Remove Vibration"); a
 * long text is found inside any text; a short one ("Street", "Choose…") only as the whole of
 * an element's own text or of an attribute, so a Lightfield label that merely contains the word
 * is not mistaken for it. An entry the other language spells the same way ("Details") is left
 * out.
 */
function englishChecks(other: Catalog): EnglishCheck[] {
  const checks: EnglishCheck[] = [];
  for (const key of Object.keys(en) as MessageKey[]) {
    const template = en[key];
    if (JSON.stringify(other[key]) === JSON.stringify(template)) continue;
    const forms =
      typeof template === 'string'
        ? [template]
        : Object.entries(template)
            .filter(([form]) => form !== 'count')
            .map(([, text]) => text);
    for (const form of forms) {
      const pieces = form.split(/\{\w+\}/);
      const text = form.trim();
      if (pieces.length > 1) {
        // Placeholders alone, or with a letter or two around them, say nothing about the language.
        if (pieces.join('').replace(/[^A-Za-z]/g, '').length < 4) continue;
        const pattern = new RegExp(pieces.map(escape).join('.+?'));
        checks.push({ key, found: (words) => pattern.test(words) });
      } else if (text.length >= 12) {
        checks.push({ key, found: (words) => words.includes(text) });
      } else {
        checks.push({ key, found: (words) => words === text });
      }
    }
  }
  return checks;
}

const ownText = (element: Element) =>
  [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent ?? '')
    .join('');

/**
 * What a person sees or hears, piece by piece: the title, the page's text, each element's own
 * text, and the accessible names, placeholders and titles.
 */
function pageWords(): string[] {
  const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap(
    (el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
  );
  const texts = [...document.body.querySelectorAll('*')].map(ownText);
  return [document.title, document.body.textContent ?? '', ...texts, ...attributes]
    .map((words) => words.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The keys of the English entries found on the page. */
function englishOnPage(other: Catalog): MessageKey[] {
  const words = pageWords();
  const found = englishChecks(other).filter((check) => words.some(check.found));
  return [...new Set(found.map((check) => check.key))];
}

function expectNoEnglish(locale: string) {
  expect(englishOnPage(CATALOGS[locale] as Catalog), `English left on the ${locale} page`).toEqual(
    [],
  );
  // A validation phrase never reaches the page untranslated (validation-phrases.ts).
  expect(document.body.textContent).not.toContain('\u2063');
}

/**
 * Brings out what the app says around the fields of every value type (the demo org has them
 * all): a second row of a list, a Markdown preview, a picked option's chip, a phone warning,
 * the country list's "no match".
 */
async function showEveryInputsWords(user: UserEvent, say: Translate) {
  await user.click(
    screen.getByRole('button', { name: say('list.addNamed', { label: 'Stakeholder emails' }) }),
  );
  await screen.findByRole('button', {
    name: say('list.removeNamed', { row: 'Stakeholder emails 2' }),
  });
  await user.click(
    screen.getByRole('button', {
      name: say('markdown.previewNamed', { label: 'Discovery notes' }),
    }),
  );
  await screen.findByText(say('markdown.empty'));

  await user.type(screen.getByRole('combobox', { name: 'Sensor families' }), 'Vib');
  const families = await screen.findByRole('listbox', { name: 'Sensor families' });
  await user.click(within(families).getByRole('option', { name: 'Vibration' }));
  await screen.findByRole('button', { name: say('combobox.removeNamed', { item: 'Vibration' }) });

  const phone = screen.getByRole('textbox', { name: 'Escalation phone' });
  await user.type(phone, '+1 000 555 0142');
  await user.tab();
  await waitFor(() =>
    expect(phone).toHaveAccessibleDescription(expect.stringContaining(say('phone.unlikely'))),
  );

  const site = screen.getByRole('group', { name: 'Install site' });
  await user.type(within(site).getByRole('combobox', { name: say('address.country') }), 'Qqxz');
  await within(site).findByText(say('country.none'));
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

const failing = () =>
  HttpResponse.json(
    { error: { code: 'upstream_unavailable', message: 'Lightfield is not answering.' } },
    { status: 503 },
  );

describe.each([
  ['de-DE', 'Verkaufschance anlegen', 'Verkaufschance angelegt', 'Name ist ein Pflichtfeld'],
  ['fr-FR', 'Créer l’opportunité', 'Opportunité créée', 'Name est obligatoire'],
])('the page in %s', { timeout: 30_000 }, (locale, submitName, createdName, nameRequired) => {
  const say = translator(locale);

  test('the form with every value type, its errors and the success view hold no English', async () => {
    overrideLocale(locale);
    const { user } = renderApp();
    const name = await screen.findByRole('textbox', { name: 'Name' });
    expectNoEnglish(locale);

    await showEveryInputsWords(user, say);
    expectNoEnglish(locale);

    await user.click(screen.getByRole('button', { name: submitName }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(nameRequired));
    expectNoEnglish(locale);

    await user.clear(screen.getByRole('textbox', { name: 'Escalation phone' }));
    await createDeal(user, submitName);
    await screen.findByRole('heading', { name: createdName });
    await waitFor(() => expect(document.title).toBe(say('document.titleCreated')));
    expectNoEnglish(locale);
  });

  test('the pickers’ searching, failure, no-match and create lines hold no English', async () => {
    overrideLocale(locale);
    const { user } = renderApp();
    const account = await screen.findByRole('combobox', { name: 'Account' });

    server.use(http.get(/\/api\/accounts(\?.*)?$/, () => delay('infinite')));
    act(() => account.focus());
    await user.keyboard('Zzyzx');
    await screen.findByText(say('combobox.searching'));
    expectNoEnglish(locale);

    server.use(http.get(/\/api\/accounts(\?.*)?$/, failing));
    await user.keyboard(' H');
    await screen.findByText(say('accounts.failed'));
    expectNoEnglish(locale);

    server.resetHandlers();
    server.use(http.post(/\/api\/accounts$/, failing));
    await user.keyboard('x');
    const offer = await screen.findByRole('option', {
      name: say('accounts.create', { name: 'Zzyzx Hx' }),
    });
    expectNoEnglish(locale);
    await user.click(offer);
    await screen.findByText(say('accounts.createFailed', { name: 'Zzyzx Hx' }));
    expectNoEnglish(locale);

    await user.type(screen.getByRole('combobox', { name: 'Champion' }), 'Qqxz');
    await screen.findByText(say('contacts.none'));
    expectNoEnglish(locale);

    server.use(http.get(/\/api\/members(\?.*)?$/, failing));
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), 'a');
    await screen.findByText(say('members.failed'));
    expectNoEnglish(locale);
  });

  test('a form that cannot load says why by the error’s code, without the server’s English', async () => {
    overrideLocale(locale);
    server.use(http.get(/\/api\/definitions$/, failing));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(say('load.unavailable'));
    expect(alert).not.toHaveTextContent('Lightfield is not answering.');
    expectNoEnglish(locale);
  });
});

test(
  'the check itself finds English of every kind on an English page',
  { timeout: 30_000 },
  async () => {
    const { user } = renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    await showEveryInputsWords(user, translator('en-US'));
    const found = englishOnPage(de);
    // A whole short text, an attribute, a template with placeholders, a long text inside another.
    expect(found).toEqual(
      expect.arrayContaining<MessageKey>([
        'address.street',
        'select.placeholder',
        'list.remove',
        'accounts.placeholder',
        'list.removeNamed',
        'combobox.selected',
        'hint.currency',
        'hint.markdown',
        'phone.unlikely',
        'markdown.empty',
        'country.none',
        'submit.create',
      ]),
    );
  },
);
