import { z } from 'zod/mini';
import { parseLocalDateTime, toIsoWithOffset } from './field-types/datetime';
import { phrase } from './messages/validation-phrases';

/**
 * The Follow-up section (issue #20): a next step (a Lightfield task) and a first note, created
 * after the deal and linked to it. Not opportunity fields: they never enter the deal's body.
 */

/** What the three controls hold, as typed; kept in the draft until all three records exist. */
export interface FollowUpValues {
  nextStep: string;
  /** `YYYY-MM-DD` from `<input type="date">`, or ''. */
  nextStepDue: string;
  note: string;
}

export const emptyFollowUp = (): FollowUpValues => ({ nextStep: '', nextStepDue: '', note: '' });

const NEXT_STEP_MAX_LENGTH = 500;
const NOTE_MAX_LENGTH = 20_000;

/** The browser's request for the follow-up records, next to the deal's body. */
export interface FollowUpRequest {
  task?: { title: string; dueAt?: string };
  note?: { content: string };
}

/** Which follow-up records this key may create (`tasks:create`/`notes:create`, API.md §17). */
export interface FollowUpAvailability {
  task: boolean;
  note: boolean;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

export const followUpRequestSchema = z.strictObject({
  task: z.optional(
    z.strictObject({
      title: z.string().check(z.trim(), z.minLength(1), z.maxLength(NEXT_STEP_MAX_LENGTH)),
      dueAt: z.optional(
        z.string().check(
          z.regex(ISO_WITH_OFFSET),
          z.refine((s) => !Number.isNaN(Date.parse(s))),
        ),
      ),
    }),
  ),
  note: z.optional(
    z.strictObject({
      content: z.string().check(z.trim(), z.minLength(1), z.maxLength(NOTE_MAX_LENGTH)),
    }),
  ),
});

export type FollowUpCheck =
  | { ok: true; request: FollowUpRequest | undefined }
  | { ok: false; errors: Record<string, string> };

/**
 * The typed values as the request part: blanks are left out, the due date becomes 17:00 local
 * with that day's offset (like DATETIME fields), and a next step needs an owner to assign it to
 * (Lightfield does not say which member owns the API key).
 */
export function followUpFromValues(
  values: FollowUpValues | undefined,
  ownerId: string | undefined,
  available: FollowUpAvailability,
): FollowUpCheck {
  if (!values) return { ok: true, request: undefined };
  const errors: Record<string, string> = {};
  const request: FollowUpRequest = {};
  const title = available.task ? values.nextStep.trim() : '';
  if (title) {
    if (title.length > NEXT_STEP_MAX_LENGTH) {
      errors['followUp.nextStep'] = phrase('nextStepTooLong', { max: NEXT_STEP_MAX_LENGTH });
    }
    if (!ownerId) errors['relationships.$owner'] = phrase('ownerForNextStep');
    const due = values.nextStepDue.trim();
    const date = due ? parseLocalDateTime(due) : null;
    if (due && !date) errors['followUp.nextStepDue'] = phrase('enterValidDate');
    request.task = { title, ...(date && { dueAt: toIsoWithOffset(date) }) };
  } else if (available.task && values.nextStepDue.trim()) {
    errors['followUp.nextStep'] = phrase('nextStepForDueDate');
  }
  const content = available.note ? values.note.trim() : '';
  if (content.length > NOTE_MAX_LENGTH) {
    errors['followUp.note'] = phrase('noteTooLong', { max: NOTE_MAX_LENGTH });
  } else if (content) request.note = { content: values.note };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: request.task || request.note ? request : undefined };
}

/** One follow-up record's fate, as the create answer reports it. */
export type FollowUpOutcome =
  { status: 'created'; id: string } | { status: 'failed'; message: string; retryable: boolean };

export interface FollowUpResult {
  task?: FollowUpOutcome;
  note?: FollowUpOutcome;
}

const FOLLOW_UP_RECORDS = ['task', 'note'] as const;
export type FollowUpRecord = (typeof FOLLOW_UP_RECORDS)[number];

/** The records asked for and not (yet) created: what the success view offers to try again. */
export const pendingFollowUp = (result: FollowUpResult | undefined): FollowUpRecord[] =>
  FOLLOW_UP_RECORDS.filter((r) => result?.[r] && result[r].status !== 'created');

/** The pending records a "Try again" may still write (not refused for good). */
export const retryableFollowUp = (result: FollowUpResult | undefined): FollowUpRecord[] =>
  pendingFollowUp(result).filter((r) => {
    const outcome = result?.[r];
    return outcome?.status === 'failed' && outcome.retryable;
  });
