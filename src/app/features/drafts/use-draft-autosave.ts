import { useEffect, useRef, useState } from 'react';
import type { UseFormWatch } from 'react-hook-form';
import type { FormValues } from '../../../model/form-schema';
import { clearDraft, writeDraft } from './draft-store';

const DRAFT_SAVE_DELAY_MS = 400;

/** The Idempotency-Key every send of the draft uses, and when it was made (ISO). */
export interface DraftKey {
  key: string;
  createdAt: string;
}

interface AutosaveOptions {
  /** This tab's draft (draft-slot.ts). */
  storageKey: string;
  watch: UseFormWatch<FormValues>;
  emptyValues: FormValues;
  /** Read at each save: a renewed key is saved from then on. */
  draftKey: { readonly current: DraftKey };
}

const isPristine = (values: FormValues, empty: FormValues) =>
  JSON.stringify(values) === JSON.stringify(empty);

/**
 * Saves the form to this tab's draft in localStorage a moment after the rep stops typing. An
 * untouched form leaves no draft behind, so a reload of an empty page does not announce "Draft
 * restored". Returns `failing` (no copy is kept), `flush` (save now, e.g. right before a create
 * is sent) and `clear`.
 */
export function useDraftAutosave({ storageKey, watch, emptyValues, draftKey }: AutosaveOptions) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<FormValues | null>(null);
  // The last save found no room (quota, private mode, storage turned off): nothing is kept.
  const [failing, setFailing] = useState(false);

  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const save = (values: FormValues, extra: { awaitingAnswer?: boolean; formChanged?: boolean }) => {
    if (!extra.awaitingAnswer && !extra.formChanged && isPristine(values, emptyValues)) {
      clearDraft(storageKey);
      setFailing(false);
      return;
    }
    const kept = writeDraft(storageKey, {
      idempotencyKey: draftKey.current.key,
      keyCreatedAt: draftKey.current.createdAt,
      values,
      awaitingAnswer: extra.awaitingAnswer ?? false,
      formChanged: extra.formChanged ?? false,
    });
    setFailing(!kept);
  };

  // With no copy kept, closing or reloading the tab would lose the deal: the browser asks first.
  useEffect(() => {
    if (!failing) return undefined;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [failing]);

  useEffect(() => {
    const subscription = watch((values) => {
      latest.current = values as FormValues;
      cancel();
      timer.current = setTimeout(() => {
        timer.current = null;
        if (latest.current) save(latest.current, {});
      }, DRAFT_SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      // Leaving writes what is pending rather than dropping the last keystrokes.
      if (timer.current && latest.current) save(latest.current, {});
      cancel();
    };
    // save closes over the storage key and empty values, which the deps cover (the draft's
    // key is read from its ref at each save).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch, emptyValues, storageKey]);

  return {
    /** True while this browser keeps no copy of the draft (its last save failed). */
    failing,
    /** Writes the draft at once, marking whether a create of it is awaiting an answer. */
    flush: (values: FormValues, extra: { awaitingAnswer?: boolean; formChanged?: boolean }) => {
      cancel();
      save(values, extra);
    },
    /** Drops the pending save and the stored draft (the deal exists, or the rep discarded it). */
    clear: () => {
      cancel();
      latest.current = null;
      clearDraft(storageKey);
      setFailing(false);
    },
  };
}
