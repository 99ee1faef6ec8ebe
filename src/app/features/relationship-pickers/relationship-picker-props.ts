import type { Ref } from 'react';
import type { FormRelationship } from '../../../model/form-definitions';
import type { ComboboxAria } from '../../components/combobox/combobox-types';

/** What every object type's picker receives; HAS_ONE holds an id, HAS_MANY a list of ids. */
export interface RelationshipPickerProps {
  relationship: FormRelationship;
  value: string | string[];
  onChange: (value: string | string[]) => void;
  onBlur: () => void;
  /** The input focus-on-error lands on. */
  inputRef: Ref<HTMLInputElement>;
  aria: ComboboxAria;
  labelId: string;
}

export const idsOf = (value: string | string[]): string[] =>
  Array.isArray(value) ? value : value ? [value] : [];
