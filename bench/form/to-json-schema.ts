import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { DefinitionsResponse, FieldDefinition } from '../../src/model/lightfield-types';
import { REQUIRED_OPPORTUNITY_FIELDS } from '../../src/model/lightfield-types';

const ADDRESS_PARTS = {
  street: 'Street',
  street2: 'Street 2',
  city: 'City',
  state: 'State',
  postalCode: 'Postal code',
  country: 'Country',
} as const;

// rjsf's idiomatic spelling of each Lightfield type: what a team would write without custom widgets.
function fieldSchema(def: FieldDefinition): { schema: RJSFSchema; ui?: UiSchema } {
  const title = def.label;
  const description = def.description ?? undefined;
  const base = { title, description };
  const list = (item: RJSFSchema): RJSFSchema =>
    def.typeConfiguration.multipleValues
      ? { ...base, type: 'array', items: item }
      : { ...base, ...item };
  const choices = (def.typeConfiguration.options ?? []).map((o) => ({
    const: o.id,
    title: o.label,
  }));
  switch (def.valueType) {
    case 'TEXT':
    case 'SOCIAL_HANDLE':
      return { schema: { ...base, type: 'string' } };
    case 'MARKDOWN':
      return { schema: { ...base, type: 'string' }, ui: { 'ui:widget': 'textarea' } };
    case 'NUMBER':
    case 'CURRENCY':
      return { schema: { ...base, type: 'number' } };
    case 'DATETIME':
      return { schema: { ...base, type: 'string', format: 'date-time' } };
    case 'CHECKBOX':
      return { schema: { ...base, type: 'boolean' } };
    case 'SINGLE_SELECT':
      return { schema: { ...base, type: 'string', oneOf: choices } };
    case 'MULTI_SELECT':
      return {
        schema: {
          ...base,
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', oneOf: choices },
        },
      };
    case 'EMAIL':
      return { schema: list({ type: 'string', format: 'email' }) };
    case 'URL':
      return { schema: list({ type: 'string', format: 'uri' }) };
    case 'TELEPHONE':
      return { schema: list({ type: 'string', pattern: '^\\+?[0-9 ()-]{6,}$' }) };
    case 'ADDRESS':
      return {
        schema: {
          ...base,
          type: 'object',
          properties: Object.fromEntries(
            Object.entries(ADDRESS_PARTS).map(([key, label]) => [
              key,
              { type: 'string', title: label },
            ]),
          ),
        },
      };
    case 'FULL_NAME':
      return {
        schema: {
          ...base,
          type: 'object',
          properties: {
            firstName: { type: 'string', title: 'First name' },
            lastName: { type: 'string', title: 'Last name' },
          },
        },
      };
    case 'HTML':
      return { schema: { ...base, type: 'string', readOnly: true } };
  }
}

/** The same fields as one JSON Schema (an object keyed like Lightfield) plus its uiSchema. */
export function toJsonSchema(org: DefinitionsResponse): { schema: RJSFSchema; uiSchema: UiSchema } {
  const properties: Record<string, RJSFSchema> = {};
  const uiSchema: UiSchema = {};
  for (const [key, def] of Object.entries(org.fieldDefinitions)) {
    const { schema, ui } = fieldSchema(def);
    properties[key] = schema;
    if (ui) uiSchema[key] = ui;
  }
  return {
    schema: { type: 'object', required: [...REQUIRED_OPPORTUNITY_FIELDS], properties },
    uiSchema,
  };
}
