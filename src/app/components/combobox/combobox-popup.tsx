import type { UseComboboxReturnValue } from 'downshift';
import type { ComboboxListProps } from './combobox-types';
import { t } from '../../i18n/translate';
import './combobox-popup.css';

interface ComboboxPopupProps<T> extends ComboboxListProps<T> {
  /** The downshift state and prop getters of the combobox this popup belongs to. */
  combobox: Pick<
    UseComboboxReturnValue<T>,
    'isOpen' | 'highlightedIndex' | 'getMenuProps' | 'getItemProps'
  >;
  items: T[];
  /** Prefix for the ids that tie each option to its name and detail. */
  idPrefix: string;
}

/** The listbox plus one line of status ("Searching…", "No accounts match"). */
export function ComboboxPopup<T>({
  combobox: { isOpen, highlightedIndex, getMenuProps, getItemProps },
  items,
  itemKey,
  itemLabel,
  itemDetail,
  loading,
  errorText,
  emptyText,
  idPrefix,
}: ComboboxPopupProps<T>) {
  const showItems = isOpen && items.length > 0;
  let status = '';
  if (isOpen) {
    if (errorText) status = errorText;
    else if (loading) status = t(items.length ? 'combobox.updating' : 'combobox.searching');
    else if (!items.length) status = emptyText;
  }
  return (
    <div className="combobox-popup" data-open={isOpen && (showItems || status !== '')}>
      {/* Always rendered (downshift needs the node), hidden when empty so no bare listbox shows.
          The listbox itself scrolls, not the popup: it is the combobox's popup (aria-controls),
          which the arrow keys in the input scroll, so it needs no Tab stop of its own. */}
      <ul {...getMenuProps()} className="combobox-listbox" hidden={!showItems}>
        {showItems &&
          items.map((item, index) => {
            const detail = itemDetail?.(item);
            const nameId = `${idPrefix}-option-${index}-name`;
            const detailId = `${idPrefix}-option-${index}-detail`;
            return (
              <li
                key={itemKey(item)}
                {...getItemProps({ item, index })}
                aria-labelledby={nameId}
                aria-describedby={detail ? detailId : undefined}
                className={
                  index === highlightedIndex
                    ? 'combobox-option combobox-option--active'
                    : 'combobox-option'
                }
              >
                <span id={nameId} className="combobox-option__name">
                  {itemLabel(item)}
                </span>
                {detail && (
                  <span id={detailId} className="combobox-option__detail">
                    {detail}
                  </span>
                )}
              </li>
            );
          })}
      </ul>
      <p className="combobox-status" role="status">
        {status}
      </p>
    </div>
  );
}
