import { describe, expect, it, vi } from 'vitest';
import { createEmbedBridge } from './embed-bridge';

const PORTAL = 'https://portal.example.com';
const OWN = 'https://deals.example.com';

function setup(parentOrigin: string | null = PORTAL) {
  const parent = { postMessage: vi.fn() } as unknown as Window & {
    postMessage: ReturnType<typeof vi.fn>;
  };
  const self = new EventTarget() as unknown as Window;
  const bridge = createEmbedBridge({ parentOrigin, ownOrigin: OWN, parent, self });
  const receive = (data: unknown, origin: string, source: unknown = parent) =>
    self.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
  return { bridge, parent, receive };
}

const prefill = (payload: unknown) => ({ v: 1, type: 'dealform:prefill', payload });

describe('embed bridge', () => {
  it('holds messages until the allow list arrives, then posts only to the allowed parent', () => {
    const { bridge, parent } = setup();
    bridge.ready();
    expect(parent.postMessage).not.toHaveBeenCalled();
    bridge.allow([PORTAL]);
    expect(parent.postMessage).toHaveBeenCalledWith(
      { v: 1, type: 'dealform:ready', payload: {} },
      PORTAL,
    );
  });

  it('posts nothing to a parent that is not allowed', () => {
    const { bridge, parent } = setup('https://evil.example');
    bridge.allow([PORTAL]);
    bridge.ready();
    bridge.submitted({ id: 'opp_1', httpLink: null, name: 'x' });
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('announces each created deal exactly once, and ready once', () => {
    const { bridge, parent } = setup();
    bridge.allow([PORTAL]);
    bridge.ready();
    bridge.ready();
    const deal = { id: 'opp_1', httpLink: 'https://crm/opp_1', name: 'Acme' };
    bridge.submitted(deal);
    bridge.submitted({ ...deal });
    bridge.submitted({ ...deal, id: 'opp_2' });
    const types = parent.postMessage.mock.calls.map(([m]) => (m as { type: string }).type);
    expect(types).toEqual(['dealform:ready', 'dealform:submitted', 'dealform:submitted']);
  });

  it('accepts prefills from the allowed parent only: not another origin, window or version', () => {
    const { bridge, parent, receive } = setup();
    const heard = vi.fn();
    bridge.onPrefill(heard);
    receive(prefill({ name: 'early' }), PORTAL); // before the allow list: unknown parent
    bridge.allow([PORTAL]);
    receive(prefill({ name: 'forged origin' }), 'https://evil.example');
    receive(prefill({ name: 'other window' }), PORTAL, {});
    receive({ v: 2, type: 'dealform:prefill', payload: { name: 'future' } }, PORTAL);
    receive(prefill(['not', 'an', 'object']), PORTAL);
    receive(prefill({ name: 'ok' }), PORTAL, parent);
    expect(heard.mock.calls).toEqual([[{ name: 'ok' }]]);
  });

  it('trusts a parent on its own origin without configuration', () => {
    const { bridge, parent } = setup(OWN);
    bridge.allow([]);
    bridge.resize(500.2);
    bridge.resize(500.4); // same rounded height: no message
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    expect(parent.postMessage).toHaveBeenCalledWith(
      { v: 1, type: 'dealform:resize', payload: { height: 501 } },
      OWN,
    );
  });
});
