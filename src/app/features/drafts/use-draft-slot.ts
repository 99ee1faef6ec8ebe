import { queryOptions, useQuery } from '@tanstack/react-query';
import { claimDraftSlot } from './draft-slot';

// Claimed once per page: the slot's lock is held for the page's life, so it is never refetched.
export const draftSlotQueryOptions = () =>
  queryOptions({
    queryKey: ['draft-slot'],
    queryFn: () => claimDraftSlot(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/** This tab's draft slot; claimed alongside the definitions request, so it costs no wait. */
export const useDraftSlot = () => useQuery(draftSlotQueryOptions());
