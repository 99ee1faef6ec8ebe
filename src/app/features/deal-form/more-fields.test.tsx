import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import type { AccountOption, ListPayload } from '../../../model/api-contract';
import type { FormDefinitions, FormField } from '../../../model/form-definitions';
import { emptyFormValues } from '../../../model/form-schema';
import { renderApp, setupTestBff } from '../../../testing/render-app';
import { leaveClosedTabDraft } from '../../../testing/closed-tab-draft';
import { formLayout } from './form-layout';
import { MORE_FIELDS_SHOWN, PRERENDER_AFTER_MS } from './more-fields';

const { bff, server, requests, definitions } = setupTestBff();

/** The demo org plus enough optional text fields, and a number last, to need "More fields". */
async function bigOrg(): Promise<FormDefinitions> {
  const defs = await definitions();
  const text = defs.fields.find((f) => f.key === 'primaryUseCase');
  const number = defs.fields.find((f) => f.key === 'sensorCount');
  if (!text || !number) throw new Error('the seed lost its TEXT or NUMBER field');
  const extra: FormField[] = Array.from({ length: 20 }, (_, i) => ({
    ...text,
    key: `extraNote${i + 1}`,
    label: `Extra note ${i + 1}`,
  }));
  extra.push({ ...number, key: 'extraCount', label: 'Extra count' });
  return { ...defs, fields: [...defs.fields, ...extra] };
}

describe('more fields', { timeout: 15_000 }, () => {
  test('a big org shows the first optional controls and the rest behind a keyboard disclosure', async () => {
    const defs = await bigOrg();
    server.use(http.get(/\/api\/definitions$/, () => HttpResponse.json(defs)));
    const { user } = renderApp();
    await screen.findByRole('textbox', { name: 'Name' });

    const details = screen.getByRole('region', { name: 'Details' });
    const toggle = within(details).getByRole('button', { name: /^More fields \(\d+\)$/ });
    // Every control outside Essentials (the owner and the Sales pipeline are in it).
    const detailCount = formLayout(defs).filter((item) => !item.essential).length;
    expect(toggle).toHaveAccessibleName(`More fields (${detailCount - MORE_FIELDS_SHOWN})`);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('textbox', { name: 'Sensors quoted' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Extra count' })).not.toBeInTheDocument();

    // Keyboard: Enter opens, Space closes.
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const extraCount = screen.getByRole('textbox', { name: 'Extra count' });
    expect(extraCount).toBeVisible();
    await user.type(extraCount, 'lots');
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(extraCount).not.toBeVisible();

    // The only invalid control is hidden: submitting opens the disclosure and focuses it.
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Big org pilot');
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    await user.click(await screen.findByRole('option', { name: 'Pilot' }));
    const account = screen.getByRole('combobox', { name: 'Account' });
    await user.type(account, 'Northbridge Wa');
    const listbox = await screen.findByRole('listbox', { name: 'Account' });
    await user.click(
      await within(listbox).findByRole('option', { name: 'Northbridge Water District' }),
    );
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));

    await waitFor(() => expect(extraCount).toHaveFocus());
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(extraCount).toBeVisible();
    expect(extraCount).toHaveAccessibleDescription(/Enter a number$/);
    expect(requests('POST', '/api/opportunities')).toHaveLength(0);
  });

  test('a value behind the closed disclosure is sent without the disclosure ever opening', async () => {
    const defs = await bigOrg();
    server.use(http.get(/\/api\/definitions$/, () => HttpResponse.json(defs)));
    const accounts = await bff.app.fetch(
      new Request('http://localhost/api/accounts?q=Northbridge%20Water'),
    );
    const account = ((await accounts.json()) as ListPayload<AccountOption>).data[0];
    const pilot = defs.fields
      .find((f) => f.key === '$stage')
      ?.options.find((o) => o.label === 'Pilot');
    if (!account || !pilot) throw new Error('the seed changed');
    // A draft from before a reload: a control behind the disclosure holds text (a seeded one:
    // the BFF checks the body against the real definitions), and the form is complete.
    const values = emptyFormValues(defs);
    values.fields.$name = 'Hidden value pilot';
    values.fields.$stage = pilot.id;
    values.fields.discoveryNotes = 'Typed before the reload';
    values.relationships.$account = account.id;
    leaveClosedTabDraft(values);

    const { user } = renderApp();
    await screen.findByText(/Draft restored/);
    const toggle = screen.getByRole('button', { name: /^More fields/ });
    expect(screen.queryByRole('textbox', { name: 'Discovery notes' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));

    await waitFor(() => expect(requests('POST', '/api/opportunities')).toHaveLength(1));
    const [create] = requests('POST', '/api/opportunities');
    await waitFor(() =>
      expect(create?.body).toMatchObject({
        fields: { $name: 'Hidden value pilot', discoveryNotes: 'Typed before the reload' },
      }),
    );
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('hidden controls are pre-rendered once the form has been idle a moment, never at once', async () => {
    server.use(http.get(/\/api\/definitions$/, async () => HttpResponse.json(await bigOrg())));
    renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    const extraCount = () => screen.queryByRole('textbox', { name: 'Extra count', hidden: true });
    expect(extraCount()).not.toBeInTheDocument();

    await waitFor(() => expect(extraCount()).toBeInTheDocument(), {
      timeout: PRERENDER_AFTER_MS + 2000,
    });
    expect(extraCount()).not.toBeVisible();
    expect(screen.getByRole('button', { name: /^More fields/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  test('pointing at or focusing "More fields" pre-renders the hidden controls right away', async () => {
    server.use(http.get(/\/api\/definitions$/, async () => HttpResponse.json(await bigOrg())));
    const { user } = renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    const extraCount = () => screen.queryByRole('textbox', { name: 'Extra count', hidden: true });
    const mountedAt = performance.now();

    await user.hover(screen.getByRole('button', { name: /^More fields/ }));
    await waitFor(() => expect(extraCount()).toBeInTheDocument(), {
      timeout: PRERENDER_AFTER_MS / 2,
    });
    // Sooner than the idle pre-render could have started.
    expect(performance.now() - mountedAt).toBeLessThan(PRERENDER_AFTER_MS);
    expect(extraCount()).not.toBeVisible();
  });

  test('the demo org, small enough, shows every control without a disclosure', async () => {
    renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    expect(screen.queryByRole('button', { name: /^More fields/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Discovery notes' })).toBeVisible();
  });
});
