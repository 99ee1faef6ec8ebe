import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AccountOption } from '../../../model/api-contract';
import { accountQueryOptions } from '../../api/get-account';
import { useSearchAccounts } from '../../api/search-accounts';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { EntityPicker } from './entity-picker';
import { SEARCH_DEBOUNCE_MS, type PickerSearch } from './picker-search';
import { idsOf, type RelationshipPickerProps } from './relationship-picker-props';

const accountKey = (a: AccountOption) => a.id;
const accountName = (a: AccountOption) => a.name;
const accountDetail = (a: AccountOption) => [a.website, a.city].filter(Boolean).join(' · ') || null;

/** Server-side prefix search, debounced; React Query cancels the requests it supersedes. */
function useAccountSearch(): PickerSearch<AccountOption> {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // Only a settled text is searched: opening the list by typing must not first search for "".
  const settled = text.trim() === q;
  const query = useSearchAccounts(q, { enabled: open && settled });
  return {
    items: query.data ?? [],
    loading: open && (query.isFetching || !settled),
    errorText: query.isError ? 'Could not load accounts. Type again to retry.' : null,
    onSearchChange: setText,
    onOpenChange: setOpen,
  };
}

/** The picked accounts, read from the detail cache the picker seeds on every pick. */
function usePickedAccounts(ids: string[]): AccountOption[] {
  return useQueries({
    queries: ids.map((id) => accountQueryOptions(id)),
    combine: (results) =>
      results.map(
        (r, i): AccountOption =>
          r.data ?? { id: ids[i] ?? '', name: ids[i] ?? '', website: null, city: null },
      ),
  });
}

export function AccountPicker(props: RelationshipPickerProps) {
  const queryClient = useQueryClient();
  const search = useAccountSearch();
  const selected = usePickedAccounts(idsOf(props.value));
  return (
    <EntityPicker
      {...props}
      search={search}
      selected={selected}
      itemKey={accountKey}
      itemLabel={accountName}
      itemDetail={accountDetail}
      emptyText="No accounts match"
      placeholder="Type to search accounts…"
      onPicked={(accounts) => {
        for (const a of accounts) {
          queryClient.setQueryData(accountQueryOptions(a.id).queryKey, a);
        }
      }}
    />
  );
}
