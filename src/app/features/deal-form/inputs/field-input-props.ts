import type { RefCallback } from 'react';
import type { FormField } from '../../../../model/form-definitions';
import type { FormValueByType } from '../../../../model/field-types/field-codecs';
import type { WritableValueType } from '../../../../model/form-definitions';
import type { FieldShellContext } from '../field-shell';

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
  locale: string;
  /** The ids and state of the label, help text and message that FieldControl renders around it. */
  shell: FieldShellContext;
}
