import type { ComponentType } from 'react';
import type { FormField, WritableValueType } from '../../../model/form-definitions';
import { AddressInput } from './inputs/address-input';
import { CheckboxInput } from './inputs/checkbox-input';
import { currencyHint, CurrencyInput } from './inputs/currency-input';
import { DateInput } from './inputs/date-input';
import { emailHint, EmailInput } from './inputs/email-input';
import type { FieldInputProps } from './inputs/field-input-props';
import { FullNameInput } from './inputs/full-name-input';
import { MarkdownInput } from './inputs/markdown-input';
import { MultiSelectInput } from './inputs/multi-select-input';
import { numberHint, NumberInput } from './inputs/number-input';
import { SingleSelectInput } from './inputs/single-select-input';
import { socialHandleHint, SocialHandleInput } from './inputs/social-handle-input';
import { telephoneHint, TelephoneInput } from './inputs/telephone-input';
import { TextInput } from './inputs/text-input';
import { urlHint, UrlInput } from './inputs/url-input';
import type { FieldShellLayout } from './field-shell';
import { t } from '../../i18n/translate';

/** One value type's input, and how FieldControl frames it. */
export interface FieldInput<T extends WritableValueType> {
  Input: ComponentType<FieldInputProps<T>>;
  /** `group` for values made of several controls; `inline` puts the label after a checkbox. */
  layout?: FieldShellLayout;
  /** What the input adds to the field's own help text: a format, an example, the currency. */
  hint?: (field: FormField, locale: string) => string | null;
}

/**
 * One input per writable value type. The mapped type is the exhaustiveness check: a value type
 * without an input, or an input for the wrong value shape, does not compile.
 */
const FIELD_INPUTS: { [T in WritableValueType]: FieldInput<T> } = {
  ADDRESS: { Input: AddressInput, layout: 'group' },
  CHECKBOX: { Input: CheckboxInput, layout: 'inline' },
  CURRENCY: { Input: CurrencyInput, hint: currencyHint },
  DATETIME: { Input: DateInput },
  EMAIL: { Input: EmailInput, hint: emailHint },
  FULL_NAME: { Input: FullNameInput, layout: 'group' },
  MARKDOWN: { Input: MarkdownInput, hint: () => t('hint.markdown') },
  MULTI_SELECT: { Input: MultiSelectInput, hint: () => t('hint.pickSome') },
  NUMBER: { Input: NumberInput, hint: (_field, locale) => numberHint(locale) },
  SINGLE_SELECT: { Input: SingleSelectInput },
  SOCIAL_HANDLE: { Input: SocialHandleInput, hint: socialHandleHint },
  TELEPHONE: { Input: TelephoneInput, hint: telephoneHint },
  TEXT: { Input: TextInput },
  URL: { Input: UrlInput, hint: urlHint },
};

export const inputFor = (valueType: WritableValueType) => FIELD_INPUTS[valueType];
