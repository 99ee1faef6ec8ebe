import type { FormField, WritableValueType } from '../form-definitions';
import type { Address, FullName, WriteValue } from '../lightfield-types';
import { addressCodec, type AddressFormValue } from './address';
import { checkboxCodec } from './checkbox';
import { currencyCodec } from './currency';
import { datetimeCodec } from './datetime';
import { emailCodec } from './email';
import type { FieldCodec } from './field-codec';
import { fullNameCodec, type FullNameFormValue } from './full-name';
import { markdownCodec } from './markdown';
import { multiSelectCodec } from './multi-select';
import { numberCodec } from './number';
import { singleSelectCodec } from './single-select';
import { socialHandleCodec } from './social-handle';
import { telephoneCodec } from './telephone';
import { textCodec } from './text';
import { urlCodec } from './url';

/** What each value type's input holds. */
export interface FormValueByType {
  ADDRESS: AddressFormValue;
  CHECKBOX: boolean;
  CURRENCY: string;
  DATETIME: string;
  EMAIL: string[];
  FULL_NAME: FullNameFormValue;
  MARKDOWN: string;
  MULTI_SELECT: string[];
  NUMBER: string;
  SINGLE_SELECT: string;
  SOCIAL_HANDLE: string;
  TELEPHONE: string[];
  TEXT: string;
  URL: string[];
}

/** What Lightfield accepts for each value type on create (API.md §6). */
export interface WriteValueByType {
  ADDRESS: Address;
  CHECKBOX: boolean;
  CURRENCY: number;
  DATETIME: string;
  EMAIL: string | string[];
  FULL_NAME: FullName;
  MARKDOWN: string;
  MULTI_SELECT: string[];
  NUMBER: number;
  SINGLE_SELECT: string;
  SOCIAL_HANDLE: string;
  TELEPHONE: string[];
  TEXT: string;
  URL: string | string[];
}

export type FieldFormValue = FormValueByType[WritableValueType];

// The mapped type is the exhaustiveness check: a value type without a codec does not compile.
export const FIELD_CODECS: {
  [T in WritableValueType]: FieldCodec<FormValueByType[T], WriteValueByType[T]>;
} = {
  ADDRESS: addressCodec,
  CHECKBOX: checkboxCodec,
  CURRENCY: currencyCodec,
  DATETIME: datetimeCodec,
  EMAIL: emailCodec,
  FULL_NAME: fullNameCodec,
  MARKDOWN: markdownCodec,
  MULTI_SELECT: multiSelectCodec,
  NUMBER: numberCodec,
  SINGLE_SELECT: singleSelectCodec,
  SOCIAL_HANDLE: socialHandleCodec,
  TELEPHONE: telephoneCodec,
  TEXT: textCodec,
  URL: urlCodec,
};

// The registry is keyed by value type, so TypeScript cannot correlate a field with its codec.
export const codecFor = (field: FormField) =>
  FIELD_CODECS[field.valueType] as unknown as FieldCodec<FieldFormValue, WriteValue>;
