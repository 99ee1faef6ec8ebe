import { screen, waitFor } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { renderApp, setupTestBff } from '../../../testing/render-app';
import type * as CurrencyInputModule from './inputs/currency-input';
import type { FieldInputProps } from './inputs/field-input-props';

// Counts renders of every CURRENCY input, per field.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('./inputs/currency-input', async (importOriginal) => {
  const original = await importOriginal<typeof CurrencyInputModule>();
  return {
    ...original,
    CurrencyInput: (props: FieldInputProps<'CURRENCY'>) => {
      renders.set(props.field.key, (renders.get(props.field.key) ?? 0) + 1);
      return original.CurrencyInput(props);
    },
  };
});

setupTestBff();

test('typing in one field re-renders only that field', async () => {
  const { user } = renderApp();
  const name = await screen.findByRole('textbox', { name: 'Name' });
  const before = renders.get('$amount') ?? 0;
  const otherBefore = renders.get('contractValueEur') ?? 0;
  expect(before).toBeGreaterThan(0);

  await user.type(name, 'Northbridge pilot');
  expect(name).toHaveValue('Northbridge pilot');
  expect(renders.get('$amount')).toBe(before);

  // The control typed into does re-render.
  await user.type(screen.getByRole('textbox', { name: 'Amount' }), '12');
  expect(renders.get('$amount')).toBeGreaterThan(before);
  expect(renders.get('contractValueEur')).toBe(otherBefore);
});

test('an invalid submit re-renders only the controls whose message changed, and locks nothing', async () => {
  const { user } = renderApp();
  const name = await screen.findByRole('textbox', { name: 'Name' });
  const amount = renders.get('$amount') ?? 0;
  const other = renders.get('contractValueEur') ?? 0;
  expect(amount).toBeGreaterThan(0);
  // Disabling every control for a check that needs no network would cost a style pass over all.
  const fieldset = name.closest('fieldset');
  if (!fieldset) throw new Error('the controls are not in a fieldset');
  const toggles: MutationRecord[] = [];
  const observer = new MutationObserver((records) => toggles.push(...records));
  observer.observe(fieldset, { attributes: true, attributeFilter: ['disabled'] });

  await user.click(screen.getByRole('button', { name: 'Create opportunity' }));
  await waitFor(() => expect(name).toHaveAccessibleDescription('Name is required'));
  observer.disconnect();

  expect(renders.get('$amount')).toBe(amount);
  expect(renders.get('contractValueEur')).toBe(other);
  expect(toggles).toEqual([]);
});
