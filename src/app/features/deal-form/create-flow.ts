import type {
  CreateOpportunityRequest,
  CreateOpportunityResponse,
} from '../../../model/api-contract';
import { pendingFollowUp } from '../../../model/follow-up';
import type { DuplicateFound } from '../../api/find-duplicates';
import { interruptedCreate, type SubmitFailure } from './submit-failure';

/**
 * Where one draft's create stands:
 * idle → checking (the same deal may exist) → confirming (it does: the rep decides) → sending →
 * failed or created. A definite failure lets the rep edit and submit again; an ambiguous one
 * (retryable) keeps the payload frozen until a retry settles it. Created with its task or note
 * still missing, the success view retries the same request (followUpRetrying) until they exist.
 */
type CreatePhase =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'confirming'; duplicate: DuplicateFound; body: CreateOpportunityRequest }
  | { phase: 'sending' }
  | { phase: 'failed'; failure: SubmitFailure }
  | {
      phase: 'created';
      created: CreateOpportunityResponse;
      /** A "Try again" for the missing follow-up records is under way. */
      retryingFollowUp: boolean;
      /** The last one got no answer (the records may still be missing). */
      followUpRetryFailed: boolean;
    };

export type CreateFlow = CreatePhase & {
  /**
   * The body last sent with this draft's Idempotency-Key. A retry replays it unchanged: after an
   * ambiguous failure the deal may exist, and only the same key with the same body is safe.
   */
  sent: CreateOpportunityRequest | null;
  /** This draft got past the duplicate check once (or the rep chose "Create anyway"). */
  checked: boolean;
};

export type CreateEvent =
  | { type: 'checking' }
  | { type: 'duplicateFound'; duplicate: DuplicateFound; body: CreateOpportunityRequest }
  | { type: 'sending'; body: CreateOpportunityRequest }
  | { type: 'failed'; failure: SubmitFailure }
  | { type: 'created'; created: CreateOpportunityResponse }
  | { type: 'followUpRetrying' }
  | { type: 'followUpRetryFailed' }
  /** The rep's submit did not validate: an earlier outcome no longer describes the form. */
  | { type: 'invalid' }
  /** A new draft starts (after "Create another", or the rep discarded the draft). */
  | { type: 'restart' };

/** A fresh draft, or one whose create was unanswered when the page closed (locked on it). */
export function initialCreateFlow(interrupted: boolean): CreateFlow {
  const base = { sent: null, checked: false };
  return interrupted
    ? { ...base, phase: 'failed', failure: interruptedCreate() }
    : { ...base, phase: 'idle' };
}

export function createFlowReducer(flow: CreateFlow, event: CreateEvent): CreateFlow {
  const { sent, checked } = flow;
  switch (event.type) {
    case 'checking':
      return { phase: 'checking', sent, checked };
    case 'duplicateFound':
      return { phase: 'confirming', duplicate: event.duplicate, body: event.body, sent, checked };
    case 'sending':
      return { phase: 'sending', sent: event.body, checked: true };
    case 'failed':
      return { phase: 'failed', failure: event.failure, sent, checked };
    case 'created':
      return {
        phase: 'created',
        created: event.created,
        retryingFollowUp: false,
        followUpRetryFailed: false,
        sent,
        checked,
      };
    case 'followUpRetrying':
    case 'followUpRetryFailed':
      if (flow.phase !== 'created') return flow;
      return {
        ...flow,
        retryingFollowUp: event.type === 'followUpRetrying',
        followUpRetryFailed: event.type === 'followUpRetryFailed',
      };
    case 'invalid':
      return isLocked(flow) ? flow : { phase: 'idle', sent, checked };
    case 'restart':
      return initialCreateFlow(false);
  }
}

/** The deal exists but its task or note does not (yet): the draft keeps their text. */
export const hasPendingFollowUp = (flow: CreateFlow) =>
  flow.phase === 'created' && pendingFollowUp(flow.created.followUp).length > 0;

/** Network work is under way: a second submit must wait for it. */
export const isPending = (flow: CreateFlow) =>
  flow.phase === 'checking' || flow.phase === 'sending';

/**
 * The payload may not change: a create is under way, or its answer never came and the deal may
 * exist, so an edit would be lost (replay) or create a second deal (new key).
 */
export const isLocked = (flow: CreateFlow) =>
  isPending(flow) || (flow.phase === 'failed' && flow.failure.retryable);

/**
 * Find-or-create: only the first send of a draft looks for the same deal. Retries skip it — the
 * deal they retry may be the very one the (lagging) list would find.
 */
export const needsDuplicateCheck = (flow: CreateFlow) =>
  !flow.checked && flow.sent === null && !isLocked(flow);
