import { useState } from 'react';
import type { ContactOption } from '../../../model/api-contract';
import { useSearchContacts } from '../../api/search-contacts';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { EntityPicker } from './entity-picker';
import { useLinkedAccountId } from './linked-account';
import { SEARCH_DEBOUNCE_MS, type PickerSearch } from './picker-search';
import { idsOf, type RelationshipPickerProps } from './relationship-picker-props';
import { t } from '../../i18n/translate';

const contactKey = (c: ContactOption) => c.id;
const contactName = (c: ContactOption) => c.name;
const contactDetail = (c: ContactOption) => [c.title, c.email].filter(Boolean).join(' · ') || null;

/** The deal account's people first (stable, so the server's name order holds within each). */
function accountContactsFirst(contacts: ContactOption[], accountId: string): ContactOption[] {
  if (!accountId) return contacts;
  const atAccount = (c: ContactOption) => c.accountIds.includes(accountId);
  return [...contacts.filter(atAccount), ...contacts.filter((c) => !atAccount(c))];
}

function useContactSearch(accountId: string): PickerSearch<ContactOption> {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // Only a settled text is searched: opening the list by typing must not first search for "".
  const settled = text.trim() === q;
  const query = useSearchContacts({ q, accountId }, { enabled: open && settled });
  return {
    items: accountContactsFirst(query.data ?? [], accountId),
    loading: open && (query.isFetching || !settled),
    errorText: query.isError ? t('contacts.failed') : null,
    onSearchChange: setText,
    onOpenChange: setOpen,
  };
}

export function ContactPicker(props: RelationshipPickerProps) {
  const accountId = useLinkedAccountId();
  const search = useContactSearch(accountId);
  // There is no contact lookup by id, so keep the records the rep picked to show their names.
  const [picked, setPicked] = useState<ReadonlyMap<string, ContactOption>>(new Map());
  const selected = idsOf(props.value).map(
    (id) => picked.get(id) ?? { id, name: id, email: null, title: null, accountIds: [] },
  );
  return (
    <EntityPicker
      {...props}
      search={search}
      selected={selected}
      itemKey={contactKey}
      itemLabel={contactName}
      itemDetail={contactDetail}
      emptyText={t('contacts.none')}
      placeholder={t('people.placeholder')}
      onPicked={(contacts) =>
        setPicked((prev) => new Map([...prev, ...contacts.map((c) => [c.id, c] as const)]))
      }
    />
  );
}
