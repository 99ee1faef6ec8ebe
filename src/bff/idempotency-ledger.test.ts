import { describe, expect, it } from 'vitest';
import { createMemoryLedger, requestFingerprint } from './idempotency-ledger';

describe('idempotency ledger (memory)', () => {
  it('fingerprints values, not their key order, and tells reps apart', () => {
    const a = requestFingerprint({ fields: { $name: 'A', $stage: 's' } }, null);
    expect(requestFingerprint({ fields: { $stage: 's', $name: 'A' } }, null)).toBe(a);
    expect(requestFingerprint({ fields: { $name: 'A', $stage: 's' } }, 'ana@example.com')).not.toBe(
      a,
    );
  });

  it('forgets a binding after the TTL, past its size, and when the only create was refused', async () => {
    let now = 0;
    const ledger = createMemoryLedger({ now: () => now, ttlMs: 1_000, maxKeys: 2 });
    expect(await ledger.claim('s', 'k1', 'one')).toBe('ok');
    await ledger.settle('s', 'k1', 'unknown');
    expect(await ledger.claim('s', 'k1', 'two')).toBe('reused');
    now = 1_000;
    expect(await ledger.claim('s', 'k1', 'two')).toBe('ok');
    await ledger.settle('s', 'k1', 'written');

    expect(await ledger.claim('s', 'k2', 'x')).toBe('ok');
    await ledger.settle('s', 'k2', 'refused');
    expect(await ledger.claim('s', 'k2', 'y')).toBe('ok');
    await ledger.settle('s', 'k2', 'written');
    // Scopes are apart: the same key for another operation is another key.
    expect(await ledger.claim('t', 'k2', 'z')).toBe('ok');
    // Three bindings, room for two: the oldest (k1) went.
    expect(await ledger.claim('s', 'k1', 'three')).toBe('ok');
  });
});
