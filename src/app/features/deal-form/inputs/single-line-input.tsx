import type { InputHTMLAttributes } from 'react';
import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

// The value types whose form value is the text as typed (the codec parses it on validation).
type StringValueType = 'TEXT' | 'DATETIME' | 'NUMBER' | 'SOCIAL_HANDLE';

interface SingleLineInputProps<T extends StringValueType> extends FieldInputProps<T> {
  /** What this input adds to the field's own help text (a format hint). */
  hint?: string | null;
  /** The native input's own attributes: type, inputMode, className… */
  input: InputHTMLAttributes<HTMLInputElement>;
}

/** One labelled native <input> holding the field's text: the shape most value types share. */
export function SingleLineInput<T extends StringValueType>({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
  hint,
  input,
}: SingleLineInputProps<T>) {
  return (
    <FieldShell
      label={field.label}
      description={describe(field, hint)}
      error={error}
      required={field.required}
    >
      {({ control }) => (
        <input
          {...input}
          {...control}
          ref={focusRef}
          value={value}
          // A string for every StringValueType; TypeScript cannot narrow the generic `T` to see it.
          onChange={(e) => onChange(e.target.value as FieldInputProps<T>['value'])}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
