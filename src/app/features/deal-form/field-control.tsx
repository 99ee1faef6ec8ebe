import { memo, type RefCallback } from 'react';
import type { FormField, WritableValueType } from '../../../model/form-definitions';
import type { FormValueByType } from '../../../model/field-types/field-codecs';
import { joinSentences } from '../../lib/join-sentences';
import { inputFor, type FieldInput } from './field-inputs';
import { FieldShell } from './field-shell';
import type { DealFormBinding } from './form-types';
import type { Focusable } from './inputs/field-input-props';
import { useFieldBinding } from './use-field-binding';

interface FieldControlProps {
  field: FormField;
  form: DealFormBinding;
  locale: string;
}

interface FieldViewProps<T extends WritableValueType> {
  field: FormField;
  value: FormValueByType[T];
  onChange: (value: FormValueByType[T]) => void;
  onBlur: () => void;
  focusRef: RefCallback<Focusable>;
  error: string | undefined;
  locale: string;
}

/** One field as the rep sees it: its value type's input inside its label, help text and message. */
export function FieldView<T extends WritableValueType>({
  field,
  error,
  locale,
  ...input
}: FieldViewProps<T>) {
  // The registry's mapped type guarantees the input matches the field's value type (`T`).
  const { Input, layout, hint } = inputFor(field.valueType) as unknown as FieldInput<T>;
  return (
    <FieldShell
      as={layout}
      label={field.label}
      description={joinSentences([field.description, hint?.(field, locale)])}
      error={error}
      required={field.required}
    >
      {(shell) => <Input {...input} field={field} locale={locale} shell={shell} />}
    </FieldShell>
  );
}

/**
 * Binds one Lightfield field to the form. The binding subscribes to this field alone, and memo
 * keeps the parent's renders out, so typing here re-renders nothing else.
 */
export const FieldControl = memo(function FieldControl({ field, form, locale }: FieldControlProps) {
  const { binding, error } = useFieldBinding(form, `fields.${field.key}`);
  return (
    <FieldView
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
