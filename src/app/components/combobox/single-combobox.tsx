import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useEffect, useRef } from 'react';
import { ComboboxPopup } from './combobox-popup';
import { useFollowHighlight, useStableHighlight } from './use-stable-highlight';
import { downshiftWiring, inputAria, type ComboboxBaseProps } from './combobox-types';

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
  itemText,
  onSearchChange,
  onOpenChange,
  placeholder,
  onBlur,
  inputRef,
  selectedItem,
  onSelect,
  ...list
}: SingleComboboxProps<T>) {
  const { itemKey } = list;
  const text = itemText ?? list.itemLabel;
  const itemToString = (item: T | null) => (item ? text(item) : '');
  const wiring = downshiftWiring(aria, labelId, itemKey);
  const stable = useStableHighlight(items, itemKey);

  const combobox = useCombobox<T>({
    items,
    itemToString,
    selectedItem,
    ...wiring,
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
  const { highlightedIndex, inputValue, setInputValue, setHighlightedIndex, getInputProps } =
    combobox;

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
          ...inputAria(aria),
          placeholder,
          className: 'input combobox-input',
          spellCheck: false,
        })}
      />
      <ComboboxPopup combobox={combobox} items={items} idPrefix={wiring.menuId} {...list} />
    </div>
  );
}
