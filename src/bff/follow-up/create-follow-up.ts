import type {
  FollowUpOutcome,
  FollowUpRecord,
  FollowUpRequest,
  FollowUpResult,
} from '../../model/follow-up';
import type { CreateBody, LightfieldRecord } from '../../model/lightfield-types';
import type { AppLogger } from '../app-logger';
import type { LightfieldApi } from '../lightfield/lightfield-api';
import { OPERATIONS } from '../lightfield/operations';
import { UpstreamError } from '../lightfield/upstream-error';
import { followUpKey, noteBody, taskBody, type DealRef, type TaskShape } from './follow-up-bodies';

export interface FollowUpDeps {
  api: Pick<LightfieldApi, 'createTask' | 'createNote'>;
  /** The task definitions, read once and cached (follow-up-caches.ts). */
  taskShape: () => Promise<TaskShape>;
  logger: AppLogger;
}

/** Why a record is still pending, in words for the rep; retryable when the same send may work. */
function failedOutcome(error: unknown): FollowUpOutcome {
  // The deal exists by now: whatever went wrong, the answer must still say so.
  if (!(error instanceof UpstreamError)) {
    return { status: 'failed', retryable: true, message: 'Something went wrong.' };
  }
  const f = error.failure;
  if (f.kind !== 'http') {
    return { status: 'failed', retryable: true, message: 'Lightfield did not answer in time.' };
  }
  if (f.status === 403) {
    const scope = OPERATIONS[error.operation].scope;
    return {
      status: 'failed',
      retryable: false,
      message: `The API key lacks the scope ${scope ?? ''}. An admin needs to add it.`,
    };
  }
  const retryable = f.status === 429 || f.status === 409 || f.status >= 500;
  return {
    status: 'failed',
    retryable,
    message: retryable ? 'Lightfield had a problem.' : `Lightfield refused it: ${f.error.message}`,
  };
}

/**
 * After the deal exists: its task and note, each under its own key derived from the deal's.
 * A failure of one never undoes the deal or the other; the answer says what is still pending,
 * and the same request again creates only what is missing (Lightfield replays the rest).
 */
export async function createFollowUp(
  deps: FollowUpDeps,
  input: { dealKey: string; deal: DealRef; request: FollowUpRequest; requestId?: string },
): Promise<FollowUpResult> {
  const { dealKey, deal, request } = input;
  const run = async (
    record: FollowUpRecord,
    body: () => Promise<CreateBody>,
    create: (body: CreateBody, key: string) => Promise<LightfieldRecord>,
  ): Promise<FollowUpOutcome> => {
    try {
      const created = await create(await body(), followUpKey(dealKey, record));
      deps.logger.info(
        { requestId: input.requestId, opportunityId: deal.id, [`${record}Id`]: created.id },
        `${record} created`,
      );
      return { status: 'created', id: created.id };
    } catch (error) {
      const outcome = failedOutcome(error);
      deps.logger.warn(
        { requestId: input.requestId, opportunityId: deal.id, record, error: String(error) },
        'follow-up record not created',
      );
      return outcome;
    }
  };
  const { task, note } = request;
  const [taskOutcome, noteOutcome] = await Promise.all([
    task &&
      run('task', async () => taskBody(task, deal, await deps.taskShape()), deps.api.createTask),
    note && run('note', async () => noteBody(note, deal), deps.api.createNote),
  ]);
  return {
    ...(taskOutcome && { task: taskOutcome }),
    ...(noteOutcome && { note: noteOutcome }),
  };
}

/** The deal as the follow-up records need it, from the create answer and the sent body. */
export function dealRef(record: LightfieldRecord, body: CreateBody): DealRef {
  const one = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) ?? null;
  const name = record.fields.$name?.value;
  return {
    id: record.id,
    name: typeof name === 'string' ? name : String(body.fields.$name ?? ''),
    accountId: one(body.relationships.$account),
    ownerId: one(body.relationships.$owner),
  };
}
