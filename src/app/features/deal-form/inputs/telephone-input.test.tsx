import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { formField } from '../../../../testing/form-field';
import { FieldHarness } from '../../../../testing/field-harness';

const phone = formField({
  key: 'escalationPhone',
  label: 'Escalation phone',
  valueType: 'TELEPHONE',
});

const Harness = ({ locale }: { locale: string }) => (
  <FieldHarness<'TELEPHONE'> field={phone} initial={['']} locale={locale} />
);

describe('TelephoneInput', () => {
  test('leaving a valid national number formats it internationally for the rep’s region', async () => {
    const user = userEvent.setup();
    render(<Harness locale="en-US" />);
    const input = screen.getByRole('textbox', { name: 'Escalation phone' });
    await user.type(input, '(508) 555-0142');
    await user.tab();
    await waitFor(() => expect(input).toHaveValue('+1 508 555 0142'));
  });

  test('the region follows the locale: a German number typed without +49', async () => {
    const user = userEvent.setup();
    render(<Harness locale="de-DE" />);
    const input = screen.getByRole('textbox', { name: 'Escalation phone' });
    await user.type(input, '030 901820');
    await user.tab();
    await waitFor(() => expect(input).toHaveValue('+49 30 901820'));
  });

  test('an impossible number is left as typed, with a warning as its description', async () => {
    const user = userEvent.setup();
    render(<Harness locale="en-US" />);
    const input = screen.getByRole('textbox', { name: 'Escalation phone' });
    await user.type(input, '+1 000 555 0142');
    await user.tab();
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        expect.stringContaining('This does not look like a valid phone number'),
      ),
    );
    expect(input).toHaveValue('+1 000 555 0142');
  });
});
