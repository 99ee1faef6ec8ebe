import { draftStorageKey, writeDraft } from '../app/features/drafts/draft-store';
import type { FormValues } from '../model/form-schema';

/**
 * Leaves `values` as the draft of a tab that closed before creating, for the next page load to
 * restore.
 */
export function leaveClosedTabDraft(
  values: FormValues,
  idempotencyKey: string = crypto.randomUUID(),
): void {
  const kept = writeDraft(draftStorageKey('closed-tab'), {
    idempotencyKey,
    values,
    awaitingAnswer: false,
    formChanged: false,
  });
  if (!kept) throw new Error('localStorage refused the draft');
}
