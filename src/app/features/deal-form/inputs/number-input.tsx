import { formatLocaleNumber } from '../../../../model/field-types/locale-number';
import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

// A text input, not type="number": that one ignores the locale's separators and eats "1.250,5".
export function NumberInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
  locale,
}: FieldInputProps<'NUMBER'>) {
  return (
    <FieldShell
      label={field.label}
      description={describe(field, `A number, like ${formatLocaleNumber(1250.5, locale)}`)}
      error={error}
      required={field.required}
    >
      {({ control }) => (
        <input
          {...control}
          ref={focusRef}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="input input--numeric"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
