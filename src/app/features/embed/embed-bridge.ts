import {
  MESSAGE_TYPES,
  PROTOCOL_VERSION,
  isEmbedMessage,
  type ErrorPayload,
  type MessageType,
  type Prefill,
  type SubmittedPayload,
} from '../../../embed/embed-protocol';

export interface EmbedBridge {
  ready: () => void;
  resize: (height: number) => void;
  submitted: (deal: SubmittedPayload) => void;
  error: (error: ErrorPayload) => void;
  cancel: () => void;
  /** Called with each `dealform:prefill` from the allowed parent. */
  onPrefill: (listener: (prefill: Prefill) => void) => () => void;
  /** Tells the bridge who may hear us; until then messages wait. */
  allow: (allowedOrigins: readonly string[]) => void;
}

interface BridgeOptions {
  parentOrigin: string | null;
  ownOrigin: string;
  parent: Window;
  self: Window;
}

/**
 * The app's end of the protocol. It posts only to the framing page's origin, and only once
 * that origin is known to be ours or in ALLOWED_ORIGINS; it accepts only messages from that
 * same parent window and origin.
 */
export function createEmbedBridge({ parentOrigin, ownOrigin, parent, self }: BridgeOptions) {
  let target: string | null | undefined; // undefined: the allow list has not arrived yet
  const waiting: Array<[MessageType, unknown]> = [];
  const listeners = new Set<(prefill: Prefill) => void>();
  // Exactly once per created deal, whatever re-renders or replays happen.
  const announced = new Set<string>();
  let readySent = false;
  let lastHeight = 0;

  const post = (type: MessageType, payload: unknown) => {
    if (target === undefined) waiting.push([type, payload]);
    else if (target !== null) parent.postMessage({ v: PROTOCOL_VERSION, type, payload }, target);
  };

  const onMessage = (event: MessageEvent) => {
    if (!target || event.source !== parent || event.origin !== target) return;
    if (!isEmbedMessage(event.data) || event.data.type !== MESSAGE_TYPES.prefill) return;
    const payload = event.data.payload;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return;
    listeners.forEach((listener) => listener(payload as Prefill));
  };
  self.addEventListener('message', onMessage);

  const bridge: EmbedBridge = {
    allow(allowedOrigins) {
      const allowed = new Set([ownOrigin, ...allowedOrigins]);
      target = parentOrigin && allowed.has(parentOrigin) ? parentOrigin : null;
      waiting.splice(0).forEach(([type, payload]) => post(type, payload));
    },
    ready() {
      if (readySent) return;
      readySent = true;
      post(MESSAGE_TYPES.ready, {});
    },
    resize(height) {
      const rounded = Math.ceil(height);
      if (rounded === lastHeight || rounded <= 0) return;
      lastHeight = rounded;
      post(MESSAGE_TYPES.resize, { height: rounded });
    },
    submitted(deal) {
      if (announced.has(deal.id)) return;
      announced.add(deal.id);
      post(MESSAGE_TYPES.submitted, { id: deal.id, httpLink: deal.httpLink, name: deal.name });
    },
    error: (error) => post(MESSAGE_TYPES.error, { code: error.code, message: error.message }),
    cancel: () => post(MESSAGE_TYPES.cancel, {}),
    onPrefill(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return bridge;
}
