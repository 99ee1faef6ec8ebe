import { useMemo, useState } from 'react';
import type { MemberOption } from '../../../model/api-contract';
import { useMembers } from '../../api/get-members';
import { EntityPicker } from './entity-picker';
import type { PickerSearch } from './picker-search';
import { idsOf, type RelationshipPickerProps } from './relationship-picker-props';
import { t } from '../../i18n/translate';

// Enough to pick from; typing narrows the rest.
const MAX_SHOWN = 50;

const memberKey = (m: MemberOption) => m.id;
const memberName = (m: MemberOption) => m.name;
const memberDetail = (m: MemberOption) => m.email;

export function MemberPicker(props: RelationshipPickerProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const ids = idsOf(props.value);
  // Members cannot be searched upstream: load them all once (cached), filter here.
  const query = useMembers({ enabled: open || ids.length > 0 });
  const members = useMemo(() => query.data ?? [], [query.data]);
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);

  const needle = text.trim().toLocaleLowerCase();
  const matches = (
    needle
      ? members.filter(
          (m) =>
            m.name.toLocaleLowerCase().includes(needle) ||
            (m.email ?? '').toLocaleLowerCase().includes(needle),
        )
      : members
  ).slice(0, MAX_SHOWN);

  const search: PickerSearch<MemberOption> = {
    items: matches,
    loading: query.isPending && query.fetchStatus === 'fetching',
    errorText: query.isError ? t('members.failed') : null,
    onSearchChange: setText,
    onOpenChange: setOpen,
  };
  const selected = ids.map((id) => byId.get(id) ?? { id, name: id, email: null });

  return (
    <EntityPicker
      {...props}
      search={search}
      selected={selected}
      itemKey={memberKey}
      itemLabel={memberName}
      itemDetail={memberDetail}
      emptyText={t('members.none')}
      placeholder={t('people.placeholder')}
    />
  );
}
