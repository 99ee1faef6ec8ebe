import type { ComponentType } from 'react';
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

// Indexed by a field's (union) value type, TypeScript cannot correlate the input with the value
// it receives; the registry's mapped type above is what guarantees they match.
export const inputFor = (valueType: WritableValueType) =>
  FIELD_INPUTS[valueType] as ComponentType<FieldInputProps<WritableValueType>>;
