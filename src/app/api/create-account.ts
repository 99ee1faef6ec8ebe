import { useMutation } from '@tanstack/react-query';
import {
  API_IDEMPOTENCY_HEADER,
  type AccountOption,
  type CreateAccountRequest,
} from '../../model/api-contract';
import { newIdempotencyKey } from '../lib/new-idempotency-key';
import { apiFetch, type ApiError } from './api-client';

/** Find-or-create by exact name; each inline create is its own attempt, with its own key. */
export const createAccount = (name: string) =>
  apiFetch<AccountOption>('/api/accounts', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [API_IDEMPOTENCY_HEADER]: newIdempotencyKey(),
    },
    body: JSON.stringify({ name } satisfies CreateAccountRequest),
  });

export const useCreateAccount = () =>
  useMutation<AccountOption, ApiError, string>({ mutationFn: createAccount, retry: false });
