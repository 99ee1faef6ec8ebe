import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AccountOption } from '../../../model/api-contract';
import { useCreateAccount } from '../../api/create-account';
import { accountQueryOptions } from '../../api/get-account';
import { useSearchAccounts } from '../../api/search-accounts';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { EntityPicker } from './entity-picker';
import { SEARCH_DEBOUNCE_MS, type PickerSearch } from './picker-search';
import { idsOf, type RelationshipPickerProps } from './relationship-picker-props';
import { t } from '../../i18n/translate';
import './account-picker.css';

/** The extra option a search that found nothing offers: make an account of that name. */
interface CreateChoice {
  create: string;
}
type AccountChoice = AccountOption | CreateChoice;

const isCreate = (c: AccountChoice): c is CreateChoice => 'create' in c;
// Lightfield ids never contain a space, so a create choice cannot collide with a record.
const accountKey = (c: AccountChoice) => (isCreate(c) ? `create ${c.create}` : c.id);
const accountName = (c: AccountChoice) =>
  isCreate(c) ? t('accounts.create', { name: c.create }) : c.name;
// Picking "Create account “X”" leaves X in the input while (and if) the create runs.
const accountText = (c: AccountChoice) => (isCreate(c) ? c.create : c.name);
const accountDetail = (c: AccountChoice) =>
  isCreate(c) ? null : [c.website, c.city].filter(Boolean).join(' · ') || null;

/**
 * Server-side prefix search, debounced; React Query cancels the requests it supersedes. A
 * settled search that found nothing offers to create the account instead.
 */
function useAccountSearch(): PickerSearch<AccountChoice> {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // Only a settled text is searched: opening the list by typing must not first search for "".
  const settled = text.trim() === q;
  const query = useSearchAccounts(q, { enabled: open && settled });
  const found = query.data ?? [];
  const offerCreate = settled && q !== '' && query.isSuccess && !query.isFetching && !found.length;
  return {
    items: offerCreate ? [{ create: q }] : found,
    loading: open && (query.isFetching || !settled),
    errorText: query.isError ? t('accounts.failed') : null,
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
  const creation = useCreateAccount();
  const creates = {
    isCreate,
    create: async (choice: AccountChoice) => {
      if (!isCreate(choice)) return choice;
      try {
        // Not in list search for a while (index lag): the detail cache seeded by onPicked
        // is what shows its name.
        return await creation.create(choice.create);
      } catch {
        return null;
      }
    },
  };
  let status = '';
  if (creation.isPending) status = t('accounts.creating', { name: creation.name ?? '' });
  else if (creation.isError) status = t('accounts.createFailed', { name: creation.name ?? '' });
  return (
    <>
      <EntityPicker<AccountChoice>
        {...props}
        search={search}
        creates={creates}
        selected={selected}
        itemKey={accountKey}
        itemLabel={accountName}
        itemText={accountText}
        itemDetail={accountDetail}
        emptyText={t('accounts.none')}
        placeholder={t('accounts.placeholder')}
        onPicked={(accounts) => {
          for (const a of accounts) {
            if (!isCreate(a)) queryClient.setQueryData(accountQueryOptions(a.id).queryKey, a);
          }
        }}
      />
      <p className="picker-status" role="status">
        {status}
      </p>
    </>
  );
}
