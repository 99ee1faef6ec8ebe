import type { FollowUpRequest } from '../../model/follow-up';
import type { CreateBody, DefinitionsResponse } from '../../model/lightfield-types';

/** The status a new task gets: "TODO", the plain string the spec gives (API.md §17). */
const OPEN_TASK_STATUS = 'TODO';

/** What the task definitions say about the fields the Follow-up section writes. */
export interface TaskShape {
  /** The value `$status` takes for a task still to do. */
  openStatus: string;
  /** The org's tasks have a `$dueAt`; without it a due date is not sent. */
  hasDueAt: boolean;
}

/**
 * Reads the task definitions instead of hard-coding them: `$status` is sent as the option whose
 * id is the spec's plain string, and a label ("To do") is never sent in its place.
 */
export function taskShapeFrom(definitions: DefinitionsResponse): TaskShape {
  const fields = definitions.fieldDefinitions;
  const options = fields.$status?.typeConfiguration.options ?? [];
  const open = options.find((option) => option.id === OPEN_TASK_STATUS);
  return {
    openStatus: open?.id ?? OPEN_TASK_STATUS,
    hasDueAt: Object.hasOwn(fields, '$dueAt'),
  };
}

/** The deal the follow-up records point at. */
export interface DealRef {
  id: string;
  name: string;
  accountId: string | null;
  ownerId: string | null;
}

const links = (deal: DealRef) => ({
  $opportunity: deal.id,
  ...(deal.accountId && { $account: deal.accountId }),
});

/** The task: the next step, assigned to the deal's owner and linked from its own side. */
export function taskBody(
  task: NonNullable<FollowUpRequest['task']>,
  deal: DealRef,
  shape: TaskShape,
): CreateBody {
  return {
    fields: {
      $title: task.title,
      $status: shape.openStatus,
      ...(task.dueAt && shape.hasDueAt && { $dueAt: task.dueAt }),
    },
    relationships: {
      ...(deal.ownerId && { $assignedTo: deal.ownerId }),
      ...links(deal),
    },
  };
}

/** Lightfield requires a note title; the rep types only the content. */
const noteTitle = (dealName: string) => `Notes — ${dealName}`.slice(0, 200);

export function noteBody(note: NonNullable<FollowUpRequest['note']>, deal: DealRef): CreateBody {
  return {
    fields: { $title: noteTitle(deal.name), $content: note.content },
    relationships: links(deal),
  };
}

/**
 * One Idempotency-Key per record per draft, derived from the deal's: every retry, "Try again"
 * and reload of the draft sends the same three keys, so each record is written once.
 */
export const followUpKey = (dealKey: string, record: 'task' | 'note') =>
  `${dealKey.toLowerCase()}:${record}`;
