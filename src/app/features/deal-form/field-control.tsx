import { memo } from 'react';
import { useController } from 'react-hook-form';
import type { FormField } from '../../../model/form-definitions';
import { fieldErrorMessage } from './field-error-message';
import { inputFor } from './field-inputs';
import type { DealFormControl } from './form-types';

interface FieldControlProps {
  field: FormField;
  control: DealFormControl;
  locale: string;
}

/**
 * Binds one Lightfield field to the form. useController subscribes to this field alone, and
 * memo keeps the parent's renders out, so typing here re-renders nothing else.
 */
export const FieldControl = memo(function FieldControl({
  field,
  control,
  locale,
}: FieldControlProps) {
  const { field: binding, fieldState } = useController({ control, name: `fields.${field.key}` });
  const Input = inputFor(field.valueType);
  return (
    <Input
      field={field}
      value={binding.value}
      onChange={binding.onChange}
      onBlur={binding.onBlur}
      focusRef={binding.ref}
      error={fieldErrorMessage(fieldState.error)}
      locale={locale}
    />
  );
});
