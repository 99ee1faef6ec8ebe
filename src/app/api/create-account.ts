import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import {
  API_IDEMPOTENCY_HEADER,
  type AccountOption,
  type CreateAccountRequest,
} from '../../model/api-contract';
import { newIdempotencyKey } from '../lib/new-idempotency-key';
import { apiFetch, type ApiError } from './api-client';

interface AccountCreate {
  name: string;
  idempotencyKey: string;
}

/** Find-or-create by exact name, under the given Idempotency-Key. */
const createAccount = ({ name, idempotencyKey }: AccountCreate) =>
  apiFetch<AccountOption>('/api/accounts', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [API_IDEMPOTENCY_HEADER]: idempotencyKey,
    },
    body: JSON.stringify({ name } satisfies CreateAccountRequest),
  });

/**
 * The inline creates of one form (one draft): one key per typed name, kept across clicks, so
 * trying again after a lost answer replays the account Lightfield may already have made (its
 * name search lags, so the BFF's lookup would not find it); and a click while that name's
 * create still runs joins it rather than sending a second.
 */
export function useCreateAccount() {
  const keys = useRef(new Map<string, string>());
  const running = useRef(new Map<string, Promise<AccountOption>>());
  const mutation = useMutation<AccountOption, ApiError, AccountCreate>({
    mutationFn: createAccount,
    retry: false,
  });
  const create = (name: string): Promise<AccountOption> => {
    const joined = running.current.get(name);
    if (joined) return joined;
    const idempotencyKey = keys.current.get(name) ?? newIdempotencyKey();
    keys.current.set(name, idempotencyKey);
    const started = mutation
      .mutateAsync({ name, idempotencyKey })
      .finally(() => running.current.delete(name));
    running.current.set(name, started);
    return started;
  };
  return {
    create,
    isPending: mutation.isPending,
    isError: mutation.isError,
    /** The name of the latest create. */
    name: mutation.variables?.name,
  };
}
