import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneCheck = { valid: true; formatted: string } | { valid: false };

/**
 * libphonenumber's verdict on one entry, with the rep's region as the default for numbers
 * typed without "+": valid numbers come back in international format (which the model's codec
 * turns into E.164), so what is sent never depends on a guess made upstream. This module is
 * only reached through a dynamic import: its metadata is ~40 KB gzip.
 */
export function checkPhone(text: string, region: string | undefined): PhoneCheck {
  const phone = parsePhoneNumberFromString(text, region as CountryCode | undefined);
  if (!phone?.isValid()) return { valid: false };
  return { valid: true, formatted: phone.formatInternational() };
}
