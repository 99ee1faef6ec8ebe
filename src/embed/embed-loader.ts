import { MESSAGE_TYPES, PROTOCOL_VERSION, isEmbedMessage } from './embed-protocol';
import type { Prefill, ResizePayload, SubmittedPayload, ErrorPayload } from './embed-protocol';
import { checkMountOptions, checkPrefill, embedUrl } from './mount-options';

export interface DealFormHandle {
  update: (prefill: Prefill) => void;
  destroy: () => void;
}

// Captured while the script runs: afterwards document.currentScript is null.
const scriptSrc =
  document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** Mounts the form in an iframe inside `element`. Throws a TypeError on a bad option. */
function mount(element: unknown, rawOptions?: unknown): DealFormHandle {
  if (!(element instanceof Element)) {
    throw new TypeError('DealForm.mount: the first argument must be a DOM element');
  }
  const options = checkMountOptions(rawOptions);
  const appUrl = options.appUrl ?? scriptSrc;
  if (!appUrl) throw new TypeError('DealForm.mount: set appUrl (embed.js was not loaded by URL)');
  const appOrigin = new URL(appUrl).origin;

  const iframe = document.createElement('iframe');
  iframe.src = embedUrl(appUrl, location.origin, options);
  iframe.title = options.title ?? 'New opportunity';
  iframe.style.cssText = 'display:block;width:100%;border:0;height:480px';

  let ready = false;
  let destroyed = false;
  // Updates before `ready` wait: the app cannot receive them yet.
  const queued: Prefill[] = [];
  const post = (prefill: Prefill) =>
    iframe.contentWindow?.postMessage(
      { v: PROTOCOL_VERSION, type: MESSAGE_TYPES.prefill, payload: prefill },
      appOrigin,
    );

  const onMessage = (event: MessageEvent) => {
    // Only the app, in our own iframe, speaks this protocol to us.
    if (event.origin !== appOrigin || event.source !== iframe.contentWindow) return;
    if (!isEmbedMessage(event.data)) return;
    const { type, payload } = event.data;
    if (type === MESSAGE_TYPES.ready) {
      if (ready) return;
      ready = true;
      queued.splice(0).forEach(post);
      options.onReady?.();
    } else if (type === MESSAGE_TYPES.resize) {
      const { height } = payload as ResizePayload;
      if (typeof height !== 'number' || !(height > 0)) return;
      iframe.style.height = `${Math.ceil(height)}px`;
      options.onResize?.({ height });
    } else if (type === MESSAGE_TYPES.submitted) {
      options.onSubmitted?.(payload as SubmittedPayload);
    } else if (type === MESSAGE_TYPES.error) {
      options.onError?.(payload as ErrorPayload);
    } else if (type === MESSAGE_TYPES.cancel) {
      options.onCancel?.();
    }
  };
  window.addEventListener('message', onMessage);
  element.appendChild(iframe);

  return {
    update(prefill) {
      if (destroyed) throw new TypeError('DealForm: update() after destroy()');
      const checked = checkPrefill(prefill);
      if (ready) post(checked);
      else queued.push(checked);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      window.removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
}

(window as unknown as { DealForm: { mount: typeof mount; version: number } }).DealForm = {
  mount,
  version: PROTOCOL_VERSION,
};
