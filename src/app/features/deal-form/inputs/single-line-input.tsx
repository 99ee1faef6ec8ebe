import type { InputHTMLAttributes } from 'react';
import type { FieldInputProps } from './field-input-props';
import './single-line-input.css';

// The value types whose form value is the text as typed (the codec parses it on validation).
type StringValueType = 'TEXT' | 'DATETIME' | 'NUMBER' | 'CURRENCY' | 'SOCIAL_HANDLE';

interface SingleLineInputProps<T extends StringValueType> extends FieldInputProps<T> {
  /** The native input's own attributes: type, inputMode, className… */
  input: InputHTMLAttributes<HTMLInputElement>;
  /** Shown before the input (a currency symbol); decoration, hidden from assistive technology. */
  prefix?: string | undefined;
}

/** One native <input> holding the field's text: the shape most value types share. */
export function SingleLineInput<T extends StringValueType>({
  value,
  onChange,
  onBlur,
  focusRef,
  shell,
  input,
  prefix,
}: SingleLineInputProps<T>) {
  const element = (
    <input
      {...input}
      {...shell.control}
      ref={focusRef}
      value={value}
      // A string for every StringValueType; TypeScript cannot narrow the generic `T` to see it.
      onChange={(e) => onChange(e.target.value as FieldInputProps<T>['value'])}
      onBlur={onBlur}
    />
  );
  if (!prefix) return element;
  return (
    <div className="input-affix">
      <span className="input-affix__prefix" aria-hidden="true">
        {prefix}
      </span>
      {element}
    </div>
  );
}
