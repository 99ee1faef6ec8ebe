import { memo, useMemo, type RefCallback } from 'react';
import { useWatch } from 'react-hook-form';
import { underParent, underParentNote } from '../../../model/field-types/dependent-options';
import type { FormField, WritableValueType } from '../../../model/form-definitions';
import type { FormValueByType } from '../../../model/field-types/field-codecs';
import { joinSentences } from '../../lib/join-sentences';
import { inputFor, type FieldInput } from './field-inputs';
import { FieldShell } from './field-shell';
import { spell } from '../../i18n/translate';
import type { DealFormBinding } from './form-types';
import type { Focusable } from './inputs/field-input-props';
import { useFieldBinding } from './use-field-binding';

interface FieldControlProps {
  field: FormField;
  /** The field whose value decides this one's options (a dependent select). */
  parent?: FormField | null;
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
  /** Help text the form adds to the field's own, e.g. whose options a dependent select lists. */
  note?: string | undefined;
}

/** One field as the rep sees it: its value type's input inside its label, help text and message. */
export function FieldView<T extends WritableValueType>({
  field,
  error,
  locale,
  note,
  ...input
}: FieldViewProps<T>) {
  // The registry's mapped type guarantees the input matches the field's value type (`T`).
  const { Input, layout, hint } = inputFor(field.valueType) as unknown as FieldInput<T>;
  return (
    <FieldShell
      as={layout}
      label={field.label}
      description={joinSentences([field.description, hint?.(field, locale), note])}
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
export const FieldControl = memo(function FieldControl({
  field,
  parent,
  form,
  locale,
}: FieldControlProps) {
  const { binding, error } = useFieldBinding(form, `fields.${field.key}`);
  const view = {
    field,
    value: binding.value,
    onChange: binding.onChange,
    onBlur: binding.onBlur,
    focusRef: binding.ref,
    error,
    locale,
  };
  return parent ? (
    <DependentFieldView {...view} parent={parent} form={form} />
  ) : (
    <FieldView {...view} />
  );
});

/**
 * A dependent select: the same view, offering only the options under the parent's current
 * value. It re-renders when the parent changes; the form clears a value that no longer belongs
 * (use-dependent-fields.ts).
 */
function DependentFieldView<T extends WritableValueType>({
  parent,
  form,
  ...view
}: FieldViewProps<T> & { parent: FormField; form: DealFormBinding }) {
  const parentValue = useWatch({ control: form.control, name: `fields.${parent.key}` });
  const { field } = view;
  const shown = useMemo(
    () => underParent(field, parent, parentValue),
    [field, parent, parentValue],
  );
  return (
    <FieldView {...view} field={shown} note={spell(underParentNote(field, parent, parentValue))} />
  );
}
