import { useMemo, useState } from 'react';
import type { SelectOption } from '../../../../model/lightfield-types';
import { MultiCombobox } from '../../../components/combobox/multi-combobox';
import type { FieldInputProps } from './field-input-props';
import { t } from '../../../i18n/translate';

const optionKey = (o: SelectOption) => o.id;
const optionLabel = (o: SelectOption) => o.label;
const optionDetail = (o: SelectOption) => o.description ?? null;

export function MultiSelectInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  shell: { control, labelId },
}: FieldInputProps<'MULTI_SELECT'>) {
  const [search, setSearch] = useState('');
  const byId = useMemo(() => new Map(field.options.map((o) => [o.id, o])), [field.options]);
  const selected = value.flatMap((id) => byId.get(id) ?? []);
  const needle = search.trim().toLocaleLowerCase();
  const matches = needle
    ? field.options.filter((o) => o.label.toLocaleLowerCase().includes(needle))
    : field.options;

  return (
    <MultiCombobox
      aria={control}
      labelId={labelId}
      label={field.label}
      items={matches}
      itemKey={optionKey}
      itemLabel={optionLabel}
      itemDetail={optionDetail}
      onSearchChange={setSearch}
      loading={false}
      emptyText={t('options.none')}
      placeholder={t('options.placeholder')}
      onBlur={onBlur}
      inputRef={focusRef}
      selectedItems={selected}
      onChange={(items) => onChange(items.map(optionKey))}
    />
  );
}
