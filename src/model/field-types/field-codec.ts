import type { z } from 'zod/mini';
import type { FormField } from '../form-definitions';
import type { WriteValue } from '../lightfield-types';

/** A form value that failed to parse carries the message shown under its control. */
export type Parsed<W> = { ok: true; value: W | undefined } | { ok: false; message: string };

export const parsed = <W>(value: W | undefined): Parsed<W> => ({ ok: true, value });
export const invalid = (message: string): Parsed<never> => ({ ok: false, message });

/**
 * One value type's conversions, pure and React-free.
 * F is what the input holds, W what Lightfield accepts on create (API.md §6).
 */
export interface FieldCodec<F, W extends WriteValue> {
  /** The value of an untouched input. */
  empty: (field: FormField) => F;
  /** Form → write value; `undefined` means empty, which create omits. */
  parse: (value: F, field: FormField, locale: string) => Parsed<W>;
  /** Write → form value, for prefill and restored drafts. */
  format: (value: W, field: FormField, locale: string) => F;
  /** Validates a write value; the BFF checks every create body with it. */
  schema: (field: FormField) => z.ZodMiniType<W>;
}

export const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
