import type { FormDefinitions, FormField, FormRelationship } from '../../../model/form-definitions';
import type { ControlName } from './form-types';

interface LayoutBase {
  name: ControlName;
  /** Required controls and the owner: the first section of the form. */
  essential: boolean;
}

export type LayoutItem =
  | (LayoutBase & { kind: 'field'; field: FormField })
  | (LayoutBase & { kind: 'relationship'; relationship: FormRelationship });

/** Shown right after the required controls: a deal without an owner is easy to lose. */
export const OWNER_RELATIONSHIP_KEY = '$owner';

/**
 * The order controls are shown in, which is also the order focus-on-error walks: required
 * fields, required relationships, the owner, then the other fields and relationships in
 * definitions order.
 */
export function formLayout(defs: FormDefinitions): LayoutItem[] {
  const field = (f: FormField, essential: boolean): LayoutItem => ({
    kind: 'field',
    name: `fields.${f.key}`,
    essential,
    field: f,
  });
  const rel = (r: FormRelationship, essential: boolean): LayoutItem => ({
    kind: 'relationship',
    name: `relationships.${r.key}`,
    essential,
    relationship: r,
  });
  const isOwner = (r: FormRelationship) => !r.required && r.key === OWNER_RELATIONSHIP_KEY;
  return [
    ...defs.fields.filter((f) => f.required).map((f) => field(f, true)),
    ...defs.relationships.filter((r) => r.required).map((r) => rel(r, true)),
    ...defs.relationships.filter(isOwner).map((r) => rel(r, true)),
    ...defs.fields.filter((f) => !f.required).map((f) => field(f, false)),
    ...defs.relationships.filter((r) => !r.required && !isOwner(r)).map((r) => rel(r, false)),
  ];
}
