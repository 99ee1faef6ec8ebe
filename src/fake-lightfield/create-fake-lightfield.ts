import { getResponse, type HttpHandler } from 'msw';
import { createFakeContext, type FakeLightfieldOptions, type RequestLogEntry } from './context';
import { errorBody, notFound } from './errors';
import type { FaultController } from './faults';
import { createHandlers } from './handlers';
import type { FakeStore } from './store';

export type { FakeLightfieldOptions, FakeLimits } from './context';

export interface FakeLightfield {
  baseUrl: string;
  apiKey: string;
  /** For `setupServer(...fake.handlers)` from 'msw/node'. */
  handlers: HttpHandler[];
  /** In-process transport with the semantics of global `fetch` (network faults throw). */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  store: FakeStore;
  /** Every request received (the newest `limits.requestLog`), oldest first; emptied by `reset()`. */
  requests: RequestLogEntry[];
  faults: FaultController;
  /** Idempotency keys remembered (the demo bounds them). */
  readonly idempotencyKeyCount: number;
  /** Back to the seed: records, request log, faults, idempotency keys and rate windows. */
  reset(): void;
}

function connectionReset(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}

export function createFakeLightfield(options: FakeLightfieldOptions = {}): FakeLightfield {
  const ctx = createFakeContext(options);
  const handlers = createHandlers(ctx);

  async function respond(request: Request): Promise<Response> {
    const response = await getResponse(handlers, request);
    if (!response) {
      const path = new URL(request.url).pathname;
      return Response.json(errorBody(notFound(`No route for ${request.method} ${path}.`)), {
        status: 404,
      });
    }
    if (response.type === 'error') throw connectionReset();
    return response;
  }

  function fakeFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const { signal } = request;
    if (signal.aborted) return Promise.reject(signal.reason);
    // Like real fetch, an abort rejects the caller at once; the "server" side keeps running.
    return new Promise((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      respond(request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  return {
    baseUrl: ctx.baseUrl,
    apiKey: ctx.apiKey,
    handlers,
    fetch: fakeFetch,
    store: ctx.store,
    requests: ctx.requests,
    faults: ctx.faults,
    get idempotencyKeyCount() {
      return ctx.idempotency.size;
    },
    reset() {
      ctx.store.reset();
      ctx.summaries.clear();
      ctx.requests.length = 0;
      ctx.faults.clear();
      ctx.idempotency.clear();
      ctx.rateLimiter.reset();
    },
  };
}
