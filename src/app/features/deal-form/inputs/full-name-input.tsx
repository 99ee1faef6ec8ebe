import { useId } from 'react';
import type { FullNameFormValue } from '../../../../model/field-types/full-name';
import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

const PARTS: { part: keyof FullNameFormValue; label: string }[] = [
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
          {PARTS.map(({ part, label }, index) => (
            <div key={part} className="subfield">
              <label className="subfield__label" htmlFor={`${base}${part}`}>
                {label}
              </label>
              <input
                id={`${base}${part}`}
                ref={index === 0 ? focusRef : undefined}
                type="text"
                autoComplete="off"
                className="input"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={value[part]}
                onChange={(e) => onChange({ ...value, [part]: e.target.value })}
                onBlur={onBlur}
              />
            </div>
          ))}
        </div>
      )}
    </FieldShell>
  );
}
