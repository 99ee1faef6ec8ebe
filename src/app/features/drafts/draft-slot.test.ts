import { describe, expect, test } from 'vitest';
import { claimDraftSlot, TAB_SLOT_KEY, type DraftLocks } from './draft-slot';
import {
  draftStorageKey,
  LEGACY_DRAFT_KEY,
  readDraft,
  storedDraftKeys,
  writeDraft,
} from './draft-store';
import type { FormValues } from '../../../model/form-schema';

/** One browser's Web Locks, shared by its tabs; a closed tab lets go of everything it held. */
class FakeBrowser {
  private readonly held = new Map<string, { tab: FakeTab; release: () => void }>();
  private readonly waiting: (() => void)[] = [];

  tab(session: string | null = null): FakeTab {
    return new FakeTab(this, session);
  }

  request(tab: FakeTab, name: string, options: LockOptions, callback: LockCallback) {
    const grant = () => {
      let release = () => {};
      const done = new Promise<void>((resolve) => (release = resolve));
      this.held.set(name, { tab, release });
      void Promise.resolve(callback({ name, mode: 'exclusive' })).then(release);
      return done.then(() => {
        this.held.delete(name);
        this.waiting.splice(0).forEach((retry) => retry());
      });
    };
    if (!this.held.has(name)) return grant();
    if (options.ifAvailable) return Promise.resolve(callback(null));
    return new Promise<void>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
      const retry = () => {
        if (options.signal?.aborted) return;
        if (this.held.has(name)) this.waiting.push(retry);
        else void grant().then(resolve);
      };
      this.waiting.push(retry);
    });
  }

  close(tab: FakeTab) {
    for (const entry of [...this.held.values()]) if (entry.tab === tab) entry.release();
  }

  holders() {
    return [...this.held.keys()];
  }
}

type LockCallback = (lock: Lock | null) => Promise<void> | undefined;

/** A tab: its own sessionStorage slot id, and the browser's locks. */
class FakeTab implements DraftLocks {
  constructor(
    private readonly browser: FakeBrowser,
    public session: string | null,
  ) {}

  request(name: string, options: LockOptions, callback: LockCallback) {
    return this.browser.request(this, name, options, callback);
  }

  /** Claims a slot as this tab's page would, with this tab's sessionStorage in place. */
  async claim() {
    sessionStorage.clear();
    if (this.session !== null) sessionStorage.setItem(TAB_SLOT_KEY, this.session);
    const slot = await claimDraftSlot(this);
    this.session = sessionStorage.getItem(TAB_SLOT_KEY);
    return slot.storageKey;
  }
}

const values = (name: string): FormValues => ({ fields: { $name: name }, relationships: {} });
const save = (key: string, name: string) =>
  writeDraft(key, {
    idempotencyKey: crypto.randomUUID(),
    values: values(name),
    awaitingAnswer: false,
    formChanged: false,
  });
const nameIn = (key: string) => readDraft(key)?.values.fields.$name ?? null;

