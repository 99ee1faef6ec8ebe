import type { FieldInputProps } from './field-input-props';
import { SingleLineInput } from './single-line-input';
import './date-input.css';

const INPUT = { type: 'date', className: 'input input--date' } as const;

// Date only: the model turns a day into the end of that local business day (API.md §6).
export function DateInput(props: FieldInputProps<'DATETIME'>) {
  return <SingleLineInput {...props} input={INPUT} />;
}
