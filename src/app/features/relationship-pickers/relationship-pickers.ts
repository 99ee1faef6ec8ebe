import type { ComponentType } from 'react';
import type { PickableObjectType } from '../../../model/form-definitions';
import { AccountPicker } from './account-picker';
import { ContactPicker } from './contact-picker';
import { MemberPicker } from './member-picker';
import type { RelationshipPickerProps } from './relationship-picker-props';

/** One picker per object type a relationship can point at; missing one does not compile. */
export const RELATIONSHIP_PICKERS: Record<
  PickableObjectType,
  ComponentType<RelationshipPickerProps>
> = {
  account: AccountPicker,
  member: MemberPicker,
  contact: ContactPicker,
};
