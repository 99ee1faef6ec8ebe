import type { FollowUpRequest } from '../../model/follow-up';
import type { CreateBody, DefinitionsResponse } from '../../model/lightfield-types';

/** The status a new task gets: "TODO", the plain string the spec gives (API.md §17). */
const OPEN_TASK_STATUS = 'TODO';

/** What the task definitions say about the fields the Follow-up section writes. */
export interface TaskShape {
  /** The org's tasks have a `$dueAt`; without it a due date is not sent. */
  hasDueAt: boolean;
}

export function taskShapeFrom(definitions: DefinitionsResponse): TaskShape {
  return { hasDueAt: Object.hasOwn(definitions.fieldDefinitions, '$dueAt') };
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
      $status: OPEN_TASK_STATUS,
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
