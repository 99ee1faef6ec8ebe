import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { ComboboxAria } from './combobox-types';

const aria: ComboboxAria = {
  id: 'account',
  'aria-describedby': 'account-help',
  'aria-invalid': undefined,
  'aria-required': true,
};
const ITEMS = ['Northbridge Water District', 'Norvale Energy'];

describe('LazySingleCombobox', () => {
  test('a stand-in holds the place until focus; typed text and focus carry over', async () => {
    // A fresh module graph: the comboboxes chunk is not loaded yet (setup-dom preloads it).
    vi.resetModules();
    const { LazySingleCombobox } = await import('./lazy-combobox');
    const searches: string[] = [];

    function Harness() {
      const [selected, setSelected] = useState<string | null>('Norvale Energy');
      return (
        <>
          <span id="account-label">Account</span>
          <p id="account-help">Company buying the sensors</p>
          <LazySingleCombobox<string>
            aria={aria}
            labelId="account-label"
            items={ITEMS}
            itemKey={(i) => i}
            itemLabel={(i) => i}
            onSearchChange={(q) => searches.push(q)}
            loading={false}
            emptyText="No accounts match"
            onBlur={() => {}}
            inputRef={() => {}}
            selectedItem={selected}
            onSelect={setSelected}
          />
        </>
      );
    }

    render(<Harness />);
    const standIn = screen.getByRole('combobox', { name: 'Account' });
    expect(standIn).toHaveValue('Norvale Energy');
    expect(standIn).toHaveAccessibleDescription('Company buying the sensors');
    expect(standIn).toHaveAttribute('aria-required', 'true');
    // downshift wires aria-controls; the stand-in has no list to control.
    expect(standIn).not.toHaveAttribute('aria-controls');

    act(() => standIn.focus());
    fireEvent.change(standIn, { target: { value: 'Nor' } });

    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Account' })).toHaveAttribute('aria-controls'),
    );
    const real = screen.getByRole('combobox', { name: 'Account' });
    expect(real).not.toBe(standIn);
    expect(real).toHaveFocus();
    expect(real).toHaveValue('Nor');
    expect(searches).toContain('Nor');
  });
});
