import { useId } from 'react';
import type { FullNameFormValue } from '../../../../model/field-types/full-name';
import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';
import { TextSubfields, type TextSubfield } from './text-subfields';

const PARTS: TextSubfield<keyof FullNameFormValue>[] = [
  { part: 'firstName', label: 'First name' },
  { part: 'lastName', label: 'Last name' },
];

export function FullNameInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
}: FieldInputProps<'FULL_NAME'>) {
  const base = useId();
  return (
    <FieldShell
      as="group"
      label={field.label}
      description={describe(field)}
      error={error}
      required={field.required}
    >
      {({ describedBy, invalid }) => (
        <div className="name-grid">
          <TextSubfields
            idBase={base}
            parts={PARTS}
            values={value}
            onChange={(part, text) => onChange({ ...value, [part]: text })}
            onBlur={onBlur}
            focusRef={focusRef}
            describedBy={describedBy}
            invalid={invalid}
          />
        </div>
      )}
    </FieldShell>
  );
}
