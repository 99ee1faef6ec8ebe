import type { Control, UseFormGetErrors, UseFormSubscribe } from 'react-hook-form';
import type { FormValues } from '../../../model/form-schema';
import type { CreateOpportunityRequest } from '../../../model/api-contract';

/** The deal form's control: FormValues in, the Lightfield create body out. */
export type DealFormControl = Control<FormValues, unknown, CreateOpportunityRequest>;

/** What each control binds to: the form's control, its form-state subscription and errors. */
export interface DealFormBinding {
  control: DealFormControl;
  subscribe: UseFormSubscribe<FormValues>;
  getErrors: UseFormGetErrors<FormValues>;
}
