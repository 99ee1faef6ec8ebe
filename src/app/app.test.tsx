import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import type { WritableValueType } from '../model/form-definitions';
import { NOT_EMBEDDED } from './features/embed/embed-context';
import { overrideLocale } from './lib/locale';
import { renderApp, setupTestBff } from '../testing/render-app';
import { stubBridge } from '../testing/stub-bridge';

const { definitions, server } = setupTestBff();

// The role each value type's control exposes; null = a native date input, which has none.
const ROLE: Record<WritableValueType, string | null> = {
  ADDRESS: 'group',
  CHECKBOX: 'checkbox',
  CURRENCY: 'textbox',
  DATETIME: null,
  EMAIL: 'textbox',
  FULL_NAME: 'group',
  MARKDOWN: 'textbox',
  MULTI_SELECT: 'combobox',
  NUMBER: 'textbox',
  SINGLE_SELECT: 'combobox',
  SOCIAL_HANDLE: 'textbox',
  TELEPHONE: 'textbox',
  TEXT: 'textbox',
  URL: 'textbox',
};

test('shows the page header and the demo badge', async () => {
  renderApp();
  expect(screen.getByRole('heading', { level: 1, name: 'New opportunity' })).toBeInTheDocument();
  expect(await screen.findByText(/nothing is sent to Lightfield/)).toHaveTextContent(
    'Demo — nothing is sent to Lightfield',
  );
});

test('a German rep reads the page’s own words in German; the org’s labels stay as they are', async () => {
  overrideLocale('de-DE');
  try {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Grunddaten' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Details' })).toBeInTheDocument();
    expect(screen.getByText(/markierte Felder sind Pflichtfelder\./)).toHaveTextContent(
      'Mit *Sternchen markierte Felder sind Pflichtfelder.',
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
    // The contract's English name is exact in English; other languages translate it.
    expect(screen.getByRole('button', { name: 'Verkaufschance anlegen' })).toBeInTheDocument();
  } finally {
    overrideLocale(null);
  }
});

test('renders every writable field and relationship, named exactly by its label', async () => {
  const defs = await definitions();
  renderApp();
  await screen.findByRole('textbox', { name: 'Name' });

  for (const field of defs.fields) {
    const role = ROLE[field.valueType];
    const control = role
      ? screen.getByRole(role, { name: field.label })
      : screen.getByLabelText(field.label, { selector: 'input' });
    expect(control, field.label).toBeInTheDocument();
    if (field.required) expect(control).toHaveAttribute('aria-required', 'true');
  }
  for (const rel of defs.relationships) {
    const control = screen.getByRole('combobox', { name: rel.label });
    if (rel.required) expect(control).toHaveAttribute('aria-required', 'true');
  }

  // Read-only and display-only definitions have no control.
  for (const label of ['Status', 'AI deal summary', 'Fit score', 'Last email', 'Tasks']) {
    expect(screen.queryByLabelText(label)).not.toBeInTheDocument();
  }
});

test('orders required controls first, then the owner, then the rest', async () => {
  renderApp();
  const essentials = (await screen.findByRole('heading', { name: 'Essentials' })).closest(
    'section',
  );
  if (!essentials) throw new Error('no Essentials section');
  // Stage's options depend on the Sales pipeline, which comes right before it.
  const controls = ['Name', 'Sales pipeline', 'Stage', 'Account', 'Owner'].map((name) =>
    within(essentials).getByRole(name === 'Name' ? 'textbox' : 'combobox', { name }),
  );
  expect(within(essentials).getAllByRole('combobox')).toHaveLength(4);
  for (const [index, control] of controls.entries()) {
    const next = controls[index + 1];
    if (next) {
      expect(control.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  }
  // The other fields follow in definitions order.
  const amount = screen.getByRole('textbox', { name: 'Amount' });
  const partners = screen.getByRole('combobox', { name: 'Implementation partners' });
  expect(amount.compareDocumentPosition(partners) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test('help text and currency code are the control’s description', async () => {
  renderApp();
  expect(await screen.findByRole('combobox', { name: 'Stage' })).toHaveAccessibleDescription(
    'Where the deal sits in the Brightwater sales process. Stage options for Sales pipeline “New business”.',
  );
  const amount = screen.getByRole('textbox', { name: 'Amount' });
  expect(amount).toHaveAttribute('inputmode', 'decimal');
  expect(amount).toHaveAccessibleDescription(
    /Total contract value\. Amount in US Dollars? \(USD\)/,
  );
});

test('an embedded form that cannot load its definitions tells the portal, once per failure', async () => {
  const errors: unknown[] = [];
  const bridge = stubBridge({ error: (error) => errors.push(error) });
  server.use(
    http.get(/\/api\/definitions$/, () =>
      HttpResponse.json(
        { error: { code: 'upstream_unavailable', message: 'Lightfield is not answering.' } },
        { status: 503 },
      ),
    ),
  );
  const { user } = renderApp({ params: { ...NOT_EMBEDDED.params, embedded: true }, bridge });

  // Explained by the error's code; the server's English message is for logs, not the rep.
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(
    'The form could not be loaded. Lightfield did not answer. Try again in a moment.',
  );
  expect(alert).not.toHaveTextContent('Lightfield is not answering.');
  expect(errors).toEqual([
    // In the rep's language, for the portal to show; the code is the stable part.
    { code: 'definitions_unavailable', message: 'The form could not be loaded.' },
  ]);

  // Try again, and this time the definitions load: no further error, the form appears.
  server.resetHandlers();
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  await screen.findByRole('textbox', { name: 'Name' });
  expect(errors).toHaveLength(1);
});
