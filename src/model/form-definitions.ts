import { z } from 'zod/mini';
import type { FollowUpAvailability } from './follow-up';
import { canDependOn } from './field-types/dependent-options';
import {
  HANDLE_SERVICES,
  READ_ONLY_OPPORTUNITY_RELATIONSHIPS,
  REQUIRED_OPPORTUNITY_FIELDS,
  REQUIRED_OPPORTUNITY_RELATIONSHIPS,
  VALUE_TYPES,
  type Cardinality,
  type HandleService,
  type SelectOption,
  type ValueType,
} from './lightfield-types';

/** Value types the form can write. HTML is display-only (API.md §6). */
export type WritableValueType = Exclude<ValueType, 'HTML'>;
const WRITABLE_VALUE_TYPES = VALUE_TYPES.filter((t): t is WritableValueType => t !== 'HTML');

/** Object types a relationship picker exists for. */
const PICKABLE_OBJECT_TYPES = ['account', 'member', 'contact'] as const;
export type PickableObjectType = (typeof PICKABLE_OBJECT_TYPES)[number];

export interface FormField {
  key: string;
  label: string;
  description: string | null;
  valueType: WritableValueType;
  required: boolean;
  options: SelectOption[];
  currency: string | null;
  multipleValues: boolean;
  handleService: HandleService | null;
  /**
   * A dependent select: the key of the single select whose value decides which options apply
   * (each option's `parentId`). Absent on every other field.
   */
  parentFieldKey?: string;
}

export interface FormRelationship {
  key: string;
  label: string;
  description: string | null;
  cardinality: Cardinality;
  objectType: PickableObjectType;
  required: boolean;
}

/** The opportunity definitions reduced to what the form can write: `GET /api/definitions`. */
export interface FormDefinitions {
  fields: FormField[];
  relationships: FormRelationship[];
  /**
   * Read-only MARKDOWN fields: what Lightfield writes itself after a create (the AI summary,
   * API.md §18). Absent in payloads built before summaries were shown.
   */
  summaryFields?: SummaryField[];
  /** Which follow-up records the API key may create; absent (or both false): no section. */
  followUp?: FollowUpAvailability;
}

interface SummaryField {
  key: string;
  label: string;
}

// Live responses carry keys the spec lacks (slug, system, parentId, id: null), so parse leniently.
const optionSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  description: z.optional(z.nullable(z.string())),
  parentId: z.optional(z.nullable(z.string())),
});

const rawFieldSchema = z.looseObject({
  label: z.string(),
  description: z.optional(z.nullable(z.string())),
  valueType: z.string(),
  readOnly: z.optional(z.nullable(z.boolean())),
  typeConfiguration: z.optional(
    z.nullable(
      z.looseObject({
        options: z.optional(z.nullable(z.array(optionSchema))),
        currency: z.optional(z.nullable(z.string())),
        multipleValues: z.optional(z.nullable(z.boolean())),
        handleService: z.optional(z.nullable(z.string())),
        parentFieldKey: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
});

const rawRelationshipSchema = z.looseObject({
  label: z.string(),
  description: z.optional(z.nullable(z.string())),
  cardinality: z.string(),
  objectType: z.string(),
});

const rawDefinitionsSchema = z.looseObject({
  objectType: z.optional(z.string()),
  fieldDefinitions: z.record(z.string(), rawFieldSchema),
  relationshipDefinitions: z.optional(z.record(z.string(), rawRelationshipSchema)),
});

const isWritableValueType = (t: string): t is WritableValueType =>
  (WRITABLE_VALUE_TYPES as readonly string[]).includes(t);

const isHandleService = (s: string): s is HandleService =>
  (HANDLE_SERVICES as readonly string[]).includes(s);

const isPickable = (s: string): s is PickableObjectType =>
  (PICKABLE_OBJECT_TYPES as readonly string[]).includes(s);

const requiredFields: readonly string[] = REQUIRED_OPPORTUNITY_FIELDS;
const requiredRelationships: readonly string[] = REQUIRED_OPPORTUNITY_RELATIONSHIPS;
const readOnlyRelationships: readonly string[] = READ_ONLY_OPPORTUNITY_RELATIONSHIPS;

/** Required first in their canonical order, then the rest in definitions order. */
function requiredFirst<T extends { key: string; required: boolean }>(
  items: T[],
  order: readonly string[],
): T[] {
  const required = order.flatMap((k) => items.filter((i) => i.key === k));
  return [...required, ...items.filter((i) => !order.includes(i.key))];
}

/**
 * Reduces raw Lightfield opportunity definitions to the writable surface: read-only fields,
 * HTML and unknown value types, read-only relationships and relationships to object types the
 * form has no picker for are dropped. Throws a ZodError when the payload is not definitions.
 */
export function toFormDefinitions(raw: unknown): FormDefinitions {
  const parsed = rawDefinitionsSchema.parse(raw);
  const fields: FormField[] = [];
  const parentKeys = new Map<FormField, string>();
  const summaryFields: SummaryField[] = [];
  for (const [key, def] of Object.entries(parsed.fieldDefinitions)) {
    if (def.readOnly === true && def.valueType === 'MARKDOWN') {
      summaryFields.push({ key, label: def.label });
    }
    if (def.readOnly === true || !isWritableValueType(def.valueType)) continue;
    const config = def.typeConfiguration ?? {};
    const handleService = config.handleService ?? null;
    const field: FormField = {
      key,
      label: def.label,
      description: def.description ?? null,
      valueType: def.valueType,
      required: requiredFields.includes(key),
      options: (config.options ?? []).map((o) => ({
        id: o.id,
        label: o.label,
        description: o.description ?? null,
        ...(typeof o.parentId === 'string' && { parentId: o.parentId }),
      })),
      currency: config.currency ?? null,
      multipleValues: config.multipleValues === true,
      handleService: handleService && isHandleService(handleService) ? handleService : null,
    };
    if (config.parentFieldKey) parentKeys.set(field, config.parentFieldKey);
    fields.push(field);
  }
  // Kept only where the form can honour it: a parent the form shows, of a type that decides
  // options, and not itself dependent (one level, as Lightfield's pipelines: no chains, no loops).
  for (const [field, parentKey] of parentKeys) {
    const parent = fields.find((f) => f.key === parentKey);
    if (parent && !parentKeys.has(parent) && canDependOn(field, parent)) {
      field.parentFieldKey = parentKey;
    }
  }
  const relationships: FormRelationship[] = [];
  for (const [key, def] of Object.entries(parsed.relationshipDefinitions ?? {})) {
    if (readOnlyRelationships.includes(key) || !isPickable(def.objectType)) continue;
    relationships.push({
      key,
      label: def.label,
      description: def.description ?? null,
      // Casing differs between sources (API.md §14.7).
      cardinality: def.cardinality.toUpperCase() === 'HAS_MANY' ? 'HAS_MANY' : 'HAS_ONE',
      objectType: def.objectType,
      required: requiredRelationships.includes(key),
    });
  }
  return {
    fields: requiredFirst(fields, REQUIRED_OPPORTUNITY_FIELDS),
    relationships: requiredFirst(relationships, REQUIRED_OPPORTUNITY_RELATIONSHIPS),
    summaryFields,
  };
}
