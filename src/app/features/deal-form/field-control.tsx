import { memo } from 'react';
import type { FormField } from '../../../model/form-definitions';
import { inputFor } from './field-inputs';
import type { DealFormControl } from './form-types';
import { useFieldBinding } from './use-field-binding';

interface FieldControlProps {
  field: FormField;
  control: DealFormControl;
  locale: string;
}

/**
 * Binds one Lightfield field to the form. The binding subscribes to this field alone, and memo
 * keeps the parent's renders out, so typing here re-renders nothing else.
 */
export const FieldControl = memo(function FieldControl({
  field,
  control,
  locale,
}: FieldControlProps) {
  const { binding, error } = useFieldBinding(control, `fields.${field.key}`);
  const Input = inputFor(field.valueType);
  return (
    <Input
      field={field}
      value={binding.value}
      onChange={binding.onChange}
      onBlur={binding.onBlur}
      focusRef={binding.ref}
      error={error}
      locale={locale}
    />
  );
});
