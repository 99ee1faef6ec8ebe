import type { FieldInputProps } from './field-input-props';
import { ListInput } from './list-input';

export function EmailInput(props: FieldInputProps<'EMAIL'>) {
  return <ListInput {...props} type="email" hint="An email address, like name@example.com" />;
}