describe('draft slots', () => {
  test('a first tab starts an empty slot of its own, and keeps it across a reload', async () => {
    const browser = new FakeBrowser();
    const tab = browser.tab();
    const key = await tab.claim();
    expect(key.startsWith(draftStorageKey(''))).toBe(true);
    expect(readDraft(key)).toBeNull();
    save(key, 'Harbour pilot');

    browser.close(tab); // a reload: the page goes, the tab's sessionStorage stays
    expect(await tab.claim()).toBe(key);
    expect(nameIn(key)).toBe('Harbour pilot');
  });

  test('a second open tab starts its own draft and never takes the first one’s', async () => {
    const browser = new FakeBrowser();
    const first = browser.tab();
    const firstKey = await first.claim();
    save(firstKey, 'First deal');

    const second = browser.tab();
    const secondKey = await second.claim();
    expect(secondKey).not.toBe(firstKey);
    expect(readDraft(secondKey)).toBeNull();
    save(secondKey, 'Second deal');

    // Each reload comes back to its own deal, although the other tab's is newer.
    browser.close(first);
    expect(await first.claim()).toBe(firstKey);
    browser.close(second);
    expect(await second.claim()).toBe(secondKey);
    expect([nameIn(firstKey), nameIn(secondKey)]).toEqual(['First deal', 'Second deal']);
  });

  test('a new tab adopts the newest draft no open tab holds', async () => {
    const browser = new FakeBrowser();
    const older = browser.tab();
    const olderKey = await older.claim();
    save(olderKey, 'Older deal');
    await new Promise((resolve) => setTimeout(resolve, 5)); // savedAt is in milliseconds
    const newer = browser.tab();
    const newerKey = await newer.claim();
    save(newerKey, 'Newer deal');
    const open = browser.tab();
    const openKey = await open.claim();
    save(openKey, 'Still open');
    browser.close(older);
    browser.close(newer);

    const next = browser.tab();
    expect(await next.claim()).toBe(newerKey);
    const after = browser.tab();
    expect(await after.claim()).toBe(olderKey);
    // Both closed tabs' drafts are taken and the open tab's is not: the last one starts empty.
    const last = browser.tab();
    const lastKey = await last.claim();
    expect([olderKey, newerKey, openKey]).not.toContain(lastKey);
    expect(readDraft(lastKey)).toBeNull();
  });

  test('a tab whose own slot has no draft adopts a closed tab’s', async () => {
    const browser = new FakeBrowser();
    const closed = browser.tab();
    const closedKey = await closed.claim();
    save(closedKey, 'Left behind');
    const reloaded = browser.tab();
    await reloaded.claim();
    browser.close(closed);

    browser.close(reloaded);
    expect(await reloaded.claim()).toBe(closedKey);
    // It let go of its empty slot: the browser holds the adopted draft's lock, and that one.
    expect(browser.holders()).toEqual([`deal-form:draft-lock:${closedKey}`]);
  });

  test('a duplicated tab (a copy of the sessionStorage) gets a slot of its own', async () => {
    const browser = new FakeBrowser();
    const original = browser.tab();
    const key = await original.claim();
    save(key, 'Original deal');

    const copy = browser.tab(original.session);
    const copyKey = await copy.claim();
    expect(copyKey).not.toBe(key);
    expect(readDraft(copyKey)).toBeNull();
    expect(copy.session).not.toBe(original.session);
    expect(nameIn(key)).toBe('Original deal');
  });

  test('the one draft of earlier versions moves into a slot, and only one tab gets it', async () => {
    localStorage.setItem(
      LEGACY_DRAFT_KEY,
      JSON.stringify({
        version: 1,
        idempotencyKey: '0b9ae5e4-3f0d-4a4b-8d55-2f6c1b7e9a10',
        values: values('From before'),
        awaitingAnswer: true,
        formChanged: false,
        savedAt: '2026-11-01T10:00:00.000Z',
      }),
    );
    const browser = new FakeBrowser();
    const key = await browser.tab().claim();
    expect(key).not.toBe(LEGACY_DRAFT_KEY);
    expect(readDraft(key)).toMatchObject({
      idempotencyKey: '0b9ae5e4-3f0d-4a4b-8d55-2f6c1b7e9a10',
      awaitingAnswer: true,
      savedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(localStorage.getItem(LEGACY_DRAFT_KEY)).toBeNull();

    const other = await browser.tab().claim();
    expect(readDraft(other)).toBeNull();
    expect(storedDraftKeys()).toEqual([key]);
  });

  test('without Web Locks a tab keeps its own draft, or else adopts the newest', async () => {
    const closed = draftStorageKey('closed-tab');
    save(closed, 'Closed tab’s deal');
    const adopted = await claimDraftSlot(null);
    expect(adopted.storageKey).toBe(closed);
    expect(sessionStorage.getItem(TAB_SLOT_KEY)).toBe('closed-tab');

    sessionStorage.setItem(TAB_SLOT_KEY, 'own-tab');
    save(draftStorageKey('own-tab'), 'Own deal');
    save(draftStorageKey('newer'), 'Newer deal');
    expect((await claimDraftSlot(null)).storageKey).toBe(draftStorageKey('own-tab'));
  });
});
