import type { RefCallback } from 'react';
import type { FormField, WritableValueType } from '../../../../model/form-definitions';
import type { FormValueByType } from '../../../../model/field-types/field-codecs';
import { joinSentences } from '../../../lib/join-sentences';

/** Whatever focus-on-error should land on: an element, or an object that focuses one. */
export interface Focusable {
  focus: () => void;
}

/** What every value type's input receives; `value` is what that type's input holds. */
export interface FieldInputProps<T extends WritableValueType> {
  field: FormField;
  value: FormValueByType[T];
  onChange: (value: FormValueByType[T]) => void;
  onBlur: () => void;
  /** Registers the element (or focuser) submit moves focus to when this field is invalid. */
  focusRef: RefCallback<Focusable>;
  error: string | undefined;
  locale: string;
}

/** The field's own help text followed by what this input adds (format hints, currency). */
export function describe(field: FormField, ...extra: (string | null | undefined)[]): string {
  return joinSentences([field.description, ...extra]);
}
