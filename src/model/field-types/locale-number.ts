import { z } from 'zod/mini';
import { numberFormat } from '../intl-cache';
import { phrase } from '../messages/validation-phrases';

const MAX_DECIMALS = 2;

interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

function separators(locale: string): Separators {
  let cached = separatorCache.get(locale);
  if (!cached) {
    const parts = numberFormat(locale).formatToParts(1234567.5);
    cached = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, cached);
  }
  return cached;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Spaces of every width: fr-FR and others group with (narrow) no-break spaces.
const SPACES = /[\s\u00a0\u202f]/g;

export type NumberParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * Parses what a person types in `locale`: "1,250,000.50" (en-US) and "1.250.000,50" (de-DE) are
 * both 1250000.5. Grouping is optional but, when used, must be in groups of three.
 */
export function parseLocaleNumber(text: string, locale: string, strip: string[] = []): NumberParse {
  let s = text;
  for (const token of strip) s = s.split(token).join('');
  s = s.replace(SPACES, '');
  const { group, decimal } = separators(locale);
  const g = group.replace(SPACES, '') === '' ? '' : escape(group);
  const d = escape(decimal);
  const grouped = g ? `\\d{1,3}(?:${g}\\d{3})+` : '(?!)';
  const shape = new RegExp(`^([-+−]?)((?:${grouped})|\\d+)?(?:${d}(\\d+))?$`);
  const m = shape.exec(s);
  if (!m || (!m[2] && !m[3])) return { ok: false, message: phrase('enterNumber') };
  const fraction = m[3] ?? '';
  if (fraction.length > MAX_DECIMALS) {
    return { ok: false, message: phrase('tooManyDecimals', { max: MAX_DECIMALS }) };
  }
  const integer = (m[2] ?? '0').split(group).join('');
  const sign = m[1] === '-' || m[1] === '−' ? '-' : '';
  const value = Number(`${sign}${integer}.${fraction || '0'}`);
  if (!Number.isSafeInteger(Math.trunc(value)) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, message: phrase('numberTooLarge') };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A prefill from a URL parameter is a string: "12000.5" stands for the number, in any locale. */
export const numberFromText = (raw: unknown): unknown =>
  typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;

export function formatLocaleNumber(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: MAX_DECIMALS }).format(value);
}

const hasAtMostTwoDecimals = (n: number) => {
  const scaled = n * 10 ** MAX_DECIMALS;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

/** Lightfield's NUMBER write rules: finite, at most 2 decimals, within ±(2^53−1). */
export const numberWriteSchema = () =>
  z.number(phrase('enterNumber')).check(
    z.refine(Number.isFinite, phrase('enterNumber')),
    z.refine((n) => Math.abs(n) <= Number.MAX_SAFE_INTEGER, phrase('numberTooLarge')),
    z.refine(hasAtMostTwoDecimals, phrase('tooManyDecimals', { max: MAX_DECIMALS })),
  );
