import { useRef, useState } from 'react';
import type { UseFormWatch } from 'react-hook-form';
import type { FormDefinitions } from '../../../model/form-definitions';
import type { FormValues } from '../../../model/form-schema';
import { newIdempotencyKey } from '../../lib/new-idempotency-key';
import { readDraft } from './draft-store';
import { fitDraft } from './fit-draft';
import { useDraftAutosave, type DraftKey } from './use-draft-autosave';

/**
 * Lightfield keeps an Idempotency-Key for 24 hours (API.md §10); after that the same key
 * creates the deal again. A draft's key is therefore not trusted past 23 hours.
 */
const KEY_MAX_AGE_MS = 23 * 60 * 60 * 1000;

const freshKey = (): DraftKey => ({
  key: newIdempotencyKey(),
  createdAt: new Date().toISOString(),
});

/** Older than KEY_MAX_AGE_MS, or of unknown age (saved before the age was kept). */
const isStale = ({ createdAt }: DraftKey) => {
  const made = Date.parse(createdAt);
  return !Number.isFinite(made) || Date.now() - made > KEY_MAX_AGE_MS;
};

/** What a reload or crash left in this tab's draft, fitted to today's definitions. */
export interface RestoredDraft {
  values: FormValues;
  /** Labels of saved values today's form could not take. */
  dropped: string[];
  /** Lightfield changed the form while the rep was typing. */
  formChanged: boolean;
  idempotencyKey: string;
  keyCreatedAt: string;
  /** A create of this draft was sent and never answered. */
  interrupted: boolean;
  /** It was, but so long ago that its key was replaced: the duplicate check comes first. */
  keyRenewed: boolean;
}

export function restoreDraft(defs: FormDefinitions, storageKey: string): RestoredDraft | null {
  const draft = readDraft(storageKey);
  if (!draft) return null;
  const stored = { key: draft.idempotencyKey, createdAt: draft.keyCreatedAt ?? '' };
  // A key Lightfield may have forgotten cannot stop a second deal. With a fresh one the draft
  // is a new create: the form unlocks and the create flow looks for the deal before sending.
  const stale = isStale(stored);
  const key = stale ? freshKey() : stored;
  return {
    ...fitDraft(defs, draft.values),
    formChanged: draft.formChanged,
    idempotencyKey: key.key,
    keyCreatedAt: key.createdAt,
    interrupted: draft.awaitingAnswer && !stale,
    keyRenewed: draft.awaitingAnswer && stale,
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

export interface DraftNoticeState {
  /** The draft came back from storage (a reload, a crash). */
  restored: boolean;
  dropped: string[];
  formChanged: boolean;
  keyRenewed: boolean;
}

/**
 * The rep's draft: the notice about what was restored, the Idempotency-Key every send of it
 * uses, and its autosave. The key lives as long as the draft: every retry reuses it, and a new
 * one comes with a new draft, or when the old one is too old to trust (renewStaleKey).
 */
export function useDraft({ restored, storageKey, watch, emptyValues }: DraftOptions) {
  const [notice, setNotice] = useState<DraftNoticeState | null>(() =>
    restored
      ? {
          restored: true,
          dropped: restored.dropped,
          formChanged: restored.formChanged,
          keyRenewed: restored.keyRenewed,
        }
      : null,
  );
  const current = useRef<DraftKey>(
    restored ? { key: restored.idempotencyKey, createdAt: restored.keyCreatedAt } : freshKey(),
  );
  // A send may build its request in the same event as a renewal: it reads the ref, and this
  // state only re-renders the form.
  const [, setKeyGeneration] = useState(0);
  // A create went out under the current key (a restored unanswered one included).
  const sent = useRef(restored?.interrupted ?? false);
  const autosave = useDraftAutosave({ storageKey, watch, emptyValues, draftKey: current });

  const renew = (tell: boolean) => {
    current.current = freshKey();
    setKeyGeneration((n) => n + 1);
    if (tell) {
      setNotice((n) => ({
        restored: n?.restored ?? false,
        dropped: n?.dropped ?? [],
        formChanged: n?.formChanged ?? false,
        keyRenewed: true,
      }));
    }
    sent.current = false;
  };

  return {
    /** The key of the draft as it is now (a renewal takes effect at once). */
    get idempotencyKey() {
      return current.current.key;
    },
    interrupted: restored?.interrupted ?? false,
    notice,
    /** This browser keeps no copy of the draft (its last save failed). */
    failing: autosave.failing,
    /** Saves now, e.g. right before a create is sent, marking it as awaiting an answer. */
    flush: (values: FormValues, extra: { awaitingAnswer?: boolean; formChanged?: boolean }) => {
      if (extra.awaitingAnswer) sent.current = true;
      autosave.flush(values, extra);
    },
    /** The draft is done with (its deal exists, or the rep discarded it): a new one starts. */
    finish: () => {
      autosave.clear();
      setNotice(null);
      renew(false);
    },
    /**
     * Before a send: a key older than KEY_MAX_AGE_MS is replaced (says whether it was), and the
     * rep is told when a create had gone out under it. The caller then checks for duplicates.
     */
    renewStaleKey: (): boolean => {
      if (!isStale(current.current)) return false;
      renew(sent.current);
      return true;
    },
    /** The BFF says the key already stands for another body: the draft takes a new one. */
    renewKey: () => renew(false),
  };
}
