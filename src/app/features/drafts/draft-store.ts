import type { FormValues } from '../../../model/form-schema';

/** What survives a reload: the rep's values and the key every send of this deal uses. */
export interface StoredDraft {
  version: 1;
  idempotencyKey: string;
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

// One draft per org's opportunity form: the definitions it was typed against may change, and
// restoring then drops what no longer fits (fit-draft.ts) rather than losing everything.
export const DRAFT_STORAGE_KEY = 'deal-form:draft:opportunity:v1';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Private mode, a full disk or a disabled storage must never break the form itself.
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readDraft(): StoredDraft | null {
  try {
    const raw = storage()?.getItem(DRAFT_STORAGE_KEY);
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
      values: parsed.values as unknown as FormValues,
      awaitingAnswer: parsed.awaitingAnswer === true,
      formChanged: parsed.formChanged === true,
      savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
    };
  } catch {
    return null;
  }
}

export function writeDraft(draft: Omit<StoredDraft, 'version' | 'savedAt'>): void {
  try {
    const record: StoredDraft = { version: 1, ...draft, savedAt: new Date().toISOString() };
    storage()?.setItem(DRAFT_STORAGE_KEY, JSON.stringify(record));
  } catch {
    // Quota or privacy settings: the form still works, only the safety net is missing.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // as above
  }
}
