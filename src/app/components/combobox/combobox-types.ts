import type { Ref } from 'react';

/** The aria wiring a field shell hands its control. */
export interface ComboboxAria {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

/** The input's aria attributes; its id goes to downshift as `inputId`. */
export const inputAria = ({ id: _id, ...attributes }: ComboboxAria) => attributes;

/**
 * How downshift ties the input, its label and the listbox together, and tells items apart:
 * the same for both comboboxes. `menuId` also prefixes the options' ids.
 */
export const downshiftWiring = <T>(
  aria: ComboboxAria,
  labelId: string,
  itemKey: (item: T) => string,
) => ({
  itemToKey: (item: T | null) => (item ? itemKey(item) : null),
  inputId: aria.id,
  labelId,
  menuId: `${aria.id}-listbox`,
});

/** How the popup shows the items and its status line; both comboboxes pass these through. */
export interface ComboboxListProps<T> {
  itemKey: (item: T) => string;
  /** The option's accessible name and the text the input shows once picked. */
  itemLabel: (item: T) => string;
  /** Secondary text under the name (website, email…), not part of the option's name. */
  itemDetail?: (item: T) => string | null;
  loading: boolean;
  /** Shown instead of the options when loading them failed. */
  errorText?: string | null;
  emptyText: string;
}

/** What both comboboxes share: how to show items and where the data comes from. */
export interface ComboboxBaseProps<T> extends ComboboxListProps<T> {
  aria: ComboboxAria;
  /** The id of the visible label; downshift names the input and listbox with it. */
  labelId: string;
  items: T[];
  /** The text the input shows once `item` is picked, when it differs from its option name. */
  itemText?: (item: T) => string;
  /** The text the rep typed since the last pick; the caller searches for it. */
  onSearchChange: (text: string) => void;
  /** Lets callers fetch only while the list is open. */
  onOpenChange?: (open: boolean) => void;
  placeholder?: string;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
}
