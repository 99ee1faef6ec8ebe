import { useState } from 'react';
import type { UseFormWatch } from 'react-hook-form';
import type { FormDefinitions } from '../../../model/form-definitions';
import type { FormValues } from '../../../model/form-schema';
import { newIdempotencyKey } from '../../lib/new-idempotency-key';
import { readDraft } from './draft-store';
import { fitDraft } from './fit-draft';
import { useDraftAutosave } from './use-draft-autosave';

/** What a reload or crash left in this tab's draft, fitted to today's definitions. */
export interface RestoredDraft {
  values: FormValues;
  /** Labels of saved values today's form could not take. */
  dropped: string[];
  /** Lightfield changed the form while the rep was typing. */
  formChanged: boolean;
  idempotencyKey: string;
  /** A create of this draft was sent and never answered. */
  interrupted: boolean;
}

export function restoreDraft(defs: FormDefinitions, storageKey: string): RestoredDraft | null {
  const draft = readDraft(storageKey);
  if (!draft) return null;
  return {
    ...fitDraft(defs, draft.values),
    formChanged: draft.formChanged,
    idempotencyKey: draft.idempotencyKey,
    interrupted: draft.awaitingAnswer,
  };
}

interface DraftOptions {
  /** restoreDraft's answer, read once before the form was built from it. */
  restored: RestoredDraft | null;
  /** This tab's draft (draft-slot.ts). */
  storageKey: string;
  watch: UseFormWatch<FormValues>;
  emptyValues: FormValues;
}

/**
 * The rep's draft: the notice about what was restored, the Idempotency-Key every send of it
 * uses, and its autosave. The key lives as long as the draft: every retry reuses it, and a new
 * one comes only with a new draft.
 */
export function useDraft({ restored, storageKey, watch, emptyValues }: DraftOptions) {
  const [notice, setNotice] = useState(() =>
    restored ? { dropped: restored.dropped, formChanged: restored.formChanged } : null,
  );
  const [idempotencyKey, setIdempotencyKey] = useState(
    () => restored?.idempotencyKey ?? newIdempotencyKey(),
  );
  const autosave = useDraftAutosave({ storageKey, watch, emptyValues, idempotencyKey });
  return {
    idempotencyKey,
    interrupted: restored?.interrupted ?? false,
    notice,
    /** This browser keeps no copy of the draft (its last save failed). */
    failing: autosave.failing,
    /** Saves now, e.g. right before a create is sent, marking it as awaiting an answer. */
    flush: autosave.flush,
    /** The draft is done with (its deal exists, or the rep discarded it): a new one starts. */
    finish: () => {
      autosave.clear();
      setNotice(null);
      setIdempotencyKey(newIdempotencyKey());
    },
  };
}
