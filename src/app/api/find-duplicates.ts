import type { DuplicateCheckResponse } from '../../model/api-contract';
import { apiFetch } from './api-client';

export const findDuplicates = (name: string, accountId: string) =>
  apiFetch<DuplicateCheckResponse>(
    `/api/duplicates?${new URLSearchParams({ name, accountId }).toString()}`,
  );
