import { MultiCombobox } from '../../components/combobox/multi-combobox';
import { SingleCombobox } from '../../components/combobox/single-combobox';
import type { PickerSearch } from './picker-search';
import type { RelationshipPickerProps } from './relationship-picker-props';

interface EntityPickerProps<T> extends RelationshipPickerProps {
  search: PickerSearch<T>;
  /** The picked records, in the order of the value's ids. */
  selected: T[];
  itemKey: (item: T) => string;
  itemLabel: (item: T) => string;
  itemDetail: (item: T) => string | null;
  emptyText: string;
  placeholder: string;
  /** Lets the picker keep records it will need to show again (names of picked ids). */
  onPicked?: (items: T[]) => void;
}

/** A relationship picker for any record type: one combobox for HAS_ONE, chips for HAS_MANY. */
export function EntityPicker<T>({
  relationship,
  onChange,
  onBlur,
  inputRef,
  aria,
  labelId,
  search,
  selected,
  itemKey,
  itemLabel,
  itemDetail,
  emptyText,
  placeholder,
  onPicked,
}: EntityPickerProps<T>) {
  const common = {
    aria,
    labelId,
    items: search.items,
    itemKey,
    itemLabel,
    itemDetail,
    onSearchChange: search.onSearchChange,
    onOpenChange: search.onOpenChange,
    loading: search.loading,
    errorText: search.errorText,
    emptyText,
    placeholder,
    onBlur,
    inputRef,
  };
  if (relationship.cardinality === 'HAS_MANY') {
    return (
      <MultiCombobox
        {...common}
        label={relationship.label}
        selectedItems={selected}
        onChange={(items) => {
          onPicked?.(items);
          onChange(items.map(itemKey));
        }}
      />
    );
  }
  return (
    <SingleCombobox
      {...common}
      selectedItem={selected[0] ?? null}
      onSelect={(item) => {
        if (item) onPicked?.([item]);
        onChange(item ? itemKey(item) : '');
      }}
    />
  );
}
