import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Chips } from './chips';
import { ComboboxPopup } from './combobox-popup';
import { useFollowHighlight, useStableHighlight } from './use-stable-highlight';
import { downshiftWiring, inputAria, type ComboboxBaseProps } from './combobox-types';
import { t } from '../../i18n/translate';
import './multi-combobox.css';

export interface MultiComboboxProps<T> extends ComboboxBaseProps<T> {
  /** Names the chip list ("Selected Competitors"). */
  label: string;
  selectedItems: T[];
  onChange: (items: T[]) => void;
}

const { InputBlur, InputChange, InputKeyDownEnter, InputKeyDownEscape, ItemClick } =
  useCombobox.stateChangeTypes;

/**
 * A searchable multi pick: picked items become chips with a Remove button each, the list stays
 * open for the next pick, and Backspace in the empty input removes the last chip.
 */
export function MultiCombobox<T>({
  aria,
  labelId,
  label,
  items,
  onSearchChange,
  onOpenChange,
  placeholder,
  onBlur,
  inputRef,
  selectedItems,
  onChange,
  ...list
}: MultiComboboxProps<T>) {
  const { itemKey, itemLabel } = list;
  const [inputValue, setInputValue] = useState('');
  const inputEl = useRef<HTMLInputElement | null>(null);
  const wiring = downshiftWiring(aria, labelId, itemKey);
  const picked = new Set(selectedItems.map(itemKey));
  const available = items.filter((item) => !picked.has(itemKey(item)));
  const stable = useStableHighlight(available, itemKey);

  const remove = (item: T) => {
    onChange(selectedItems.filter((i) => itemKey(i) !== itemKey(item)));
    // The chip's button is gone; keep focus in the widget.
    inputEl.current?.focus();
  };

  const combobox = useCombobox<T>({
    items: available,
    itemToString: (item) => (item ? itemLabel(item) : ''),
    selectedItem: null,
    inputValue,
    ...wiring,
    stateReducer: (
      state: UseComboboxState<T>,
      { type, changes }: UseComboboxStateChangeOptions<T>,
    ) => {
      // Enter picks the option the rep highlighted, wherever a newer list has put it.
      const enterMoved =
        type === InputKeyDownEnter && state.isOpen && stable.index() !== state.highlightedIndex;
      // The option went with the new list: nothing is picked, and the rep's text stays.
      if (enterMoved && stable.index() < 0) return state;
      switch (type) {
        case InputKeyDownEnter:
        case ItemClick:
          // Stay open on the next option so several can be picked in a row.
          return {
            ...changes,
            ...(enterMoved && { selectedItem: available[stable.index()] }),
            isOpen: true,
            highlightedIndex: Math.min(state.highlightedIndex, available.length - 2),
            inputValue: '',
          };
        case InputKeyDownEscape:
          // Closes the list; the picks and the typed text stay (see single-combobox.tsx).
          return { ...changes, inputValue: state.inputValue };
        case InputBlur:
          // Tabbing away must not pick whatever happened to be highlighted.
          return { ...changes, selectedItem: null, inputValue: '' };
        default:
          return changes;
      }
    },
    onIsOpenChange: ({ isOpen: open }) => onOpenChange?.(open ?? false),
    onHighlightedIndexChange: ({ highlightedIndex: next }) => stable.remember(next),
    onStateChange: ({ type, selectedItem, inputValue: typed }) => {
      switch (type) {
        case InputKeyDownEnter:
        case ItemClick:
          if (selectedItem) onChange([...selectedItems, selectedItem]);
          setInputValue('');
          onSearchChange('');
          break;
        case InputChange:
          setInputValue(typed ?? '');
          onSearchChange(typed ?? '');
          break;
        case InputBlur:
          setInputValue('');
          onSearchChange('');
          break;
        default:
          break;
      }
    },
  });
  const { isOpen, highlightedIndex, setHighlightedIndex, getInputProps } = combobox;

  useFollowHighlight(stable, highlightedIndex, setHighlightedIndex);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && isOpen && stable.index() >= 0) {
      // Cleared in the key's own event: downshift reports the pick after rendering, and a key
      // typed before that would land after the picked item's search text ("FloVib").
      setInputValue('');
      onSearchChange('');
    }
    const last = selectedItems[selectedItems.length - 1];
    if (event.key === 'Backspace' && inputValue === '' && last !== undefined) remove(last);
  };

  return (
    <div className="combobox combobox--multi">
      <div className="tag-input">
        <Chips
          label={label}
          items={selectedItems}
          itemKey={itemKey}
          itemLabel={itemLabel}
          onRemove={remove}
        />
        <input
          {...getInputProps({
            ref: (el: HTMLInputElement | null) => {
              inputEl.current = el;
              if (typeof inputRef === 'function') inputRef(el);
              else if (inputRef) inputRef.current = el;
            },
            onBlur,
            onKeyDown,
            // Set in the change event itself: downshift reports the change after rendering, and a
            // controlled input re-rendered with the old text drops keys typed fast.
            onChange: (event: ChangeEvent<HTMLInputElement>) =>
              setInputValue(event.currentTarget.value),
            ...inputAria(aria),
            placeholder: selectedItems.length ? t('combobox.addMore') : placeholder,
            className: 'input combobox-input tag-input__input',
            spellCheck: false,
          })}
        />
      </div>
      <ComboboxPopup combobox={combobox} items={available} idPrefix={wiring.menuId} {...list} />
    </div>
  );
}
