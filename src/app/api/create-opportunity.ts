import {
  API_IDEMPOTENCY_HEADER,
  type CreateOpportunityRequest,
  type CreateOpportunityResponse,
} from '../../model/api-contract';
import { apiFetch } from './api-client';

export interface CreateOpportunityInput {
  body: CreateOpportunityRequest;
  /** One per draft: a retry with the same key can never create a second deal. */
  idempotencyKey: string;
}

/**
 * The one create request: the deal, then its task and note (the BFF makes them, each under a
 * key derived from this one). No TanStack mutation around it: the form owns the state of a create
 * (pending, failure, a retry with the same key), and a mutation's own async steps would delay
 * the request behind a render of the whole form.
 */
export const createOpportunity = ({ body, idempotencyKey }: CreateOpportunityInput) =>
  apiFetch<CreateOpportunityResponse>('/api/opportunities', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [API_IDEMPOTENCY_HEADER]: idempotencyKey,
    },
    body: JSON.stringify(body),
  });
