import { t } from '../../i18n/translate';
import './chips.css';
interface ChipsProps<T> {
  /** The widget's label: the list is named "Selected <label>". */
  label: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  itemLabel: (item: T) => string;
  onRemove: (item: T) => void;
}

/** The picks of a multi-pick, each with a "Remove <item>" button. */
export function Chips<T>({ label, items, itemKey, itemLabel, onRemove }: ChipsProps<T>) {
  if (items.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('combobox.selected', { label })}>
      {items.map((item) => (
        <li key={itemKey(item)} className="chip">
          <span className="chip__text">{itemLabel(item)}</span>
          <button
            type="button"
            className="chip__remove"
            aria-label={t('combobox.removeNamed', { item: itemLabel(item) })}
            onClick={() => onRemove(item)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
