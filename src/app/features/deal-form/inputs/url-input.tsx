import type { FieldInputProps } from './field-input-props';
import { ListInput } from './list-input';

export const URL_HINT = 'A web address, like example.com/page';

export function UrlInput(props: FieldInputProps<'URL'>) {
  return <ListInput {...props} type="url" />;
}
