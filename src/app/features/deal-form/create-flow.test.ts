import { describe, expect, test } from 'vitest';
import type { CreateOpportunityResponse } from '../../../model/api-contract';
import type { CreateBody } from '../../../model/lightfield-types';
import type { DuplicateFound } from '../../api/find-duplicates';
import {
  createFlowReducer,
  initialCreateFlow,
  isLocked,
  isPending,
  needsDuplicateCheck,
  type CreateEvent,
  type CreateFlow,
} from './create-flow';
import type { SubmitFailure } from './submit-failure';

const body: CreateBody = {
  fields: { $name: 'Northbridge pilot', $stage: 'opt_disc' },
  relationships: { $account: 'acc_1' },
};
const duplicate = { name: 'Northbridge pilot', data: [] } as unknown as DuplicateFound;
const created = {
  id: 'opp_1',
  name: 'Northbridge pilot',
  summaryKeys: [],
} as unknown as CreateOpportunityResponse;
const failure = (retryable: boolean): SubmitFailure => ({
  title: 'Lightfield did not answer',
  detail: '',
  extra: [],
  retryable,
  requestId: 'req_1',
});

const run = (...events: CreateEvent[]): CreateFlow =>
  events.reduce(createFlowReducer, initialCreateFlow(false));

describe('create flow', () => {
  test('a fresh draft is idle, unlocked and checks for duplicates before its first send', () => {
    const flow = initialCreateFlow(false);
    expect(flow.phase).toBe('idle');
    expect(isPending(flow)).toBe(false);
    expect(isLocked(flow)).toBe(false);
    expect(needsDuplicateCheck(flow)).toBe(true);
  });

  test('checking, then a duplicate found: the rep decides, with the form editable', () => {
    const checking = run({ type: 'checking' });
    expect(isPending(checking)).toBe(true);
    expect(isLocked(checking)).toBe(true);
    const confirming = createFlowReducer(checking, { type: 'duplicateFound', duplicate, body });
    expect(confirming).toMatchObject({ phase: 'confirming', body, duplicate });
    expect(isLocked(confirming)).toBe(false);
    // Submitting again (after an edit) checks again; "Create anyway" sends without a check.
    expect(needsDuplicateCheck(confirming)).toBe(true);
  });

  test('sending records the body and the check, so retries replay it unchecked', () => {
    const sending = run({ type: 'checking' }, { type: 'sending', body });
    expect(sending).toMatchObject({ phase: 'sending', sent: body, checked: true });
    expect(isLocked(sending)).toBe(true);
    const failed = createFlowReducer(sending, { type: 'failed', failure: failure(false) });
    expect(failed.sent).toBe(body);
    expect(needsDuplicateCheck(failed)).toBe(false);
  });

  test('an ambiguous failure keeps the payload frozen; a definite one unlocks it', () => {
    const ambiguous = run({ type: 'sending', body }, { type: 'failed', failure: failure(true) });
    expect(isLocked(ambiguous)).toBe(true);
    expect(isPending(ambiguous)).toBe(false);
    // An invalid submit cannot clear an outcome that is still unknown.
    expect(createFlowReducer(ambiguous, { type: 'invalid' })).toBe(ambiguous);

    const definite = run({ type: 'sending', body }, { type: 'failed', failure: failure(false) });
    expect(isLocked(definite)).toBe(false);
    expect(createFlowReducer(definite, { type: 'invalid' })).toMatchObject({
      phase: 'idle',
      sent: body,
    });
  });

  test('a create unanswered when the page closed comes back locked, and skips the check', () => {
    const flow = initialCreateFlow(true);
    expect(flow.phase).toBe('failed');
    expect(isLocked(flow)).toBe(true);
    expect(needsDuplicateCheck(flow)).toBe(false);
  });

  test('created, then a new draft: back to a fresh start', () => {
    const done = run({ type: 'sending', body }, { type: 'created', created });
    expect(done).toMatchObject({ phase: 'created', created });
    expect(isLocked(done)).toBe(false);
    expect(createFlowReducer(done, { type: 'restart' })).toEqual(initialCreateFlow(false));
  });
});
