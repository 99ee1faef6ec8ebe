import type { FieldInputProps } from './field-input-props';
import { ListInput } from './list-input';

export const EMAIL_HINT = 'An email address, like name@example.com';

export function EmailInput(props: FieldInputProps<'EMAIL'>) {
  return <ListInput {...props} type="email" />;
}
