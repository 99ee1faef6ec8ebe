import { z } from 'zod/mini';
import { FIELD_CODECS, type FieldFormValue } from './field-types/field-codecs';
import type { FieldCodec } from './field-types/field-codec';
import { dependentIssues, withDefaultParents } from './field-types/dependent-options';
import type { FormDefinitions, FormField, FormRelationship } from './form-definitions';
import type { CreateOpportunityRequest } from './api-contract';
import { emptyFollowUp, followUpFromValues, type FollowUpValues } from './follow-up';
import type { CreateBody, WriteValue } from './lightfield-types';
import { phrase, spellMessage } from './messages/validation-phrases';

/** The form's state: keyed like Lightfield's create body, so `param` maps straight to a control. */
export interface FormValues {
  fields: Record<string, FieldFormValue>;
  relationships: Record<string, string | string[]>;
  /** The Follow-up section (follow-up.ts); absent in drafts saved before it existed. */
  followUp?: FollowUpValues;
}

const MAX_RELATIONSHIP_IDS = 25;

const requiredMessage = (label: string) => phrase('required', { label });

// The registry is keyed by value type, so TypeScript cannot correlate a field with its codec.
const codecFor = (field: FormField) =>
  FIELD_CODECS[field.valueType] as unknown as FieldCodec<unknown, WriteValue>;

// A blank string is empty too: "   " is no name (the BFF's fuzz test found it costing a call).
const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** Lets a value through to `schema`, or reports "<label> is required" when there is none. */
const required = <T extends z.ZodMiniType>(label: string, schema: T) =>
  z.pipe(
    z.transform((value: unknown, ctx) => {
      if (isEmpty(value)) {
        ctx.issues.push({ code: 'custom', message: requiredMessage(label), input: value });
        return z.NEVER;
      }
      return value;
    }),
    schema,
  );

function relationshipWriteSchema(rel: FormRelationship): z.ZodMiniType<string | string[]> {
  const id = z.string(phrase('chooseRecord')).check(z.minLength(1), z.maxLength(200));
  return rel.cardinality === 'HAS_MANY'
    ? z
        .array(id)
        .check(
          z.maxLength(
            MAX_RELATIONSHIP_IDS,
            phrase('tooManyRecords', { max: MAX_RELATIONSHIP_IDS }),
          ),
        )
    : id;
}

type SafeParse = ReturnType<z.ZodMiniType['safeParse']>;

/**
 * Equality of two form values: strings, numbers, booleans, and arrays and records of them.
 * react-hook-form deep-copies the values on submit, so identity alone would call every list,
 * address and name changed.
 */
export function sameFormValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameFormValue(item, b[i]))
    );
  }
  const [left, right] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameFormValue(left[key], right[key]))
  );
}

/**
 * `schema`, remembering the last value it checked and the result. react-hook-form's resolver
 * checks the whole form on every blur (and every keystroke in a touched control), so without
 * this a 300-field org re-parses 299 unchanged values each time.
 */
function rememberLast(schema: z.ZodMiniType) {
  let last: { value: unknown; result: SafeParse } | null = null;
  return z.transform((value: unknown, ctx): unknown => {
    if (!last || !sameFormValue(last.value, value)) {
      last = { value, result: schema.safeParse(value) };
    }
    const { result } = last;
    if (result.success) return result.data;
    // Copies: zod prefixes the control's key onto each issue's path, in place.
    for (const issue of result.error.issues) {
      // `input` is optional on a finished issue and required on a raw one; it is the same value.
      ctx.issues.push({ ...issue, path: [...issue.path], input: issue.input as never });
    }
    return z.NEVER;
  });
}

function fieldFormSchema(field: FormField, locale: string) {
  const codec = codecFor(field);
  const toWrite = z.transform((value: unknown, ctx): unknown => {
    const result = codec.parse(value, field, locale);
    if (!result.ok) {
      ctx.issues.push({ code: 'custom', message: result.message, input: value });
      return z.NEVER;
    }
    return result.value;
  });
  const write = codec.schema(field);
  const tail: z.ZodMiniType = field.required ? required(field.label, write) : z.optional(write);
  return rememberLast(z.pipe(toWrite, tail));
}

function relationshipFormSchema(rel: FormRelationship) {
  const toWrite = z.transform((value: unknown): unknown => {
    if (rel.cardinality === 'HAS_MANY') {
      const ids = Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v) : [];
      return ids.length ? ids : undefined;
    }
    return typeof value === 'string' && value ? value : undefined;
  });
  const write = relationshipWriteSchema(rel);
  const tail: z.ZodMiniType = rel.required ? required(rel.label, write) : z.optional(write);
  return rememberLast(z.pipe(toWrite, tail));
}

