import { parentOf, parentsFirst } from '../../../model/field-types/dependent-options';
import type { FormDefinitions, FormField, FormRelationship } from '../../../model/form-definitions';
import type { ControlName } from '../../../model/form-schema';
import { OWNER_RELATIONSHIP_KEY } from '../../../model/lightfield-types';

interface LayoutBase {
  name: ControlName;
  /** Required controls and the owner: the first section of the form. */
  essential: boolean;
}

export type LayoutItem =
  | (LayoutBase & {
      kind: 'field';
      field: FormField;
      /** The field whose value decides this one's options (a dependent select), else null. */
      parent: FormField | null;
    })
  | (LayoutBase & { kind: 'relationship'; relationship: FormRelationship });

/**
 * The order controls are shown in, which is also the order focus-on-error walks: required
 * fields, required relationships, the owner, then the other fields and relationships in
 * definitions order. The parent of a dependent select comes right before it, so a required
 * dependent brings its parent into the first section (Sales pipeline, then Stage).
 */
export function formLayout(defs: FormDefinitions): LayoutItem[] {
  const field = (f: FormField, essential: boolean): LayoutItem => ({
    kind: 'field',
    name: `fields.${f.key}`,
    essential,
    field: f,
    parent: parentOf(defs, f),
  });
  const essentialFields = parentsFirst(
    defs,
    defs.fields.filter((f) => f.required),
  );
  const rel = (r: FormRelationship, essential: boolean): LayoutItem => ({
    kind: 'relationship',
    name: `relationships.${r.key}`,
    essential,
    relationship: r,
  });
  // Shown right after the required controls: a deal without an owner is easy to lose.
  const isOwner = (r: FormRelationship) => !r.required && r.key === OWNER_RELATIONSHIP_KEY;
  const otherFields = parentsFirst(
    defs,
    defs.fields.filter((f) => !essentialFields.includes(f)),
    essentialFields,
  );
  return [
    ...essentialFields.map((f) => field(f, true)),
    ...defs.relationships.filter((r) => r.required).map((r) => rel(r, true)),
    ...defs.relationships.filter(isOwner).map((r) => rel(r, true)),
    ...otherFields.map((f) => field(f, false)),
    ...defs.relationships.filter((r) => !r.required && !isOwner(r)).map((r) => rel(r, false)),
  ];
}
