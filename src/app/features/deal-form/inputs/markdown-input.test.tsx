import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { formField } from '../../../../testing/form-field';
import { FieldHarness } from '../../../../testing/field-harness';

const notes = formField({
  key: 'discoveryNotes',
  label: 'Discovery notes',
  valueType: 'MARKDOWN',
});

const Harness = () => <FieldHarness<'MARKDOWN'> field={notes} initial="" />;

describe('MarkdownInput', () => {
  test('the preview toggle renders the Markdown as elements and back, keeping the text', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    const textarea = screen.getByRole('textbox', { name: 'Discovery notes' });
    await user.type(textarea, '**Pilot** on <b>3</b> stations{Enter}{Enter}- flow{Enter}- leaks');
    const toggle = screen.getByRole('button', { name: 'Preview Discovery notes' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('textbox', { name: 'Discovery notes' })).not.toBeInTheDocument();
    const preview = container.querySelector('.markdown-preview');
    // Nothing flashes empty: the text is there at once, plainly until the renderer has loaded.
    expect(preview).toHaveTextContent('Pilot');
    await waitFor(() => expect(preview?.querySelector('strong')).toHaveTextContent('Pilot'));
    // Typed markup is text, never HTML.
    expect(preview?.querySelector('b')).toBeNull();
    expect(preview).toHaveTextContent('<b>3</b>');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['flow', 'leaks']);

    await user.click(toggle);
    expect(screen.getByRole('textbox', { name: 'Discovery notes' })).toHaveValue(
      '**Pilot** on <b>3</b> stations\n\n- flow\n- leaks',
    );
  });
});
