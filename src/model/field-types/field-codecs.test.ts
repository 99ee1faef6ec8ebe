import { describe, expect, it } from 'vitest';
import { formField } from '../../testing/form-field';
import { FIELD_CODECS } from './field-codecs';
import { parseLocaleNumber } from './locale-number';
import { spellMessage } from '../messages/validation-phrases';

/** A parse result with its message (a phrase) read in English. */
const english = <T extends { ok: boolean; message?: string }>(result: T): T =>
  result.message === undefined ? result : { ...result, message: spellMessage(result.message) };

const field = formField;

describe('parseLocaleNumber', () => {
  it.each([
    ['1,250,000.50', 'en-US', 1250000.5],
    ['1.250.000,50', 'de-DE', 1250000.5],
    ['1250000.5', 'en-US', 1250000.5],
    ['1 250 000,5', 'fr-FR', 1250000.5],
    ['-42', 'en-US', -42],
    ['.5', 'en-US', 0.5],
    ['9007199254740991', 'en-US', 9007199254740991],
  ])('%s in %s is %d', (text, locale, value) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.250.000,50', 'en-US', 'Enter a number'],
    ['1,25,0', 'en-US', 'Enter a number'],
    ['12abc', 'en-US', 'Enter a number'],
    ['1.234', 'en-US', 'Use at most 2 decimal places'],
    ['9007199254740992', 'en-US', 'This number is too large'],
  ])('rejects %s in %s', (text, locale, message) => {
    expect(english(parseLocaleNumber(text, locale))).toEqual({ ok: false, message });
  });
});

describe('CURRENCY', () => {
  const eur = field({ valueType: 'CURRENCY', currency: 'EUR' });
  it('ignores the currency symbol and code, sends the amount only', () => {
    expect(FIELD_CODECS.CURRENCY.parse('€ 61.250,50', eur, 'de-DE')).toEqual({
      ok: true,
      value: 61250.5,
    });
    expect(FIELD_CODECS.CURRENCY.parse('EUR 1,000', eur, 'en-US')).toEqual({
      ok: true,
      value: 1000,
    });
  });
  it('formats for the locale', () => {
    expect(FIELD_CODECS.CURRENCY.format(1250000.5, eur, 'de-DE')).toBe('1.250.000,5');
  });
});

describe('DATETIME', () => {
  const f = field({ valueType: 'DATETIME' });
  // Vitest runs these with TZ=Europe/Berlin; DST ends on 2026-10-25.
  it('sends a date-only pick as 17:00 local time with the offset of that day', () => {
    expect(FIELD_CODECS.DATETIME.parse('2026-10-24', f, 'en-US')).toEqual({
      ok: true,
      value: '2026-10-24T17:00:00+02:00',
    });
    expect(FIELD_CODECS.DATETIME.parse('2026-10-26', f, 'en-US')).toEqual({
      ok: true,
      value: '2026-10-26T17:00:00+01:00',
    });
  });
  it('accepts datetime-local values and rejects impossible dates', () => {
    expect(FIELD_CODECS.DATETIME.parse('2026-03-29T02:30', f, 'en-US').ok).toBe(true);
    expect(english(FIELD_CODECS.DATETIME.parse('2026-02-30', f, 'en-US'))).toEqual({
      ok: false,
      message: 'Enter a valid date',
    });
  });
  it('formats a stored UTC timestamp as the local date', () => {
    expect(FIELD_CODECS.DATETIME.format('2026-12-15T23:30:00.000Z', f, 'en-US')).toBe('2026-12-16');
  });
  it('validates write values as ISO 8601 with an offset', () => {
    const schema = FIELD_CODECS.DATETIME.schema(f);
    expect(schema.safeParse('2026-12-15T17:00:00+00:00').success).toBe(true);
    expect(schema.safeParse('2026-12-15').success).toBe(false);
  });
});

