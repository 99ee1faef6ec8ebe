import type { FieldInputProps } from './field-input-props';
import './checkbox-input.css';

export function CheckboxInput({
  value,
  onChange,
  onBlur,
  focusRef,
  shell: { control },
}: FieldInputProps<'CHECKBOX'>) {
  return (
    <input
      {...control}
      ref={focusRef}
      type="checkbox"
      className="checkbox"
      checked={value}
      onChange={(e) => onChange(e.target.checked)}
      onBlur={onBlur}
    />
  );
}
