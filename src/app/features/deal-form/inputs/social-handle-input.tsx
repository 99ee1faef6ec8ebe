import { SOCIAL_SERVICES } from '../../../../model/field-types/social-handle';
import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

export function SocialHandleInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
}: FieldInputProps<'SOCIAL_HANDLE'>) {
  const service = field.handleService ? SOCIAL_SERVICES[field.handleService].name : null;
  const hint = service ? `A ${service} handle (like @name) or profile URL` : 'A profile URL';
  return (
    <FieldShell
      label={field.label}
      description={describe(field, hint)}
      error={error}
      required={field.required}
    >
      {({ control }) => (
        <input
          {...control}
          ref={focusRef}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className="input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}
