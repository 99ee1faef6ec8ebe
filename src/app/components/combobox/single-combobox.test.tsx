import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { SingleCombobox } from './single-combobox';

interface Account {
  id: string;
  name: string;
}

interface PickerProps {
  selected: Account | null;
  items?: Account[];
  onSelect?: (account: Account | null) => void;
}

function Picker({ selected, items = [], onSelect = () => {} }: PickerProps) {
  return (
    <>
      <span id="account-label">Account</span>
      <SingleCombobox<Account>
        aria={{
          id: 'account',
          'aria-describedby': undefined,
          'aria-invalid': undefined,
          'aria-required': undefined,
        }}
        labelId="account-label"
        items={items}
        itemKey={(a) => a.id}
        itemLabel={(a) => a.name}
        onSearchChange={() => {}}
        loading={false}
        emptyText="No accounts match"
        onBlur={() => {}}
        inputRef={null}
        selectedItem={selected}
        onSelect={onSelect}
      />
    </>
  );
}

// A prefilled or restored account is known by its id first and by its name a moment later.
const byId = { id: 'acc_1', name: 'acc_1' };
const named = { id: 'acc_1', name: 'Northbridge Water District' };

describe('SingleCombobox', () => {
  test('shows the picked record’s name once it arrives', () => {
    const { rerender } = render(<Picker selected={byId} />);
    const input = screen.getByRole('combobox', { name: 'Account' });
    expect(input).toHaveValue('acc_1');
    rerender(<Picker selected={named} />);
    expect(input).toHaveValue('Northbridge Water District');
  });

  test('never overwrites what the rep typed meanwhile', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Picker selected={byId} />);
    const input = screen.getByRole('combobox', { name: 'Account' });
    await user.clear(input);
    await user.type(input, 'Nor');
    rerender(<Picker selected={named} />);
    expect(input).toHaveValue('Nor');
  });

  test('Enter picks the option the rep highlighted, after a newer list moved it', async () => {
    const user = userEvent.setup();
    const picked: (Account | null)[] = [];
    const onSelect = (a: Account | null) => picked.push(a);
    const wide = ['Norvale', 'Northwind', 'Nordic', 'Northbridge'].map((name, i) => ({
      id: `acc_${i}`,
      name,
    }));
    const { rerender } = render(<Picker selected={null} items={wide} onSelect={onSelect} />);
    const input = screen.getByRole('combobox', { name: 'Account' });
    await user.type(input, 'Nor');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { name: 'Northbridge' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // The answer for the longer text arrives: one account, at another index.
    rerender(<Picker selected={null} items={[wide[3] as Account]} onSelect={onSelect} />);
    expect(screen.getByRole('option', { name: 'Northbridge' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(picked.at(-1)).toEqual(wide[3]);
  });

  test('Enter picks nothing when the highlighted option left the list', async () => {
    const user = userEvent.setup();
    const picked: (Account | null)[] = [];
    const onSelect = (a: Account | null) => picked.push(a);
    const wide = ['Norvale', 'Northbridge'].map((name, i) => ({ id: `acc_${i}`, name }));
    const { rerender } = render(<Picker selected={null} items={wide} onSelect={onSelect} />);
    const input = screen.getByRole('combobox', { name: 'Account' });
    await user.type(input, 'Nor');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    rerender(<Picker selected={null} items={[wide[0] as Account]} onSelect={onSelect} />);
    await user.keyboard('{Enter}');
    expect(picked).toEqual([]);
    expect(input).toHaveValue('Nor');
  });
});
