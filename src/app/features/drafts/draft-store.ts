import type { FormValues } from '../../../model/form-schema';
import { isRecord } from '../../lib/is-record';

/** What survives a reload: the rep's values and the key every send of this deal uses. */
export interface StoredDraft {
  version: 1;
  idempotencyKey: string;
  /**
   * When the key was made (ISO). Lightfield forgets a key after 24 hours, and then the same key
   * would create the deal again. Absent (or '') in drafts saved before it was kept: age unknown.
   */
  keyCreatedAt?: string;
  values: FormValues;
  /**
   * A create with this key was sent and no definite answer came back: after a reload the form
   * stays locked on this payload until a retry settles it.
   */
  awaitingAnswer: boolean;
  /** Set when Lightfield said the definitions changed; the next load tells the rep. */
  formChanged: boolean;
  savedAt: string;
}

// One draft per tab (draft-slot.ts says which), for the org's opportunity form: the definitions
// it was typed against may change, and restoring then drops what no longer fits (fit-draft.ts)
// rather than losing everything.
const DRAFT_KEY_PREFIX = 'deal-form:draft:opportunity:v1:';
/** Where the one shared draft lived before each tab had its own; adopted like a closed tab's. */
export const LEGACY_DRAFT_KEY = 'deal-form:draft:opportunity:v1';

/** The storage key of the draft kept in slot `slotId`. */
export const draftStorageKey = (slotId: string) => `${DRAFT_KEY_PREFIX}${slotId}`;

// Private mode, a full disk or a disabled storage must never break the form itself.
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (
      !isRecord(parsed) ||
      parsed.version !== 1 ||
      typeof parsed.idempotencyKey !== 'string' ||
      !isRecord(parsed.values) ||
      !isRecord(parsed.values.fields) ||
      !isRecord(parsed.values.relationships)
    ) {
      return null;
    }
    return {
      version: 1,
      idempotencyKey: parsed.idempotencyKey,
      keyCreatedAt: typeof parsed.keyCreatedAt === 'string' ? parsed.keyCreatedAt : '',
      values: parsed.values as unknown as FormValues,
      awaitingAnswer: parsed.awaitingAnswer === true,
      formChanged: parsed.formChanged === true,
      savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
    };
  } catch {
    return null;
  }
}

/** Stores the draft; says whether it was kept (a full or blocked storage keeps nothing). */
export function writeDraft(key: string, draft: Omit<StoredDraft, 'version' | 'savedAt'>): boolean {
  try {
    const record: StoredDraft = { version: 1, ...draft, savedAt: new Date().toISOString() };
    const store = storage();
    store?.setItem(key, JSON.stringify(record));
    return store !== null;
  } catch {
    // Quota or privacy settings: the form still works, only the safety net is missing, and
    // the form says so (use-draft-autosave.ts).
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // as above
  }
}

/** The storage keys of every stored draft, this tab's included, the most recently saved first. */
export function storedDraftKeys(): string[] {
  const found: { key: string; savedAt: string }[] = [];
  try {
    const store = storage();
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (key === null || !(key === LEGACY_DRAFT_KEY || key.startsWith(DRAFT_KEY_PREFIX))) continue;
      const draft = readDraft(key);
      if (draft) found.push({ key, savedAt: draft.savedAt });
    }
  } catch {
    // as above: no storage, no drafts
  }
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map((d) => d.key);
}

/** Moves a stored draft to another key, as saved; says whether there was one to move. */
export function moveDraft(from: string, to: string): boolean {
  try {
    const store = storage();
    const raw = store?.getItem(from);
    if (!store || !raw) return false;
    store.setItem(to, raw);
    store.removeItem(from);
    return true;
  } catch {
    return false;
  }
}
