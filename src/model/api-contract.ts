// The BFF's `/api/*` surface, shared by the server and the browser.

import type { FollowUpRequest, FollowUpResult } from './follow-up';
import type { CreateBody } from './lightfield-types';

export const API_IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export type AppMode = 'demo' | 'live';

export interface HealthResponse {
  status: 'ok';
  mode: AppMode;
}

/** `GET /api/session`: who the trusted auth proxy says is signed in, and their Lightfield member. */
export interface SessionResponse {
  /** Null when the BFF runs without `TRUSTED_USER_HEADER`. */
  email: string | null;
  /** The member whose email matches; null when none does (or no email). */
  memberId: string | null;
}

export interface AccountOption {
  id: string;
  name: string;
  website: string | null;
  city: string | null;
}

/** `POST /api/accounts` (inline create, find-or-create by exact name): answers an AccountOption. */
export interface CreateAccountRequest {
  name: string;
}
export const ACCOUNT_NAME_MAX_LENGTH = 200;

export interface MemberOption {
  id: string;
  name: string;
  email: string | null;
}

export interface ContactOption {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  accountIds: string[];
}

export interface ListPayload<T> {
  data: T[];
}

export interface CreatedOpportunity {
  id: string;
  httpLink: string | null;
  name: string;
}

/** `POST /api/opportunities`: the deal's body, and the task and note to create after it. */
export interface CreateOpportunityRequest extends CreateBody {
  followUp?: FollowUpRequest;
}

/** Its answer: the deal, what became of each follow-up record, and the summary to wait for. */
export interface CreateOpportunityResponse extends CreatedOpportunity {
  /** Present when the request asked for a task or a note. */
  followUp?: FollowUpResult;
  /** Read-only MARKDOWN fields (AI summaries) that were empty in the create answer. */
  summaryKeys: string[];
}

/** `GET /api/opportunities/:id`: the deal's read-only MARKDOWN fields that have a value. */
export interface OpportunitySummaryResponse {
  id: string;
  summaries: Array<{ key: string; label: string; markdown: string }>;
}

/** `GET /api/duplicates?name=…&accountId=…`: deals that look like the one about to be created. */
export interface DuplicateCheckResponse {
  data: CreatedOpportunity[];
  /** The account's name, for "A deal named … already exists for …"; null if unknown. */
  accountName: string | null;
}

export type ApiErrorCode =
  | 'validation_failed'
  | 'bad_request'
  | 'not_found'
  | 'idempotency_key_required'
  | 'idempotency_key_reused'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'upstream_unauthorized'
  | 'upstream_forbidden'
  | 'upstream_rejected'
  | 'upstream_rate_limited'
  | 'upstream_unavailable'
  | 'definitions_changed'
  | 'rate_limited'
  | 'forbidden_origin'
  | 'misdirected_request'
  | 'unauthenticated'
  | 'internal_error';

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** Per-control messages keyed `fields.<key>` / `relationships.<key>`. */
    fields?: Record<string, string>;
    /** True when the same request may succeed later (same Idempotency-Key). */
    retryable?: boolean;
    requestId?: string;
  };
}

/** `GET /api/embed-config`: the parent origins the embedded app may talk to besides its own. */
export interface EmbedConfigResponse {
  allowedOrigins: string[];
}

/** `GET /api/demo/opportunities/:id` (demo mode only): the deal as Lightfield stores it. */
export interface DemoRecordResponse {
  record: unknown;
}
