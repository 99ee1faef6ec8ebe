import { newIdempotencyKey } from '../../lib/new-idempotency-key';
import {
  draftStorageKey,
  LEGACY_DRAFT_KEY,
  moveDraft,
  readDraft,
  storedDraftKeys,
} from './draft-store';

/** Where this tab's slot id is kept: sessionStorage survives a reload of the tab, not its close. */
export const TAB_SLOT_KEY = 'deal-form:draft-slot';
const LOCK_PREFIX = 'deal-form:draft-lock:';
/** A reloaded tab waits this long for its old page to let go of its own draft. */
const OWN_SLOT_WAIT_MS = 1000;

/** The slot a tab keeps its draft in, held (Web Locks) for as long as the tab is open. */
export interface DraftSlot {
  /** The localStorage key of this tab's draft. */
  storageKey: string;
}

/** The part of `navigator.locks` this module uses; tests pass their own. */
export interface DraftLocks {
  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<void> | undefined,
  ): Promise<unknown>;
}

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function browserLocks(): DraftLocks | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/**
 * Takes the lock named after `storageKey` for the life of the page, waiting up to `waitMs` for
 * it (0: only if free). Resolves to a function that lets go of it, or null when another tab
 * holds it.
 */
function hold(locks: DraftLocks, storageKey: string, waitMs: number) {
  return new Promise<(() => void) | null>((resolve) => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    const options: LockOptions =
      waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
    locks
      .request(`${LOCK_PREFIX}${storageKey}`, options, (lock) => {
        if (!lock) {
          resolve(null);
          return undefined;
        }
        resolve(release);
        return held;
      })
      // The wait ran out (AbortError): the draft belongs to a live tab.
      .catch(() => resolve(null));
  });
}

function remember(slotId: string): DraftSlot {
  try {
    session()?.setItem(TAB_SLOT_KEY, slotId);
  } catch {
    // Without sessionStorage a reload adopts the draft as a closed tab's: nothing is lost.
  }
  return { storageKey: draftStorageKey(slotId) };
}

const slotIdOf = (storageKey: string) => storageKey.slice(draftStorageKey('').length);
const isStored = (storageKey: string) => readDraft(storageKey) !== null;

/** Takes over the draft at `key` (its lock already held, if there are locks). */
function adopt(key: string): DraftSlot | null {
  if (!isStored(key)) return null;
  if (key !== LEGACY_DRAFT_KEY) return remember(slotIdOf(key));
  // The shared draft of earlier versions moves into a slot of its own.
  const slotId = newIdempotencyKey();
  return moveDraft(LEGACY_DRAFT_KEY, draftStorageKey(slotId)) ? remember(slotId) : null;
}

/**
 * Decides which draft this tab works on, so two tabs never write over each other's deal or
 * share one Idempotency-Key:
 * - a reloaded tab keeps its own draft (its slot id is in sessionStorage);
 * - a tab with no draft of its own adopts the newest draft no open tab holds: a closed or
 *   crashed tab's, or the one shared draft of earlier versions;
 * - otherwise it keeps (or starts) an empty slot.
 * Web Locks say which drafts are held. Where they are missing (insecure origins, old browsers)
 * a tab keeps its own draft or adopts the newest, as when all tabs shared one.
 */
export async function claimDraftSlot(locks = browserLocks()): Promise<DraftSlot> {
  const own = session()?.getItem(TAB_SLOT_KEY) || newIdempotencyKey();
  const ownKey = draftStorageKey(own);
  const others = () => storedDraftKeys().filter((key) => key !== ownKey);

  if (!locks) {
    if (isStored(ownKey)) return remember(own);
    const newest = others()[0];
    return (newest === undefined ? null : adopt(newest)) ?? remember(own);
  }

  const releaseOwn = await hold(locks, ownKey, OWN_SLOT_WAIT_MS);
  if (releaseOwn && isStored(ownKey)) return remember(own);
  for (const key of others()) {
    const release = await hold(locks, key, 0);
    if (!release) continue;
    const adopted = adopt(key);
    if (adopted && adopted.storageKey !== key) await hold(locks, adopted.storageKey, 0);
    if (adopted) {
      releaseOwn?.();
      return adopted;
    }
    release();
  }
  if (releaseOwn) return remember(own);
  // Another open tab holds this tab's slot: a duplicated tab copies sessionStorage.
  const fresh = newIdempotencyKey();
  await hold(locks, draftStorageKey(fresh), 0);
  return remember(fresh);
}
