import { HttpResponse } from 'msw';
import { LIGHTFIELD_VERSION } from '../model/lightfield-types';
import type { FakeContext, RequestLogEntry } from './context';
import { badRequest, errorBody, errorForStatus, type ApiError } from './errors';
import type { ActiveFault, RequestOperation } from './faults';
import { MAX_IDEMPOTENCY_KEY_LENGTH, type IdempotencyScope } from './idempotency';
import { parseRawQuery } from './list-query';
import { rateLimitHeaders, type RateCategory } from './rate-limit';

// The path every request takes: log → auth → version → scope → media type → rate limit →
// body → Idempotency-Key → injected fault → endpoint → "after" fault.

export interface RouteInput {
  params: Readonly<Record<string, string>>;
  rawQuery: string;
  body: unknown;
}

/** Plain status + JSON body so idempotent replays can store and return it verbatim. */
export interface RouteResult {
  status: number;
  body: unknown;
  /** True when the endpoint changed the store (only then is an idempotent result kept). */
  wrote?: boolean;
}

export interface Route {
  category: RateCategory;
  operation: RequestOperation;
  /** Scope the key needs; `null` for endpoints open to any valid key. */
  scope: string | null;
  idempotencyScope?: IdempotencyScope;
  run(input: RouteInput): RouteResult | Promise<RouteResult>;
}

export const ok = (body: unknown, wrote = false): RouteResult => ({ status: 200, body, wrote });
export const failWith = (error: ApiError): RouteResult => ({
  status: error.status,
  body: errorBody(error),
});

function json(status: number, body: unknown, headers: Record<string, string>): Response {
  // msw's JSON body type is narrower than `unknown`; every body here is JSON-serialisable.
  return HttpResponse.json(body as Record<string, unknown>, { status, headers });
}

function errorResponse(error: ApiError, headers: Record<string, string>): Response {
  return json(error.status, errorBody(error), headers);
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, key) => {
    record[key] = value;
  });
  return record;
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

async function logRequest(
  ctx: FakeContext,
  request: Request,
): Promise<{ text: string; entry: RequestLogEntry }> {
  const url = new URL(request.url);
  const rawQuery = url.search.slice(1);
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  const parsed = parseBody(text);
  const entry: RequestLogEntry = {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(parseRawQuery(rawQuery)),
    rawQuery,
    headers: headerRecord(request.headers),
    body: parsed.ok ? parsed.value : text,
    at: ctx.now().getTime(),
    category: 'read',
    rateLimited: false,
  };
  ctx.requests.push(entry);
  if (ctx.requests.length > ctx.maxLoggedRequests) ctx.requests.shift();
  return { text, entry };
}

function checkHeaders(ctx: FakeContext, route: Route | null, request: Request): ApiError | null {
  const auth = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (auth?.[1] !== ctx.apiKey) {
    return { status: 401, type: 'unauthorized', message: 'The API key is missing or not valid.' };
  }
  if (request.headers.get('lightfield-version') !== LIGHTFIELD_VERSION) {
    return badRequest(
      'version_header',
      `Missing or invalid Lightfield-Version header; expected '${LIGHTFIELD_VERSION}'.`,
    );
  }
  if (!route) {
    const path = new URL(request.url).pathname;
    return { status: 404, type: 'not_found', message: `No route for ${request.method} ${path}.` };
  }
  if (route.scope && ctx.scopes.length > 0 && !ctx.scopes.includes(route.scope)) {
    return {
      status: 403,
      type: 'forbidden',
      message: `API key is missing the required scope: ${route.scope}.`,
    };
  }
  if (request.method === 'POST') {
    const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]?.trim();
    if (mediaType?.toLowerCase() !== 'application/json') {
      return {
        status: 415,
        type: 'unsupported_media_type',
        message: 'Send the request body as JSON with Content-Type: application/json.',
      };
    }
  }
  return null;
}

function tooManyRequests(headers: Record<string, string>, retryAfterSeconds: number): Response {
  return errorResponse(
    {
      status: 429,
      type: 'too_many_requests',
      message: 'Rate limit exceeded for this organization; wait Retry-After seconds, then retry.',
    },
    { ...headers, 'X-RateLimit-Remaining': '0', 'Retry-After': String(retryAfterSeconds) },
  );
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Applies a fault that acts before the endpoint runs; `null` means "carry on". */
async function faultBefore(
  fault: ActiveFault,
  headers: Record<string, string>,
): Promise<Response | null> {
  switch (fault.kind) {
    case 'status-before':
      return errorResponse(errorForStatus(fault.status), headers);
    case 'rate-limit':
      return tooManyRequests(headers, fault.retryAfterSeconds);
    case 'reset-before':
      return HttpResponse.error();
    case 'delay':
      await sleep(fault.delayMs);
      return null;
    default:
      return null;
  }
}

async function runWithFaults(
  ctx: FakeContext,
  route: Route,
  input: RouteInput,
  headers: Record<string, string>,
  idempotencyKey: string | null,
): Promise<Response> {
  const scope = route.idempotencyScope;
  const key = scope && idempotencyKey ? idempotencyKey : null;
  if (scope && key) {
    const found = ctx.idempotency.begin(scope, key);
    if (found.state === 'replay') return json(found.response.status, found.response.body, headers);
    if (found.state === 'in-flight') {
      return errorResponse(
        {
          status: 409,
          type: 'idempotency_conflict',
          message:
            'Another request with this Idempotency-Key is still in progress; retry later with the same key.',
        },
        headers,
      );
    }
  }
  let stored = false;
  try {
    const fault = ctx.faults.take(route.operation);
    const early = fault ? await faultBefore(fault, headers) : null;
    if (early) return early;
    const result = await route.run(input);
    if (scope && key && result.wrote) {
      ctx.idempotency.complete(scope, key, { status: result.status, body: result.body });
      stored = true;
    }
    if (fault?.kind === 'status-after') return errorResponse(errorForStatus(fault.status), headers);
    if (fault?.kind === 'reset-after') return HttpResponse.error();
    return json(result.status, result.body, headers);
  } finally {
    if (scope && key && !stored) ctx.idempotency.abandon(scope, key);
  }
}

/** Handles one request for `route` (`null` = no such endpoint). */
export async function dispatch(
  ctx: FakeContext,
  route: Route | null,
  request: Request,
  params: Readonly<Record<string, string>>,
): Promise<Response> {
  const { text, entry } = await logRequest(ctx, request);
  entry.category = route?.category ?? 'read';
  const decision = ctx.rateLimiter.take(entry.category);
  entry.rateLimited = !decision.allowed;
  const headers = rateLimitHeaders(decision);
  const headerError = checkHeaders(ctx, route, request);
  if (headerError || !route) {
    return errorResponse(headerError ?? errorForStatus(404), headers);
  }
  if (!decision.allowed) return tooManyRequests(headers, decision.retryAfterSeconds);

  const body = parseBody(text);
  if (!body.ok) {
    return errorResponse(badRequest('invalid_request', 'Request body is not valid JSON.'), headers);
  }
  const idempotencyKey = request.method === 'POST' ? request.headers.get('idempotency-key') : null;
  if (idempotencyKey !== null && idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return errorResponse(
      badRequest(
        'idempotency_key_too_long',
        `Idempotency-Key may be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters long.`,
        'Idempotency-Key',
      ),
      headers,
    );
  }
  const input: RouteInput = {
    params,
    rawQuery: new URL(request.url).search.slice(1),
    body: body.value,
  };
  return runWithFaults(ctx, route, input, headers, idempotencyKey || null);
}
