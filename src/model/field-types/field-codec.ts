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
  /** A portal's prefill → form value; `null` when Lightfield would refuse it. */
  prefill: (raw: unknown, field: FormField, locale: string) => F | null;
  /** A saved draft's value → form value under today's definition; `null` when it no longer fits. */
  fitDraft: (saved: unknown, field: FormField) => F | null;
  /**
   * Value types with options: the value without the option ids `keep` refuses, and those ids.
   * A dependent select uses it to keep only what belongs under its parent's value.
   */
  keepOptions?: (value: F, keep: (id: string) => boolean) => KeptOptions<F>;
}

interface KeptOptions<F> {
  value: F;
  /** The option ids taken out; empty when `value` is returned as it was. */
  dropped: string[];
}

type CodecCore<F, W extends WriteValue> = Omit<FieldCodec<F, W>, 'prefill' | 'fitDraft'>;

/** What a codec spells out itself; `defineCodec` derives the rest. */
interface CodecRules<F, W extends WriteValue> extends CodecCore<F, W> {
  /** The write value a prefill stands for; by default the prefill already is one. */
  readPrefill?: (raw: unknown, field: FormField) => unknown;
  /** Whether a saved value of the input's shape still fits `field`; by default it does. */
  fitsDraft?: (saved: F, field: FormField) => boolean;
}

/** Whether `saved` has the shape of `empty`: its type, or for a record each part's type. */
function sameShape<F>(saved: unknown, empty: F): saved is F {
  if (Array.isArray(empty))
    return Array.isArray(saved) && saved.every((v) => typeof v === 'string');
  if (typeof empty === 'object' && empty !== null) {
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return false;
    const s = saved as Record<string, unknown>;
    return Object.entries(empty).every(([k, v]) => typeof s[k] === typeof v);
  }
  return typeof saved === typeof empty;
}

/**
 * A codec with the prefill and draft rules most value types share: a prefill is checked with the
 * write schema and shown through `format` (so `12000` reads "12.000" in de-DE); a saved value
 * fits while it has the input's shape.
 */
export function defineCodec<F, W extends WriteValue>({
  readPrefill = (raw) => raw,
  fitsDraft = () => true,
  ...codec
}: CodecRules<F, W>): FieldCodec<F, W> {
  return {
    ...codec,
    prefill: (raw, field, locale) => {
      const write = codec.schema(field).safeParse(readPrefill(raw, field));
      return write.success ? codec.format(write.data, field, locale) : null;
    },
    fitDraft: (saved, field) =>
      sameShape(saved, codec.empty(field)) && fitsDraft(saved, field) ? saved : null,
  };
}

export const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
