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
  itemText?: (item: T) => string;
  itemDetail: (item: T) => string | null;
  emptyText: string;
  placeholder: string;
  /** Lets the picker keep records it will need to show again (names of picked ids). */
  onPicked?: (items: T[]) => void;
  /**
   * Items that stand for "make this record": picking one waits for `create` and picks its
   * result instead (nothing is picked when it gives null).
   */
  creates?: {
    isCreate: (item: T) => boolean;
    create: (item: T) => Promise<T | null>;
  };
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
  itemText,
  itemDetail,
  emptyText,
  placeholder,
  onPicked,
  creates,
}: EntityPickerProps<T>) {
  const isCreate = (item: T) => creates?.isCreate(item) ?? false;
  const common = {
    aria,
    labelId,
    items: search.items,
    itemKey,
    itemLabel,
    ...(itemText && { itemText }),
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
          const picked = items.filter((i) => !isCreate(i));
          onPicked?.(picked);
          onChange(picked.map(itemKey));
          const creating = items.find(isCreate);
          if (creating && creates) {
            void creates.create(creating).then((made) => {
              if (!made || picked.some((i) => itemKey(i) === itemKey(made))) return;
              onPicked?.([made]);
              onChange([...picked, made].map(itemKey));
            });
          }
        }}
      />
    );
  }
  return (
    <SingleCombobox
      {...common}
      selectedItem={selected[0] ?? null}
      onSelect={(item) => {
        if (item && creates && isCreate(item)) {
          void creates.create(item).then((made) => {
            if (!made) return;
            onPicked?.([made]);
            onChange(itemKey(made));
          });
          return;
        }
        if (item) onPicked?.([item]);
        onChange(item ? itemKey(item) : '');
      }}
    />
  );
}
