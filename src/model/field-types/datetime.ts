import { z } from 'zod/mini';
import { defineCodec, invalid, parsed, trimmed } from './field-codec';
import { phrase } from '../messages/validation-phrases';

/** A date-only pick means the end of that local business day (API.md §6: e.g. 17:00 local). */
const DATE_ONLY_HOUR = 17;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `date` as ISO 8601 in the machine's local time, with its offset (DST-correct for that day). */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Accepts the native inputs' values: `YYYY-MM-DD` (date) or `YYYY-MM-DDTHH:mm` (datetime-local). */
export function parseLocalDateTime(text: string): Date | null {
  const d = DATE.exec(text);
  const dt = d ? null : DATE_TIME.exec(text);
  const m = d ?? dt;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = dt ? Number(dt[4]) : DATE_ONLY_HOUR;
  const minute = dt ? Number(dt[5]) : 0;
  const second = dt?.[6] ? Number(dt[6]) : 0;
  const date = new Date(year, month - 1, day, hour, minute, second);
  // Rejects 2026-02-30 and friends, which Date would roll over.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return date;
}

export const datetimeCodec = defineCodec<string, string>({
  empty: () => '',
  parse: (value) => {
    const text = trimmed(value);
    if (!text) return parsed(undefined);
    const date = parseLocalDateTime(text);
    return date ? parsed(toIsoWithOffset(date)) : invalid(phrase('enterValidDate'));
  },
  format: (value) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  },
  schema: () =>
    z.string(phrase('enterDate')).check(
      z.regex(ISO_WITH_OFFSET, phrase('enterDateWithOffset')),
      z.refine((s) => !Number.isNaN(Date.parse(s)), phrase('enterValidDate')),
    ),
});
