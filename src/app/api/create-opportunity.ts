import { useMutation } from '@tanstack/react-query';
import { API_IDEMPOTENCY_HEADER, type CreatedOpportunity } from '../../model/api-contract';
import type { CreateBody } from '../../model/lightfield-types';
import { apiFetch, type ApiError } from './api-client';

export interface CreateOpportunityInput {
  body: CreateBody;
  /** One per draft: a retry with the same key can never create a second deal. */
  idempotencyKey: string;
}

export const createOpportunity = ({ body, idempotencyKey }: CreateOpportunityInput) =>
  apiFetch<CreatedOpportunity>('/api/opportunities', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [API_IDEMPOTENCY_HEADER]: idempotencyKey,
    },
    body: JSON.stringify(body),
  });

export const useCreateOpportunity = () =>
  useMutation<CreatedOpportunity, ApiError, CreateOpportunityInput>({
    mutationFn: createOpportunity,
    // Retrying is the rep's call ("Try again"), always with the same key.
    retry: false,
  });
