import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useEffect, useRef } from 'react';
import { ComboboxPopup } from './combobox-popup';
import { useFollowHighlight, useStableHighlight } from './use-stable-highlight';
import type { ComboboxBaseProps } from './combobox-types';

export interface SingleComboboxProps<T> extends ComboboxBaseProps<T> {
  selectedItem: T | null;
  onSelect: (item: T | null) => void;
}

const { InputBlur, InputChange, InputKeyDownEnter, InputKeyDownEscape, ItemClick } =
  useCombobox.stateChangeTypes;

/** A searchable single pick (downshift useCombobox); the input shows the picked item's name. */
export function SingleCombobox<T>({
  aria,
  labelId,
  items,
  itemKey,
  itemLabel,
  itemText = itemLabel,
  itemDetail,
  onSearchChange,
  onOpenChange,
  loading,
  errorText,
  emptyText,
  placeholder,
  onBlur,
  inputRef,
  selectedItem,
  onSelect,
}: SingleComboboxProps<T>) {
  const itemToString = (item: T | null) => (item ? itemText(item) : '');
  const menuId = `${aria.id}-listbox`;
  const stable = useStableHighlight(items, itemKey);

  const {
    isOpen,
    highlightedIndex,
    inputValue,
    setInputValue,
    setHighlightedIndex,
    getInputProps,
    getMenuProps,
    getItemProps,
  } = useCombobox<T>({
    items,
    itemToString,
    itemToKey: (item) => (item ? itemKey(item) : null),
    selectedItem,
    inputId: aria.id,
    labelId,
    menuId,
    stateReducer: (
      state: UseComboboxState<T>,
      { type, changes }: UseComboboxStateChangeOptions<T>,
    ) => {
      // Enter picks the option the rep highlighted, wherever a newer list has put it.
      if (type === InputKeyDownEnter && state.isOpen && stable.index() !== state.highlightedIndex) {
        const item = items[stable.index()];
        // Gone with the new list: nothing is picked, and the list stays open on it.
        return item ? { ...changes, selectedItem: item, inputValue: itemToString(item) } : state;
      }
      // Escape closes the list and nothing more: with the list closed, downshift would also
      // clear the pick, a key the rep pressed to get out of a list, not to empty the field.
      if (type === InputKeyDownEscape) {
        return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
      }
      // Leaving with half-typed text must not leave it standing next to a different pick:
      // an emptied input clears the pick, anything else snaps back to the picked name.
      if (type === InputBlur && changes.selectedItem === state.selectedItem) {
        if (state.inputValue.trim() === '')
          return { ...changes, selectedItem: null, inputValue: '' };
        return { ...changes, inputValue: itemToString(state.selectedItem) };
      }
      return changes;
    },
    onSelectedItemChange: ({ selectedItem: next }) => onSelect(next ?? null),
    onHighlightedIndexChange: ({ highlightedIndex: next }) => stable.remember(next),
    onIsOpenChange: ({ isOpen: open }) => onOpenChange?.(open ?? false),
    onStateChange: ({ type, inputValue }) => {
      if (type === InputChange) onSearchChange(inputValue ?? '');
      else if (type === ItemClick || type === InputKeyDownEnter || type === InputBlur) {
        onSearchChange('');
      }
    },
  });

  useFollowHighlight(stable, highlightedIndex, setHighlightedIndex);

  // A picked record's name can arrive after its id (a prefilled or restored account), and
  // downshift keeps the text of an item with the same key: the input follows the name, unless
  // the rep has typed since.
  const selectedText = itemToString(selectedItem);
  const shownText = useRef(selectedText);
  useEffect(() => {
    if (selectedText !== shownText.current && inputValue === shownText.current) {
      setInputValue(selectedText);
    }
    shownText.current = selectedText;
  }, [selectedText, inputValue, setInputValue]);

  return (
    <div className="combobox">
      <input
        {...getInputProps({
          ref: inputRef,
          onBlur,
          'aria-describedby': aria['aria-describedby'],
          'aria-invalid': aria['aria-invalid'],
          'aria-required': aria['aria-required'],
          placeholder,
          className: 'input combobox-input',
          spellCheck: false,
        })}
      />
      <ComboboxPopup
        isOpen={isOpen}
        items={items}
        highlightedIndex={highlightedIndex}
        getMenuProps={getMenuProps}
        getItemProps={getItemProps}
        itemKey={itemKey}
        itemLabel={itemLabel}
        itemDetail={itemDetail}
        loading={loading}
        errorText={errorText}
        emptyText={emptyText}
        idPrefix={menuId}
      />
    </div>
  );
}
