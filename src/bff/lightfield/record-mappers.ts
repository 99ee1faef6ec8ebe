import type {
  AccountOption,
  ContactOption,
  CreatedOpportunity,
  MemberOption,
} from '../../model/api-contract';
import type { LightfieldRecord } from '../../model/lightfield-types';

// Reads wrap values as {valueType, value}; a missing key means unset (API.md §4).
const valueOf = (record: LightfieldRecord, key: string): unknown =>
  record.fields[key]?.value ?? null;

const firstString = (v: unknown): string | null => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' && first ? first : null;
};

const fullName = (v: unknown): string => {
  if (!v || typeof v !== 'object') return '';
  const { firstName, lastName } = v as { firstName?: unknown; lastName?: unknown };
  return [firstName, lastName].filter((p) => typeof p === 'string' && p).join(' ');
};

export function toAccountOption(record: LightfieldRecord): AccountOption {
  const address = valueOf(record, '$primaryAddress');
  const city =
    address && typeof address === 'object' && 'city' in address ? firstString(address.city) : null;
  return {
    id: record.id,
    name: firstString(valueOf(record, '$name')) ?? record.id,
    website: firstString(valueOf(record, '$website')),
    city,
  };
}

export function toMemberOption(record: LightfieldRecord): MemberOption {
  const email = firstString(valueOf(record, '$email'));
  return { id: record.id, name: fullName(valueOf(record, '$name')) || email || record.id, email };
}

export function toContactOption(record: LightfieldRecord): ContactOption {
  const email = firstString(valueOf(record, '$email'));
  return {
    id: record.id,
    name: fullName(valueOf(record, '$name')) || email || record.id,
    email,
    title: firstString(valueOf(record, '$title')),
    accountIds: record.relationships.$account?.values ?? [],
  };
}

export function toCreatedOpportunity(record: LightfieldRecord): CreatedOpportunity {
  return {
    id: record.id,
    httpLink: record.httpLink,
    name: firstString(valueOf(record, '$name')) ?? '',
  };
}
