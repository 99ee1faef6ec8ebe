import { useId } from 'react';
import type { FullNameFormValue } from '../../../../model/field-types/full-name';
import type { FieldInputProps } from './field-input-props';
import { TextSubfields, type TextSubfield } from './text-subfields';
import { t } from '../../../i18n/translate';

const parts = (): TextSubfield<keyof FullNameFormValue>[] => [
  { part: 'firstName', label: t('fullName.first') },
  { part: 'lastName', label: t('fullName.last') },
];

export function FullNameInput({
  value,
  onChange,
  onBlur,
  focusRef,
  shell: { describedBy, invalid },
}: FieldInputProps<'FULL_NAME'>) {
  const base = useId();
  return (
    <div className="name-grid">
      <TextSubfields
        idBase={base}
        parts={parts()}
        values={value}
        onChange={(part, text) => onChange({ ...value, [part]: text })}
        onBlur={onBlur}
        focusRef={focusRef}
        describedBy={describedBy}
        invalid={invalid}
      />
    </div>
  );
}
