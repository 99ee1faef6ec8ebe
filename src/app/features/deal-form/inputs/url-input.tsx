import type { FieldInputProps } from './field-input-props';
import { ListInput } from './list-input';

export function UrlInput(props: FieldInputProps<'URL'>) {
  return <ListInput {...props} type="url" hint="A web address, like example.com/page" />;
}