describe('SOCIAL_HANDLE', () => {
  const linkedIn = field({ valueType: 'SOCIAL_HANDLE', handleService: 'LINKEDIN' });
  const twitter = field({ valueType: 'SOCIAL_HANDLE', handleService: 'TWITTER' });
  it.each([
    ['dana-okafor', linkedIn, 'https://www.linkedin.com/in/dana-okafor'],
    ['company/globex', linkedIn, 'https://www.linkedin.com/company/globex'],
    ['linkedin.com/in/dana', linkedIn, 'https://linkedin.com/in/dana'],
    ['@hank', twitter, 'https://x.com/hank'],
    ['https://twitter.com/hank', twitter, 'https://twitter.com/hank'],
  ])('%s → profile URL', (text, f, url) => {
    expect(FIELD_CODECS.SOCIAL_HANDLE.parse(text, f, 'en-US')).toEqual({ ok: true, value: url });
  });
  it('rejects another service’s URL', () => {
    expect(
      english(FIELD_CODECS.SOCIAL_HANDLE.parse('https://x.com/hank', linkedIn, 'en-US')),
    ).toEqual({
      ok: false,
      message: 'Enter a LinkedIn handle or profile URL',
    });
  });
});

describe('EMAIL, URL and TELEPHONE lists', () => {
  it('sends one string for single-value EMAIL and URL, an array for multi-value', () => {
    expect(FIELD_CODECS.EMAIL.parse(['a@b.co'], field(), 'en-US')).toEqual({
      ok: true,
      value: 'a@b.co',
    });
    expect(
      FIELD_CODECS.EMAIL.parse(['a@b.co', 'c@d.co'], field({ multipleValues: true }), 'en-US'),
    ).toEqual({
      ok: true,
      value: ['a@b.co', 'c@d.co'],
    });
    expect(FIELD_CODECS.URL.parse(['globex.example/deal'], field(), 'en-US')).toEqual({
      ok: true,
      value: 'https://globex.example/deal',
    });
  });
  it('always sends phone numbers as an array, normalised', () => {
    expect(FIELD_CODECS.TELEPHONE.parse(['(415) 555-0123'], field(), 'en-US')).toEqual({
      ok: true,
      value: ['4155550123'],
    });
    expect(FIELD_CODECS.TELEPHONE.parse(['+49 30 1234567 ext. 5'], field(), 'en-US')).toEqual({
      ok: true,
      value: ['+49301234567;ext=5'],
    });
  });
  it('rejects invalid entries', () => {
    expect(FIELD_CODECS.EMAIL.parse(['not-an-email'], field(), 'en-US').ok).toBe(false);
    expect(FIELD_CODECS.URL.parse(['ftp://x.example'], field(), 'en-US').ok).toBe(false);
    expect(FIELD_CODECS.TELEPHONE.parse(['555'], field(), 'en-US').ok).toBe(false);
    expect(FIELD_CODECS.TELEPHONE.parse(['call me'], field(), 'en-US').ok).toBe(false);
  });
});

describe('ADDRESS and FULL_NAME', () => {
  const empty = FIELD_CODECS.ADDRESS.empty(field());
  it('omits blank parts and upper-cases the country', () => {
    expect(
      FIELD_CODECS.ADDRESS.parse({ ...empty, city: ' Oslo ', country: 'no' }, field(), 'en-US'),
    ).toEqual({
      ok: true,
      value: { city: 'Oslo', country: 'NO' },
    });
  });
  it('rejects a three-letter country', () => {
    expect(FIELD_CODECS.ADDRESS.parse({ ...empty, country: 'USA' }, field(), 'en-US').ok).toBe(
      false,
    );
    expect(FIELD_CODECS.ADDRESS.schema(field()).safeParse({ country: 'USA' }).success).toBe(false);
  });
  it('rejects keys Lightfield does not define', () => {
    expect(
      FIELD_CODECS.ADDRESS.schema(field()).safeParse({ city: 'Oslo', planet: 'Earth' }).success,
    ).toBe(false);
    expect(
      FIELD_CODECS.FULL_NAME.schema(field()).safeParse({ firstName: 'A', middle: 'B' }).success,
    ).toBe(false);
  });
  it('treats an all-blank name as empty', () => {
    expect(
      FIELD_CODECS.FULL_NAME.parse({ firstName: ' ', lastName: '' }, field(), 'en-US'),
    ).toEqual({
      ok: true,
      value: undefined,
    });
  });
});

