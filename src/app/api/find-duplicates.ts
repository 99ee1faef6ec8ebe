import type { DuplicateCheckResponse } from '../../model/api-contract';
import type { CreateBody } from '../../model/lightfield-types';
import { apiFetch } from './api-client';

const findDuplicates = (name: string, accountId: string) =>
  apiFetch<DuplicateCheckResponse>(
    `/api/duplicates?${new URLSearchParams({ name, accountId }).toString()}`,
  );

export interface DuplicateFound extends DuplicateCheckResponse {
  name: string;
}

/**
 * Looks for a deal with this name on this account before the first send of a draft. Never in
 * the way: a failing check (network, Lightfield busy) lets the create go ahead, because the
 * Idempotency-Key — not this check — is what prevents double submits. `null` at once when there
 * is nothing to look for (no name or no account), so such a create starts in the same task.
 */
export function checkDuplicates(body: CreateBody): Promise<DuplicateFound | null> | null {
  const name = body.fields.$name;
  const account = body.relationships.$account;
  if (typeof name !== 'string' || typeof account !== 'string' || !name || !account) return null;
  return findDuplicates(name, account).then(
    (found) => (found.data.length > 0 ? { ...found, name } : null),
    () => null,
  );
}
