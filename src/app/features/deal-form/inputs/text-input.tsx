import type { FieldInputProps } from './field-input-props';
import { SingleLineInput } from './single-line-input';

const INPUT = { type: 'text', className: 'input' } as const;

export function TextInput(props: FieldInputProps<'TEXT'>) {
  return <SingleLineInput {...props} input={INPUT} />;
}
