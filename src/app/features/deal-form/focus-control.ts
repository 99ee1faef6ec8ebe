import { get } from 'react-hook-form';
import type { DealFormControl } from './form-types';

interface RegisteredField {
  // useController registers a small object with the element's focus(), not the element.
  _f?: { ref?: { focus?: () => void } };
}

/**
 * Focuses the element a control registered with react-hook-form, now, and says whether focus
 * moved (a control inside the disabled fieldset of an unanswered create cannot take it).
 *
 * react-hook-form's own `setFocus` defers to a timeout, which lands a frame or two after the
 * error messages have painted, so the rep sees the messages, then a jump to the first of them.
 * Called once the messages have committed, in the same task, this shows both in one frame. It
 * reads `control._fields`, the registry `setFocus` itself reads; the focus tests in
 * deal-form.test.tsx guard an upgrade.
 */
export function focusControl(control: DealFormControl, name: string): boolean {
  const field = get(control._fields, name) as RegisteredField | undefined;
  const focus = field?._f?.ref?.focus;
  if (!focus) return false;
  const before = document.activeElement;
  focus();
  return document.activeElement !== before;
}
