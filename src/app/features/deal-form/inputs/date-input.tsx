import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

// Date only: the model turns a day into the end of that local business day (API.md §6).
export function DateInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
}: FieldInputProps<'DATETIME'>) {
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
          type="date"
          className="input input--date"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
