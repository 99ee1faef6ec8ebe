import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { FormDefinitions } from '../../../model/form-definitions';
import { WELL_KNOWN } from '../../../fake-lightfield/seed';
import { renderApp, setupTestBff } from '../../../testing/render-app';

// The demo org runs three pipelines; Stage is a dependent select under "Sales pipeline".
const { bff, requests, definitions } = setupTestBff();

const submitButton = () => screen.getByRole('button', { name: 'Create opportunity' });
const stage = () => screen.getByRole('combobox', { name: 'Stage' });
const pipeline = () => screen.getByRole('combobox', { name: 'Sales pipeline' });

function optionId(defs: FormDefinitions, key: string, label: string, parentId?: string) {
  const id = defs.fields
    .find((f) => f.key === key)
    ?.options.find((o) => o.label === label && (!parentId || o.parentId === parentId))?.id;
  if (!id) throw new Error(`no option ${label} on ${key}`);
  return id;
}

async function choose(user: UserEvent, control: HTMLElement, option: string) {
  await user.click(control);
  await user.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(control).toHaveTextContent(option));
}

/** The labels Stage offers right now, read from its open list, which is then closed. */
async function offeredStages(user: UserEvent): Promise<string[]> {
  await user.click(stage());
  const list = await screen.findByRole('listbox');
  const labels = within(list)
    .getAllByRole('option')
    .map((o) => o.getAttribute('data-label') ?? '');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
  return labels;
}

async function fillNameAndAccount(user: UserEvent, name: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Name' }), name);
  const account = screen.getByRole('combobox', { name: 'Account' });
  await user.type(account, WELL_KNOWN.account.name.slice(0, 14));
  const listbox = await screen.findByRole('listbox', { name: 'Account' });
  await user.click(await within(listbox).findByRole('option', { name: WELL_KNOWN.account.name }));
}

describe('pipelines and stages', { timeout: 20_000 }, () => {
  test('the pipeline starts at the default and Stage offers only that pipeline’s stages', async () => {
    const { user } = renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    expect(pipeline()).toHaveTextContent('New business');
    // The pipeline comes right before the stage.
    expect(pipeline().compareDocumentPosition(stage()) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(stage()).toHaveAccessibleDescription(/Stage options for Sales pipeline “New business”/);
    expect(await offeredStages(user)).toEqual([
      'Qualification',
      'Discovery',
      'Site survey',
      'Pilot',
      'Proposal',
      'Negotiation',
      'Closed Won',
      'Closed Lost',
    ]);
  });

  test('switching the pipeline clears a stage it does not have, says why, and sends a valid pair', async () => {
    const defs = await definitions();
    const { user } = renderApp();
    await fillNameAndAccount(user, 'Northbridge renewal');
    await choose(user, stage(), 'Pilot');

    await choose(user, pipeline(), 'Renewals');
    await waitFor(() => expect(stage()).toHaveTextContent('Choose…'));
    const why = 'Cleared “Pilot”: it is not in Sales pipeline “Renewals”';
    expect(stage()).toHaveAccessibleDescription(new RegExp(`${why}$`));
    expect(stage()).toHaveAttribute('aria-invalid', 'true');
    // Said aloud too: a field's message alone is not announced.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(why);
    // Leaving Stage alone keeps the reason; only a new pick answers it.
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    expect(stage()).toHaveAccessibleDescription(new RegExp(`${why}$`));
    expect(await offeredStages(user)).toEqual([
      'Qualify',
      'Usage review',
      'Proposal',
      'Negotiation',
      'Renewal won',
      'Renewal lost',
    ]);

    await choose(user, stage(), 'Qualify');
    await waitFor(() => expect(stage()).not.toHaveAttribute('aria-invalid'));
    expect(stage()).toHaveAccessibleDescription(/Stage options for Sales pipeline “Renewals”\.$/);

    await user.click(submitButton());
    expect(await screen.findByRole('heading', { name: 'Opportunity created' })).toBeVisible();
    const renewals = optionId(defs, '$pipeline', 'Renewals');
    expect(requests('POST', '/api/opportunities').map((r) => r.body)).toEqual([
      {
        fields: {
          $name: 'Northbridge renewal',
          $pipeline: renewals,
          $stage: optionId(defs, '$stage', 'Qualify', renewals),
        },
        relationships: { $account: WELL_KNOWN.account.id },
      },
    ]);
  });

  test('a stage the new pipeline also has under that label is cleared too: ids, not labels', async () => {
    const { user } = renderApp();
    await screen.findByRole('textbox', { name: 'Name' });
    await choose(user, stage(), 'Proposal');
    await choose(user, pipeline(), 'Partner resale');
    await waitFor(() => expect(stage()).toHaveTextContent('Choose…'));
    expect(stage()).toHaveAccessibleDescription(
      /Cleared “Proposal”: it is not in Sales pipeline “Partner resale”$/,
    );
  });

  test('Lightfield’s 422 for a stage outside the pipeline lands on Stage, which takes focus', async () => {
    const { user } = renderApp();
    await fillNameAndAccount(user, 'Northbridge moved stage');
    await choose(user, stage(), 'Pilot');
    // The org moves Pilot to another pipeline after the form (and the BFF) loaded the fields.
    const options =
      bff.fake.store.definitions.opportunity.fieldDefinitions.$stage?.typeConfiguration.options;
    const pilot = options?.find((o) => o.label === 'Pilot');
    const usageReview = options?.find((o) => o.label === 'Usage review');
    if (!pilot || !usageReview) throw new Error('the seed lost its stages');
    const before = pilot.parentId;
    pilot.parentId = usageReview.parentId ?? null;
    try {
      await user.click(submitButton());
      await waitFor(() => expect(stage()).toHaveFocus());
      expect(stage()).toHaveAccessibleDescription(/not in the pipeline 'New business'/);
      expect(requests('POST', '/api/opportunities')).toHaveLength(1);
    } finally {
      pilot.parentId = before ?? null;
    }
  });
});
