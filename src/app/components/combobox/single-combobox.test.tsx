import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { SingleCombobox } from './single-combobox';

interface Account {
  id: string;
  name: string;
}

function Picker({ selected }: { selected: Account }) {
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
        items={[]}
        itemKey={(a) => a.id}
        itemLabel={(a) => a.name}
        onSearchChange={() => {}}
        loading={false}
        emptyText="No accounts match"
        onBlur={() => {}}
        inputRef={null}
        selectedItem={selected}
        onSelect={() => {}}
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
});
