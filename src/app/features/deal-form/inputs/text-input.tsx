import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

export function TextInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
}: FieldInputProps<'TEXT'>) {
  return (
    <FieldShell
      label={field.label}
      description={describe(field)}
      error={error}
      required={field.required}
    >
      {({ control }) => (
        <input
          {...control}
          ref={focusRef}
          type="text"
          className="input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
