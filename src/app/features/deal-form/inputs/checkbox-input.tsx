import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

export function CheckboxInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
}: FieldInputProps<'CHECKBOX'>) {
  return (
    <FieldShell
      as="inline"
      label={field.label}
      description={describe(field)}
      error={error}
      required={field.required}
    >
      {({ control }) => (
        <input
          {...control}
          ref={focusRef}
          type="checkbox"
          className="checkbox"
          checked={value}
          onChange={(e) => onChange(e.target.checked)}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