describe('selects and checkbox', () => {
  const f = field({
    options: [
      { id: 'opt_a', label: 'A' },
      { id: 'opt_b', label: 'B' },
    ],
  });
  it('accepts only option ids', () => {
    expect(FIELD_CODECS.SINGLE_SELECT.schema(f).safeParse('opt_a').success).toBe(true);
    expect(FIELD_CODECS.SINGLE_SELECT.schema(f).safeParse('A').success).toBe(false);
    expect(FIELD_CODECS.MULTI_SELECT.parse(['opt_a', 'opt_a', 'opt_b'], f, 'en-US')).toEqual({
      ok: true,
      value: ['opt_a', 'opt_b'],
    });
  });
  it('omits an unticked checkbox', () => {
    expect(FIELD_CODECS.CHECKBOX.parse(false, f, 'en-US')).toEqual({ ok: true, value: undefined });
    expect(FIELD_CODECS.CHECKBOX.parse(true, f, 'en-US')).toEqual({ ok: true, value: true });
  });
});

const selectOptions = [
  { id: 'opt_a', label: 'Discovery' },
  { id: 'opt_b', label: 'B' },
];
const selects = field({ options: selectOptions });

describe('prefill', () => {
  it('checks a write value with the schema and shows it through format', () => {
    expect(FIELD_CODECS.TEXT.prefill('Acme', field(), 'en-US')).toBe('Acme');
    expect(FIELD_CODECS.CURRENCY.prefill(12000.5, field({ currency: 'EUR' }), 'de-DE')).toBe(
      '12.000,5',
    );
    expect(FIELD_CODECS.ADDRESS.prefill({ city: 'Oslo' }, field(), 'en-US')).toEqual({
      ...FIELD_CODECS.ADDRESS.empty(field()),
      city: 'Oslo',
    });
  });
  it('reads the strings of URL parameters', () => {
    expect(FIELD_CODECS.NUMBER.prefill('12000.5', field(), 'de-DE')).toBe('12.000,5');
    expect(FIELD_CODECS.CHECKBOX.prefill('false', field(), 'en-US')).toBe(false);
    expect(
      FIELD_CODECS.EMAIL.prefill('a@b.co, c@d.co', field({ multipleValues: true }), 'en-US'),
    ).toEqual(['a@b.co', 'c@d.co']);
  });
  it('takes an option label, in any case, as its id', () => {
    expect(FIELD_CODECS.SINGLE_SELECT.prefill('discovery', selects, 'en-US')).toBe('opt_a');
    expect(FIELD_CODECS.MULTI_SELECT.prefill('Discovery,opt_b', selects, 'en-US')).toEqual([
      'opt_a',
      'opt_b',
    ]);
    expect(FIELD_CODECS.MULTI_SELECT.prefill(['DISCOVERY'], selects, 'en-US')).toEqual(['opt_a']);
  });
  it.each([
    ['TEXT', ''],
    ['NUMBER', 'lots'],
    ['CHECKBOX', 'yes'],
    ['EMAIL', 'not-an-email'],
    ['SINGLE_SELECT', 'No such stage'],
    ['MULTI_SELECT', ''],
  ] as const)('rejects %s %j', (valueType, raw) => {
    expect(FIELD_CODECS[valueType].prefill(raw, selects, 'en-US')).toBeNull();
  });
});

describe('fitDraft', () => {
  it('keeps a saved value that still fits', () => {
    expect(FIELD_CODECS.TEXT.fitDraft('Acme', field())).toBe('Acme');
    expect(FIELD_CODECS.EMAIL.fitDraft(['a@b.co'], field())).toEqual(['a@b.co']);
    const name = { firstName: 'Dana', lastName: '' };
    expect(FIELD_CODECS.FULL_NAME.fitDraft(name, field())).toEqual(name);
    expect(FIELD_CODECS.SINGLE_SELECT.fitDraft('opt_a', selects)).toBe('opt_a');
    expect(FIELD_CODECS.MULTI_SELECT.fitDraft(['opt_a', 'opt_b'], selects)).toEqual([
      'opt_a',
      'opt_b',
    ]);
  });
  it.each([
    ['TEXT', 5],
    ['CHECKBOX', 'true'],
    ['EMAIL', 'a@b.co'],
    ['TELEPHONE', [4155550123]],
    ['ADDRESS', 'Oslo'],
    ['FULL_NAME', { firstName: 'Dana' }],
    ['SINGLE_SELECT', 'opt_gone'],
    ['MULTI_SELECT', ['opt_a', 'opt_gone']],
  ] as const)('drops a saved %s value %j', (valueType, saved) => {
    expect(FIELD_CODECS[valueType].fitDraft(saved, selects)).toBeNull();
  });
});
