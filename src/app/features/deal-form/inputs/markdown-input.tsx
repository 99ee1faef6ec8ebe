import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

export function MarkdownInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
}: FieldInputProps<'MARKDOWN'>) {
  return (
    <FieldShell
      label={field.label}
      description={describe(field, 'Markdown formatting is supported')}
      error={error}
      required={field.required}
    >
      {({ control }) => (
        <textarea
          {...control}
          ref={focusRef}
          className="input textarea"
          rows={5}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
