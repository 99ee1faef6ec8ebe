// Wire shapes of the Lightfield REST API (Lightfield-Version 2026-03-01) as this app uses them.
// Reads wrap values as {valueType, value}; writes send bare values.

export const LIGHTFIELD_VERSION = '2026-03-01';

export const VALUE_TYPES = [
  'ADDRESS',
  'CHECKBOX',
  'CURRENCY',
  'DATETIME',
  'EMAIL',
  'FULL_NAME',
  'MARKDOWN',
  'MULTI_SELECT',
  'NUMBER',
  'SINGLE_SELECT',
  'SOCIAL_HANDLE',
  'TELEPHONE',
  'TEXT',
  'URL',
  'HTML',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export const HANDLE_SERVICES = ['TWITTER', 'LINKEDIN', 'FACEBOOK', 'INSTAGRAM'] as const;
export type HandleService = (typeof HANDLE_SERVICES)[number];

export type Cardinality = 'HAS_ONE' | 'HAS_MANY';

export interface SelectOption {
  id: string;
  label: string;
  description?: string | null;
  /** In a dependent select: the id of the parent field's option this one belongs to (§5). */
  parentId?: string | null;
}

export interface TypeConfiguration {
  options?: SelectOption[];
  currency?: string;
  unique?: boolean;
  multipleValues?: boolean;
  handleService?: HandleService;
  /** A dependent select: the key of the field whose value decides its options (§5, §19). */
  parentFieldKey?: string;
}

export interface FieldDefinition {
  id?: string | null;
  slug?: string;
  label: string;
  description: string | null;
  valueType: ValueType;
  readOnly?: boolean;
  system?: boolean;
  typeConfiguration: TypeConfiguration;
}

export interface RelationshipDefinition {
  id?: string | null;
  slug?: string;
  label: string;
  description: string | null;
  cardinality: Cardinality;
  objectType: string;
}

export interface DefinitionsResponse {
  objectType: string;
  fieldDefinitions: Record<string, FieldDefinition>;
  relationshipDefinitions: Record<string, RelationshipDefinition>;
}

export interface Address {
  street?: string | null;
  street2?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface FullName {
  firstName?: string | null;
  lastName?: string | null;
}

/** A bare value as written on create (API.md §6). */
export type WriteValue = string | number | boolean | null | string[] | Address | FullName;

export interface CreateBody {
  fields: Record<string, WriteValue>;
  relationships: Record<string, string | string[]>;
}

export interface ReadFieldValue {
  valueType: ValueType;
  value: unknown;
}

export interface ReadRelationship {
  cardinality: string;
  objectType: string;
  values: string[];
}

export interface LightfieldRecord {
  id: string;
  createdAt: string;
  updatedAt: string | null;
  httpLink: string | null;
  externalId?: string | null;
  fields: Record<string, ReadFieldValue>;
  relationships: Record<string, ReadRelationship>;
}

export interface ListResponse<T = LightfieldRecord> {
  object: 'list';
  data: T[];
  totalCount: number;
}

export interface AuthValidateResponse {
  active: boolean;
  tokenType: string;
  subjectType: 'user' | 'workspace';
  scopes: string[];
}

/** Inner error object; Lightfield wraps it in {error: …} (docs) or sends it flat (spec). */
export interface LightfieldError {
  type: string;
  message: string;
  code?: string;
  param?: string;
}

/** Relationships the API lists on opportunities but never accepts on create (API.md §12). */
export const READ_ONLY_OPPORTUNITY_RELATIONSHIPS = ['$task', '$note', '$meeting'] as const;

/** The opportunity's account relationship: what the pickers and "Another for" key on. */
export const ACCOUNT_RELATIONSHIP_KEY = '$account';
/** The opportunity's owner: whom a next step is assigned to. */
export const OWNER_RELATIONSHIP_KEY = '$owner';

/** Required on opportunity create (API.md §7.3). */
export const REQUIRED_OPPORTUNITY_FIELDS = ['$name', '$stage'] as const;
export const REQUIRED_OPPORTUNITY_RELATIONSHIPS = [ACCOUNT_RELATIONSHIP_KEY] as const;
