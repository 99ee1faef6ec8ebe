import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CreateOpportunityRequest } from '../../../model/api-contract';
import type { FormValues } from '../../../model/form-schema';
import { sessionQueryOptions } from '../../api/get-session';

type OwnerForm = Pick<
  UseFormReturn<FormValues, unknown, CreateOpportunityRequest>,
  'subscribe' | 'getValues' | 'setValue'
>;

/**
 * A next step is assigned to the deal's Owner. The first time the rep types one while Owner is
 * empty, Owner becomes the signed-in rep's member (behind the access gate); without a gate, or
 * with no matching member, Owner stays empty for the rep to pick. Asked once, and only then: a
 * deal without a next step never costs the request.
 */
export function useOwnerForNextStep(form: OwnerForm, hasOwnerControl: boolean) {
  const queryClient = useQueryClient();
  const { subscribe, getValues, setValue } = form;
  useEffect(() => {
    if (!hasOwnerControl) return;
    let asked = false;
    const ownerEmpty = () => !getValues('relationships.$owner');
    return subscribe({
      name: 'followUp.nextStep',
      formState: { values: true },
      callback: ({ values }) => {
        if (asked || !values.followUp?.nextStep.trim() || !ownerEmpty()) return;
        asked = true;
        queryClient.fetchQuery(sessionQueryOptions()).then(
          ({ memberId }) => {
            // The rep may have picked an Owner meanwhile: theirs stands.
            if (memberId && ownerEmpty()) {
              setValue('relationships.$owner', memberId, { shouldDirty: true });
            }
          },
          () => {},
        );
      },
    });
  }, [subscribe, getValues, setValue, queryClient, hasOwnerControl]);
}
