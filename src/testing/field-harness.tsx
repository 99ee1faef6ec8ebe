import { useState } from 'react';
import { FieldView } from '../app/features/deal-form/field-control';
import type { FormValueByType } from '../model/field-types/field-codecs';
import type { FormField, WritableValueType } from '../model/form-definitions';

interface FieldHarnessProps<T extends WritableValueType> {
  field: FormField;
  initial: FormValueByType[T];
  locale?: string;
  /** Hears every value the input hands up. */
  onChange?: (value: FormValueByType[T]) => void;
}

/**
 * One field's input on its own, holding its value as the form would, and a button after it that
 * focus can move to.
 */
export function FieldHarness<T extends WritableValueType>({
  field,
  initial,
  locale = 'en-US',
  onChange,
}: FieldHarnessProps<T>) {
  const [value, setValue] = useState<FormValueByType[T]>(initial);
  return (
    <>
      <FieldView<T>
        field={field}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
        onBlur={() => {}}
        focusRef={() => {}}
        error={undefined}
        locale={locale}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}
