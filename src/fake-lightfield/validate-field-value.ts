import type { FieldDefinition, HandleService } from '../model/lightfield-types';
import { badRequest, unprocessable, type ApiError } from './errors';

// Write-format rules per value type (API.md §6). A wrong JSON type is a 400 `invalid_type`;
// a value of the right type that fails business rules (format, range, unknown option) is a 422.

export type FieldCheck = { ok: true; value: unknown } | { ok: false; error: ApiError };

export interface FieldCheckOptions {
  /** Accept option labels (case-insensitive) besides IDs; Lightfield does so for `$stage`. */
  acceptOptionLabels?: boolean;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const ADDRESS_TEXT_KEYS = ['street', 'street2', 'city', 'state', 'postalCode', 'country'] as const;
const ADDRESS_NUMBER_KEYS = ['latitude', 'longitude'] as const;
const ADDRESS_KEYS: readonly string[] = [...ADDRESS_TEXT_KEYS, ...ADDRESS_NUMBER_KEYS];
const DATETIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const SOCIAL_HOSTS: Record<HandleService, RegExp> = {
  LINKEDIN: /^(?:[a-z]{2,3}\.)?linkedin\.com$/,
  TWITTER: /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/,
  FACEBOOK: /^(?:www\.|m\.)?facebook\.com$/,
  INSTAGRAM: /^(?:www\.)?instagram\.com$/,
};

const ok = (value: unknown): FieldCheck => ({ ok: true, value });
const fail = (error: ApiError): FieldCheck => ({ ok: false, error });

function typeError(key: string, expected: string): FieldCheck {
  return fail(badRequest('invalid_type', `Field '${key}' expects ${expected}.`, `fields.${key}`));
}

function invalid(key: string, message: string): FieldCheck {
  return fail(unprocessable(message, `fields.${key}`));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function checkNumber(key: string, value: unknown): FieldCheck {
  if (typeof value !== 'number' || !Number.isFinite(value)) return typeError(key, 'a number');
  if (Math.abs(value) > MAX_SAFE) {
    return invalid(key, `Field '${key}' must be between -${MAX_SAFE} and ${MAX_SAFE}.`);
  }
  const cents = value * 100;
  if (Math.abs(cents - Math.round(cents)) > 1e-6) {
    return invalid(key, `Field '${key}' allows at most 2 decimal places.`);
  }
  return ok(value);
}

function checkDatetime(key: string, value: unknown): FieldCheck {
  if (typeof value !== 'string') return typeError(key, 'an ISO 8601 datetime string');
  const time = Date.parse(value);
  if (!DATETIME_WITH_OFFSET.test(value) || Number.isNaN(time)) {
    return invalid(
      key,
      `'${value}' is not a valid ISO 8601 datetime with offset for field '${key}'.`,
    );
  }
  return ok(new Date(time).toISOString());
}

function checkSingleSelect(
  key: string,
  definition: FieldDefinition,
  value: unknown,
  options: FieldCheckOptions,
): FieldCheck {
  if (typeof value !== 'string') return typeError(key, 'an option ID string');
  const choices = definition.typeConfiguration.options ?? [];
  const byId = choices.find((option) => option.id === value);
  const byLabel = options.acceptOptionLabels
    ? choices.find((option) => option.label.toLowerCase() === value.trim().toLowerCase())
    : undefined;
  const match = byId ?? byLabel;
  if (!match) return invalid(key, `'${value}' is not a valid option for field '${key}'.`);
  return ok(match.id);
}

function checkMultiSelect(key: string, definition: FieldDefinition, value: unknown): FieldCheck {
  if (!isStringArray(value)) return typeError(key, 'an array of option ID strings');
  const known = new Set((definition.typeConfiguration.options ?? []).map((option) => option.id));
  const unknown = value.find((id) => !known.has(id));
  if (unknown !== undefined) {
    return invalid(key, `'${unknown}' is not a valid option for field '${key}'.`);
  }
  return ok([...new Set(value)]);
}

/** Single-value fields take a string; multi-value fields take a string array. */
function checkStringOrList(
  key: string,
  definition: FieldDefinition,
  value: unknown,
  validItem: (item: string) => boolean,
  what: string,
): FieldCheck {
  const multiple = definition.typeConfiguration.multipleValues === true;
  if (multiple && !isStringArray(value)) return typeError(key, `an array of ${what} strings`);
  if (!multiple && typeof value !== 'string') return typeError(key, `a single ${what} string`);
  const items = multiple ? (value as string[]) : [value as string];
  const bad = items.find((item) => !validItem(item.trim()));
  if (bad !== undefined) return invalid(key, `'${bad}' is not a valid ${what} for field '${key}'.`);
  const trimmed = items.map((item) => item.trim());
  return ok(multiple ? trimmed : trimmed[0]);
}

function isUrl(text: string): boolean {
  if (/\s/.test(text) || text.length === 0) return false;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Mirrors Lightfield's phone normalisation: E.164 with `+`, else US, else 7–15 local digits. */
function normalizePhone(raw: string): string | null {
  const extension = /(?:\s*(?:x|ext\.?:?|#)\s*(\d+))$/i.exec(raw);
  const main = (extension ? raw.slice(0, extension.index) : raw).replace(/[\s().-]/g, '');
  const suffix = extension ? `;ext=${extension[1]}` : '';
  if (main.startsWith('+')) return E164.test(main) ? main + suffix : null;
  if (!/^\d+$/.test(main)) return null;
  if (main.length === 10) return `+1${main}${suffix}`;
  if (main.length === 11 && main.startsWith('1')) return `+${main}${suffix}`;
  if (main.length >= 7 && main.length <= 15) return main + suffix;
  return null;
}

function checkTelephone(key: string, definition: FieldDefinition, value: unknown): FieldCheck {
  // Lightfield documents an array for phones; a bare string is tolerated on single-value fields.
  const multiple = definition.typeConfiguration.multipleValues === true;
  const items = typeof value === 'string' && !multiple ? [value] : value;
  if (!isStringArray(items)) return typeError(key, 'an array of phone number strings');
  if (!multiple && items.length > 1) return typeError(key, 'at most one phone number');
  const normalized: string[] = [];
  for (const item of items) {
    const phone = normalizePhone(item.trim());
    if (phone === null) {
      return invalid(key, `'${item}' is not a valid phone number for field '${key}'.`);
    }
    normalized.push(phone);
  }
  return ok(normalized);
}

function checkAddress(key: string, value: unknown): FieldCheck {
  if (!isPlainObject(value)) return typeError(key, 'an address object');
  const extra = Object.keys(value).find((part) => !ADDRESS_KEYS.includes(part));
  if (extra !== undefined) return typeError(key, `an address object without '${extra}'`);
  const address: Record<string, string | number | null> = {};
  for (const part of ADDRESS_TEXT_KEYS) {
    const partValue = value[part] ?? null;
    if (partValue !== null && typeof partValue !== 'string') {
      return typeError(key, `a string or null in '${part}'`);
    }
    address[part] = partValue;
  }
  for (const part of ADDRESS_NUMBER_KEYS) {
    const partValue = value[part] ?? null;
    if (partValue !== null && (typeof partValue !== 'number' || !Number.isFinite(partValue))) {
      return typeError(key, `a number or null in '${part}'`);
    }
    address[part] = partValue;
  }
  const country = address.country;
  if (typeof country === 'string') {
    if (!/^[A-Za-z]{2}$/.test(country)) {
      return invalid(key, `Country '${country}' must be an ISO 3166-1 alpha-2 code.`);
    }
    address.country = country.toUpperCase();
  }
  return ok(address);
}

function checkFullName(key: string, value: unknown): FieldCheck {
  if (!isPlainObject(value)) return typeError(key, 'an object with firstName and lastName');
  const extra = Object.keys(value).find((part) => part !== 'firstName' && part !== 'lastName');
  if (extra !== undefined) return typeError(key, `a name object without '${extra}'`);
  const firstName = value.firstName ?? null;
  const lastName = value.lastName ?? null;
  if (
    (firstName !== null && typeof firstName !== 'string') ||
    (lastName !== null && typeof lastName !== 'string')
  ) {
    return typeError(key, 'firstName and lastName as strings or null');
  }
  return ok({ firstName, lastName });
}

function checkSocialHandle(key: string, definition: FieldDefinition, value: unknown): FieldCheck {
  if (typeof value !== 'string') return typeError(key, 'a profile URL string');
  const service = definition.typeConfiguration.handleService ?? 'LINKEDIN';
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    url = null;
  }
  const pathOk = url !== null && url.pathname.replace(/\/+$/, '').length > 1;
  if (!url || url.protocol !== 'https:' || !SOCIAL_HOSTS[service].test(url.hostname) || !pathOk) {
    return invalid(key, `'${value}' is not a valid ${service} profile URL for field '${key}'.`);
  }
  return ok(value.trim());
}

/** Validates one field's bare write value (null is always accepted and stored as null). */
export function checkFieldValue(
  key: string,
  definition: FieldDefinition,
  value: unknown,
  options: FieldCheckOptions = {},
): FieldCheck {
  if (value === null) return ok(null);
  switch (definition.valueType) {
    case 'TEXT':
    case 'MARKDOWN':
      return typeof value === 'string' ? ok(value) : typeError(key, 'a string');
    case 'NUMBER':
    case 'CURRENCY':
      return checkNumber(key, value);
    case 'DATETIME':
      return checkDatetime(key, value);
    case 'CHECKBOX':
      return typeof value === 'boolean' ? ok(value) : typeError(key, 'a boolean');
    case 'SINGLE_SELECT':
      return checkSingleSelect(key, definition, value, options);
    case 'MULTI_SELECT':
      return checkMultiSelect(key, definition, value);
    case 'EMAIL':
      return checkStringOrList(key, definition, value, (item) => EMAIL.test(item), 'email');
    case 'URL':
      return checkStringOrList(key, definition, value, isUrl, 'URL');
    case 'TELEPHONE':
      return checkTelephone(key, definition, value);
    case 'ADDRESS':
      return checkAddress(key, value);
    case 'FULL_NAME':
      return checkFullName(key, value);
    case 'SOCIAL_HANDLE':
      return checkSocialHandle(key, definition, value);
    case 'HTML':
      return fail(
        badRequest('read_only', `Field '${key}' is read-only and cannot be set.`, `fields.${key}`),
      );
  }
}
