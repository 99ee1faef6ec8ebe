import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type AnyKeyEvent = KeyboardEvent | ReactKeyboardEvent;

/** A key that belongs to an input method (a Japanese or Chinese composition): never a shortcut. */
const isComposing = (event: AnyKeyEvent) =>
  ('isComposing' in event && event.isComposing) ||
  ('nativeEvent' in event && event.nativeEvent.isComposing) ||
  event.keyCode === 229;

/** Ctrl+Enter, or ⌘+Enter on a Mac: create (or, after a create, another for the account). */
export const isSubmitShortcut = (event: AnyKeyEvent) =>
  event.key === 'Enter' &&
  (event.ctrlKey || event.metaKey) &&
  !event.altKey &&
  !event.shiftKey &&
  !event.repeat &&
  !isComposing(event);

/** Where a typed "?" is text the rep is writing, not a request for help. */
function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return target.getAttribute('role') === 'combobox';
}

/** "?" outside anything that takes text: open the keyboard help. */
export const isHelpShortcut = (event: AnyKeyEvent) =>
  event.key === '?' &&
  !event.ctrlKey &&
  !event.metaKey &&
  !event.altKey &&
  !isComposing(event) &&
  !takesText(event.target);
