import type {
  DefinitionsResponse,
  FieldDefinition,
  HandleService,
  ValueType,
} from '../../src/model/lightfield-types';

/** How many custom fields the generated org has, besides the required `$name` and `$stage`. */
export const CUSTOM_FIELD_COUNT = 300;

// Every writable type except SINGLE_SELECT, which gets its own ~10 % share below.
const OTHER_TYPES: ValueType[] = [
  'TEXT',
  'MARKDOWN',
  'NUMBER',
  'CURRENCY',
  'DATETIME',
  'CHECKBOX',
  'MULTI_SELECT',
  'EMAIL',
  'URL',
  'TELEPHONE',
  'ADDRESS',
  'FULL_NAME',
  'SOCIAL_HANDLE',
];
const HANDLE_SERVICES: HandleService[] = ['TWITTER', 'LINKEDIN', 'FACEBOOK', 'INSTAGRAM'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'];

const options = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `opt_${prefix}_${i}`,
    label: `${prefix} option ${i + 1}`,
    description: i % 3 === 0 ? `Description of ${prefix} option ${i + 1}` : null,
  }));

function customField(index: number): FieldDefinition {
  const n = index + 1;
  // Every tenth field is a single select (30 of 300); the rest cycle through the other types.
  const valueType: ValueType =
    n % 10 === 0
      ? 'SINGLE_SELECT'
      : OTHER_TYPES[(index - Math.floor(index / 10)) % OTHER_TYPES.length]!;
  const label = `Custom ${n} ${valueType.toLowerCase().replace('_', ' ')}`;
  const description = n % 4 === 0 ? `Help text for custom field ${n}` : null;
  const base = { label, description, valueType };
  switch (valueType) {
    case 'SINGLE_SELECT':
    case 'MULTI_SELECT':
      return { ...base, typeConfiguration: { options: options(`f${n}`, 8) } };
    case 'CURRENCY':
      return { ...base, typeConfiguration: { currency: CURRENCIES[n % CURRENCIES.length]! } };
    case 'EMAIL':
    case 'URL':
    case 'TELEPHONE':
      // Both variants of multipleValues, alternating.
      return { ...base, typeConfiguration: { multipleValues: n % 2 === 0 } };
    case 'SOCIAL_HANDLE':
      return {
        ...base,
        typeConfiguration: { handleService: HANDLE_SERVICES[n % HANDLE_SERVICES.length]! },
      };
    default:
      return { ...base, typeConfiguration: {} };
  }
}

/**
 * A deterministic org: the required `$name` and `$stage` plus 300 custom fields. No
 * relationships: a picker needs a search backend, and rjsf has no counterpart to compare with.
 */
export function generateOrg(): DefinitionsResponse {
  const fieldDefinitions: Record<string, FieldDefinition> = {
    $name: { label: 'Name', description: null, valueType: 'TEXT', typeConfiguration: {} },
    $stage: {
      label: 'Stage',
      description: null,
      valueType: 'SINGLE_SELECT',
      typeConfiguration: { options: options('stage', 6) },
    },
  };
  for (let i = 0; i < CUSTOM_FIELD_COUNT; i++) fieldDefinitions[`custom${i + 1}`] = customField(i);
  return { objectType: 'opportunity', fieldDefinitions, relationshipDefinitions: {} };
}

/** The TEXT field closest to the end of the form: the bench types into it. */
export function lastTextFieldLabel(org: DefinitionsResponse): string {
  const texts = Object.values(org.fieldDefinitions).filter((f) => f.valueType === 'TEXT');
  const last = texts.at(-1);
  if (!last) throw new Error('the generated org has no TEXT field');
  return last.label;
}
