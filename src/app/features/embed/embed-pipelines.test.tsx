import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Prefill } from '../../../embed/embed-protocol';
import { renderApp, setupTestBff } from '../../../testing/render-app';
import { stubBridge } from '../../../testing/stub-bridge';
import { NOT_EMBEDDED } from './embed-context';

// A portal's prefill of Stage in an org with pipelines: read within the prefilled or current
// pipeline, refused (and reported) when it does not belong there.
setupTestBff();

function embedded(prefill: Prefill, lock: string[] = []) {
  const errors: { code: string; message: string }[] = [];
  const updates: ((prefill: Prefill) => void)[] = [];
  const bridge = stubBridge({
    error: (error) => errors.push(error),
    onPrefill: (handler) => {
      updates.push(handler);
      return () => {};
    },
  });
  const view = renderApp({
    params: { ...NOT_EMBEDDED.params, embedded: true, prefill, lock },
    bridge,
  });
  /** `handle.update(prefill)` from the portal. */
  const update = (next: Prefill) => act(() => updates.forEach((handler) => handler(next)));
  return { ...view, errors, update };
}

const stage = () => screen.getByRole('combobox', { name: 'Stage' });
const pipeline = () => screen.getByRole('combobox', { name: 'Sales pipeline' });

describe('embed prefill with pipelines', { timeout: 15_000 }, () => {
  test('a stage label is read within the prefilled pipeline', async () => {
    const { errors } = embedded({ pipeline: 'Renewals', stage: 'Qualify' });
    await screen.findByRole('textbox', { name: 'Name' });
    expect(pipeline()).toHaveTextContent('Renewals');
    expect(stage()).toHaveTextContent('Qualify');
    expect(errors).toEqual([]);
  });

  test('a stage outside the current pipeline is refused and reported, not guessed', async () => {
    const { errors } = embedded({ name: 'Portal deal', stage: 'Usage review' });
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Portal deal');
    expect(pipeline()).toHaveTextContent('New business');
    expect(stage()).toHaveTextContent('Choose…');
    await waitFor(() =>
      expect(errors).toEqual([
        {
          code: 'invalid_prefill',
          message: expect.stringContaining('"stage"'),
        },
      ]),
    );
  });

  test('a stage the portal locks locks its pipeline too, so nothing can clear it', async () => {
    embedded({ pipeline: 'Renewals', stage: 'Usage review' }, ['stage']);
    await screen.findByRole('textbox', { name: 'Name' });
    for (const control of [pipeline(), stage()]) {
      expect(control).toBeDisabled();
      expect(control.closest('fieldset')).toHaveAccessibleDescription(/Set by the portal/);
    }
    expect(stage()).toHaveTextContent('Usage review');
  });

  test('handle.update: a new pipeline clears the stage; a stage label then reads within it', async () => {
    const { errors, update } = embedded({ stage: 'Pilot' });
    await screen.findByRole('textbox', { name: 'Name' });
    expect(stage()).toHaveTextContent('Pilot');

    update({ pipeline: 'Partner resale' });
    await waitFor(() => expect(stage()).toHaveTextContent('Choose…'));
    expect(stage()).toHaveAccessibleDescription(
      /Cleared “Pilot”: it is not in Sales pipeline “Partner resale”$/,
    );

    update({ stage: 'qualify' });
    await waitFor(() => expect(stage()).toHaveTextContent('Qualify'));
    expect(stage()).not.toHaveAttribute('aria-invalid');
    expect(errors).toEqual([]);
  });
});
