import type { FieldInputProps } from './field-input-props';
import { ListInput } from './list-input';

export function TelephoneInput(props: FieldInputProps<'TELEPHONE'>) {
  return <ListInput {...props} type="tel" hint="A phone number, like +1 415 555 0123" />;
}
