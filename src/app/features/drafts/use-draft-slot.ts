import { queryOptions, useQuery } from '@tanstack/react-query';
import { claimDraftSlot, type DraftSlot } from './draft-slot';

const DRAFT_SLOT_KEY = ['draft-slot'] as const;

// Claimed once per page: the page holds the slot's lock until it goes. A refetch (the demo's
// reset invalidates every query) keeps the slot it has; claiming again would find its own lock
// taken and move the tab's draft to another slot.
export const draftSlotQueryOptions = () =>
  queryOptions({
    queryKey: DRAFT_SLOT_KEY,
    queryFn: ({ client }) => client.getQueryData<DraftSlot>(DRAFT_SLOT_KEY) ?? claimDraftSlot(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/** This tab's draft slot, claimed while the definitions load. */
export const useDraftSlot = () => useQuery(draftSlotQueryOptions());
