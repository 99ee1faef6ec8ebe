import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { FormField } from '../../../../model/form-definitions';
import { formField } from '../../../../testing/form-field';
import { FieldHarness } from '../../../../testing/field-harness';

const stage = formField({
  key: '$stage',
  label: 'Stage',
  description: 'Where the deal sits',
  valueType: 'SINGLE_SELECT',
  required: true,
  options: [
    { id: 'opt_qual', label: 'Qualification', description: 'Budget not confirmed' },
    { id: 'opt_disc', label: 'Discovery', description: null },
    { id: 'opt_pilot', label: 'Pilot', description: 'Sensors on a few assets' },
  ],
});

const Harness = ({
  field,
  onChange,
  initial = '',
}: {
  field: FormField;
  onChange: (v: string) => void;
  initial?: string;
}) => <FieldHarness<'SINGLE_SELECT'> field={field} initial={initial} onChange={onChange} />;

/** An optional select (with "No selection"), Pilot chosen. */
const renderOptional = (onChange: (v: string) => void) =>
  render(
    <Harness
      field={{ ...stage, required: false, label: 'Contract term' }}
      onChange={onChange}
      initial="opt_pilot"
    />,
  );

describe('SingleSelectInput', () => {
  test('is the real Radix trigger from the first render, with its name, value and state', () => {
    render(<Harness field={stage} onChange={() => {}} initial="opt_disc" />);
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    expect(trigger).toHaveTextContent('Discovery');
    expect(trigger).toHaveAttribute('aria-required', 'true');
    expect(trigger).toHaveAccessibleDescription('Where the deal sits');
    // Radix marks its own trigger: no stand-in is ever swapped in under the rep's focus.
    expect(trigger).toHaveAttribute('data-state', 'closed');
  });

  test('choosing an option with the pointer sets its id', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} />);
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    const option = await screen.findByRole('option', { name: 'Pilot' });
    expect(option).toHaveAccessibleDescription('Sensors on a few assets');
    await user.click(option);
    expect(onChange).toHaveBeenLastCalledWith('opt_pilot');
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    await waitFor(() => expect(trigger).toHaveTextContent('Pilot'));
    expect(trigger).toHaveAttribute('data-state', 'closed');
  });

  test('choosing an option with the keyboard sets its id', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} />);
    await user.tab();
    // Focus swapped the Radix trigger in and moved onto it.
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('data-state', 'closed');
    await user.keyboard('{ArrowDown}');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('opt_disc');
    await waitFor(() => expect(trigger).toHaveTextContent('Discovery'));
  });

  test('an optional select can be cleared again', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderOptional(onChange);
    await user.click(screen.getByRole('combobox', { name: 'Contract term' }));
    await user.click(await screen.findByRole('option', { name: 'No selection' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Contract term' })).toHaveTextContent('Choose…'),
    );
  });

  test('Enter typed before the opened list has focus keeps the typeahead’s pick and closes', async () => {
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} />);
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    trigger.focus();
    // All in one go, on the trigger, as keys typed faster than Radix places the list arrive.
    fireEvent.keyDown(trigger, { key: 'Enter' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(trigger, { key: 'P' });
    fireEvent.keyDown(trigger, { key: 'i' });
    fireEvent.keyDown(trigger, { key: 'Enter' });
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'false'));
    expect(onChange).toHaveBeenLastCalledWith('opt_pilot');
    expect(trigger).toHaveTextContent('Pilot');
  });

  test('letters typed on the closed trigger pick as a native select does, without opening it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const field = {
      ...stage,
      options: [
        ...stage.options,
        { id: 'opt_prop', label: 'Proposal', description: null },
        { id: 'opt_neg', label: 'Negotiation', description: null },
      ],
    };
    render(<Harness field={field} onChange={onChange} />);
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    // The closed list is not rendered at all: the trigger searches the field's own labels.
    expect(screen.queryByRole('option', { hidden: true })).toBeNull();
    trigger.focus();
    await user.keyboard('pr');
    expect(onChange).toHaveBeenLastCalledWith('opt_prop');
    expect(trigger).toHaveTextContent('Proposal');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    // A second later a new search starts; a repeated letter moves on through the P options.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1100)));
    await user.keyboard('p');
    expect(onChange).toHaveBeenLastCalledWith('opt_pilot');
    await user.keyboard('p');
    expect(onChange).toHaveBeenLastCalledWith('opt_prop');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    // Space with no search under way opens the list, on the chosen option.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1100)));
    await user.keyboard(' ');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('option', { name: 'Proposal' })).toHaveFocus());
  });

  test('opening the list ends a search: a letter after it closes again starts a new one', async () => {
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} />);
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    trigger.focus();
    // All within a second, on the trigger: "p" picks Pilot, Enter opens the list and Enter
    // keeps Pilot, then "d" is a search of its own (not "pd", which names nothing).
    fireEvent.keyDown(trigger, { key: 'p' });
    expect(onChange).toHaveBeenLastCalledWith('opt_pilot');
    fireEvent.keyDown(trigger, { key: 'Enter' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(trigger, { key: 'Enter' });
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'false'));
    fireEvent.keyDown(trigger, { key: 'd' });
    expect(onChange).toHaveBeenLastCalledWith('opt_disc');
  });

  test('letters naming the chosen option change nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} initial="opt_pilot" />);
    screen.getByRole('combobox', { name: 'Stage' }).focus();
    await user.keyboard('pil');
    expect(onChange).not.toHaveBeenCalled();
  });

  test('an optional select takes "No selection" by its letters too', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderOptional(onChange);
    const trigger = screen.getByRole('combobox', { name: 'Contract term' });
    expect(trigger).toHaveTextContent('Pilot');
    trigger.focus();
    await user.keyboard('no');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(trigger).toHaveTextContent('Choose…');
  });

  test('a rep who tabs on right after picking keeps their focus', async () => {
    const user = userEvent.setup();
    render(<Harness field={stage} onChange={() => {}} />);
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    // Found first: the open list hides the rest of the page from assistive technology.
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    await user.click(trigger);
    const option = await screen.findByRole('option', { name: 'Discovery' });
    // Enter picks and closes the list; the rep's Tab lands before Radix hands focus back to the
    // trigger, a task later.
    act(() => {
      fireEvent.keyDown(option, { key: 'Enter' });
    });
    elsewhere.focus();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(elsewhere).toHaveFocus();
    expect(trigger).toHaveTextContent('Discovery');
  });

  test('Tab in the open list keeps the focused option, closes it and lets focus move on', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} />);
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    await user.click(trigger);
    const first = await screen.findByRole('option', { name: 'Qualification' });
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    const discovery = screen.getByRole('option', { name: 'Discovery' });
    await waitFor(() => expect(discovery).toHaveFocus());
    // Not prevented: the browser's own Tab moves focus on from where the list stood.
    expect(fireEvent.keyDown(discovery, { key: 'Tab' })).toBe(true);
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'false'));
    expect(onChange).toHaveBeenLastCalledWith('opt_disc');
    expect(trigger).toHaveTextContent('Discovery');
  });

  test('Shift+Tab in the open list backs out: the list closes and the value stays', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} initial="opt_pilot" />);
    const trigger = screen.getByRole('combobox', { name: 'Stage' });
    await user.click(trigger);
    const first = await screen.findByRole('option', { name: 'Qualification' });
    first.focus();
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    await waitFor(() => expect(trigger).toHaveAttribute('aria-expanded', 'false'));
    expect(onChange).not.toHaveBeenCalled();
    expect(trigger).toHaveTextContent('Pilot');
  });

  test('letters then Enter, typed faster than a task, pick the option the letters name', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness field={stage} onChange={onChange} />);
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    const first = await screen.findByRole('option', { name: 'Qualification' });
    await waitFor(() => expect(first).toHaveFocus());
    // One task: no timer of Radix's (its typeahead focuses in one) can run between the keys.
    act(() => {
      for (const key of ['P', 'i', 'Enter']) {
        fireEvent.keyDown(document.activeElement ?? document.body, { key });
      }
    });
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('opt_pilot'));
  });
});
