import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { FormField } from '../../../../model/form-definitions';
import type { RadixSingleSelect } from './radix-single-select';
import { SingleSelectInput } from './single-select-input';

// The Radix chunk, held back until a test lets it arrive: a rep on a slow link meets this.
const chunk = vi.hoisted(() => ({
  loaded: null as typeof RadixSingleSelect | null,
  loading: null as Promise<typeof RadixSingleSelect> | null,
  arrive: () => {},
  gate: Promise.resolve(),
}));

vi.mock('./load-radix-single-select', () => ({
  loadRadixSingleSelect: () =>
    (chunk.loading ??= chunk.gate
      .then(() => import('./radix-single-select'))
      .then((module) => (chunk.loaded = module.RadixSingleSelect))),
  loadedRadixSingleSelect: () => chunk.loaded,
  preloadRadixSingleSelect: () => {},
}));

beforeEach(() => {
  chunk.loaded = null;
  chunk.loading = null;
  chunk.gate = new Promise<void>((resolve) => (chunk.arrive = resolve));
});

async function arrive() {
  await act(async () => {
    chunk.arrive();
    await chunk.loading;
  });
}

const stage: FormField = {
  key: '$stage',
  label: 'Stage',
  description: null,
  valueType: 'SINGLE_SELECT',
  required: true,
  options: [
    { id: 'opt_qual', label: 'Qualification', description: null },
    { id: 'opt_disc', label: 'Discovery', description: null },
    { id: 'opt_pilot', label: 'Pilot', description: null },
  ],
  currency: null,
  multipleValues: false,
  handleService: null,
};

function Harness({ onChange, onBlur }: { onChange: (v: string) => void; onBlur: () => void }) {
  const [value, setValue] = useState('');
  return (
    <>
      <SingleSelectInput
        field={stage}
        value={value}
        onChange={(v) => {
          setValue(v);
          onChange(v);
        }}
        onBlur={onBlur}
        focusRef={() => {}}
        error={undefined}
        locale="en-US"
      />
      <input aria-label="Next field" />
    </>
  );
}

describe('SingleSelectInput while the Radix chunk is still loading', () => {
  test('keys pressed after the opening key are replayed into the list once it opens', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} onBlur={() => {}} />);
    await user.tab();
    await user.keyboard('{Enter}{ArrowDown}{ArrowDown}{Enter}');
    // Nothing can happen yet: the stand-in is still there, and nothing was chosen.
    expect(screen.getByRole('combobox', { name: 'Stage' })).not.toHaveAttribute('data-state');
    expect(onChange).not.toHaveBeenCalled();

    await arrive();
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('opt_pilot'));
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    await waitFor(() => expect(trigger).toHaveTextContent('Pilot'));
    expect(trigger).toHaveAttribute('data-state', 'closed');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('Escape before the list opens takes the opening back', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} onBlur={() => {}} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{Escape}');
    await arrive();
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    await waitFor(() => expect(trigger).toHaveAttribute('data-state', 'closed'));
    expect(trigger).toHaveFocus();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  test('a rep who tabs on meanwhile keeps their focus and the field counts as visited', async () => {
    const user = userEvent.setup();
    const onBlur = vi.fn();
    render(<Harness onChange={() => {}} onBlur={onBlur} />);
    await user.tab();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('Nor');
    expect(onBlur).toHaveBeenCalledTimes(1);

    await arrive();
    const next = screen.getByRole('textbox', { name: 'Next field' });
    expect(next).toHaveFocus();
    expect(next).toHaveValue('Nor');
    expect(screen.queryByRole('listbox')).toBeNull();

    // Coming back finds the chunk there and swaps the real trigger in at once.
    await user.tab({ shift: true });
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('data-state', 'closed');
  });
});
