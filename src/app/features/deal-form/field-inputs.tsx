import { memo, type ComponentType } from 'react';
import type { WritableValueType } from '../../../model/form-definitions';
import { AddressInput } from './inputs/address-input';
import { CheckboxInput } from './inputs/checkbox-input';
import { CurrencyInput } from './inputs/currency-input';
import { DateInput } from './inputs/date-input';
import { EmailInput } from './inputs/email-input';
import type { FieldInputProps } from './inputs/field-input-props';
import { FullNameInput } from './inputs/full-name-input';
import { MarkdownInput } from './inputs/markdown-input';
import { MultiSelectInput } from './inputs/multi-select-input';
import { NumberInput } from './inputs/number-input';
import { SingleSelectInput } from './inputs/single-select-input';
import { SocialHandleInput } from './inputs/social-handle-input';
import { TelephoneInput } from './inputs/telephone-input';
import { TextInput } from './inputs/text-input';
import { UrlInput } from './inputs/url-input';

/**
 * One input per writable value type. The mapped type is the exhaustiveness check: a value type
 * without an input, or an input for the wrong value shape, does not compile.
 */
export const FIELD_INPUTS: {
  [T in WritableValueType]: ComponentType<FieldInputProps<T>>;
} = {
  ADDRESS: AddressInput,
  CHECKBOX: CheckboxInput,
  CURRENCY: CurrencyInput,
  DATETIME: DateInput,
  EMAIL: EmailInput,
  FULL_NAME: FullNameInput,
  MARKDOWN: MarkdownInput,
  MULTI_SELECT: MultiSelectInput,
  NUMBER: NumberInput,
  SINGLE_SELECT: SingleSelectInput,
  SOCIAL_HANDLE: SocialHandleInput,
  TELEPHONE: TelephoneInput,
  TEXT: TextInput,
  URL: UrlInput,
};

// Every submit and every blur publishes the form's errors to all of its controls, and each
// control re-renders; memo stops that at the control, so only inputs whose props changed (their
// own value or message) render again. Built once: a fresh memo() per render would remount.
const MEMO_INPUTS = new Map(
  Object.entries(FIELD_INPUTS).map(([type, input]) => [type, memo(input as ComponentType)]),
);

// Indexed by a field's (union) value type, TypeScript cannot correlate the input with the value
// it receives; the registry's mapped type above is what guarantees they match.
export const inputFor = (valueType: WritableValueType) =>
  MEMO_INPUTS.get(valueType) as ComponentType<FieldInputProps<WritableValueType>>;