/**
 * The form's schema: it validates what the rep typed and its output is the create body, so
 * `handleSubmit` receives exactly what is sent.
 */
export function buildFormSchema(defs: FormDefinitions, locale: string) {
  return z.pipe(
    z.object({
      fields: z.object(
        Object.fromEntries(defs.fields.map((f) => [f.key, fieldFormSchema(f, locale)])),
      ),
      relationships: z.object(
        Object.fromEntries(defs.relationships.map((r) => [r.key, relationshipFormSchema(r)])),
      ),
      followUp: z.optional(
        z.object({ nextStep: z.string(), nextStepDue: z.string(), note: z.string() }),
      ),
    }),
    // Runs once every control is valid: only then are the pairs of write values known.
    z.transform((out, ctx): CreateOpportunityRequest => {
      const issues = dependentIssues(defs, out.fields);
      for (const { key, message } of issues) {
        ctx.issues.push({ code: 'custom', message, input: out.fields[key], path: ['fields', key] });
      }
      const owner = out.relationships.$owner;
      const followUp = followUpFromValues(
        out.followUp,
        typeof owner === 'string' ? owner : undefined,
        defs.followUp ?? { task: false, note: false },
      );
      if (!followUp.ok) {
        for (const [name, message] of Object.entries(followUp.errors)) {
          ctx.issues.push({ code: 'custom', message, input: undefined, path: name.split('.') });
        }
      }
      if (issues.length > 0 || !followUp.ok) return z.NEVER;
      const body = compactBody(out);
      return followUp.request ? { ...body, followUp: followUp.request } : body;
    }),
  );
}

/**
 * The BFF's schema for a create body: the same write-value fragments as the form, closed to
 * keys the definitions do not list.
 */
export function buildCreateBodySchema(defs: FormDefinitions): z.ZodMiniType<CreateBody> {
  const fields = Object.fromEntries(
    defs.fields.map((f) => {
      const schema = codecFor(f).schema(f);
      return [f.key, f.required ? required(f.label, schema) : z.optional(schema)];
    }),
  );
  const relationships = Object.fromEntries(
    defs.relationships.map((r) => {
      const schema = relationshipWriteSchema(r);
      return [r.key, r.required ? required(r.label, schema) : z.optional(schema)];
    }),
  );
  return z
    .strictObject({
      fields: z.strictObject(fields, 'Send the fields as an object'),
      relationships: z.strictObject(relationships, 'Send the relationships as an object'),
    })
    .check(
      z.refine((body) => countIds(body.relationships) <= MAX_RELATIONSHIP_IDS, {
        message: `A deal can link at most ${MAX_RELATIONSHIP_IDS} records`,
        path: ['relationships'],
      }),
      z.superRefine((body, ctx) => {
        for (const { key, message } of dependentIssues(defs, body.fields)) {
          ctx.addIssue({ code: 'custom', message, input: body.fields[key], path: ['fields', key] });
        }
      }),
    ) as unknown as z.ZodMiniType<CreateBody>;
}

const countIds = (rels: Record<string, unknown>) =>
  Object.values(rels).reduce<number>(
    (n, v) => n + (Array.isArray(v) ? v.length : v === undefined ? 0 : 1),
    0,
  );

function compactBody(out: {
  fields: Record<string, unknown>;
  relationships: Record<string, unknown>;
}): CreateBody {
  const defined = <T>(o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, T>;
  return {
    fields: defined<WriteValue>(out.fields),
    relationships: defined<string | string[]>(out.relationships),
  };
}

/** The values of an untouched form; the parent of a dependent select starts at its default. */
export function emptyFormValues(defs: FormDefinitions): FormValues {
  return withDefaultParents(defs, {
    followUp: emptyFollowUp(),
    fields: Object.fromEntries(
      defs.fields.map((f) => [f.key, codecFor(f).empty(f) as FieldFormValue]),
    ),
    relationships: Object.fromEntries(
      defs.relationships.map((r) => [r.key, r.cardinality === 'HAS_MANY' ? [] : '']),
    ),
  });
}

/** A control's name, keyed like Lightfield's error `param`. */
export type ControlName = `fields.${string}` | `relationships.${string}`;

/** A control's key, `fields.<key>` or `relationships.<key>`, for a path inside the body. */
function controlKey(path: readonly PropertyKey[]): string {
  return path.slice(0, 2).map(String).join('.');
}

/** Zod issues as one English message per control, keyed like Lightfield's `param`. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const group = String(issue.path[0] ?? '');
      const kind = group === 'relationships' ? 'relationship' : 'field';
      for (const key of issue.keys) {
        errors[group ? `${group}.${key}` : key] ??= `This form has no ${kind} “${key}”`;
      }
      continue;
    }
    errors[controlKey(issue.path) || 'body'] ??= spellMessage(issue.message);
  }
  return errors;
}
