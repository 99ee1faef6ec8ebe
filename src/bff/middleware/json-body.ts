import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from '../http-errors';

/** A deal is a few kilobytes; this leaves room for long notes and nothing else. */
export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;

// Keys that reach an object's prototype when assigned with `obj[key] = …`.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `application/json`, with or without parameters: nothing else is parsed. */
export function requireJson(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/json\s*(?:;|$)/i.test(type)) {
      return apiError(c, 415, 'unsupported_media_type', 'Send the deal as application/json.');
    }
    return next();
  };
}

/** 413 before the body is read past the limit (Content-Length, or counting the stream). */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      apiError(
        c,
        413,
        'payload_too_large',
        `The request is larger than ${Math.round(maxBytes / 1024)} KB.`,
      ),
  });
}

type JsonParse = { ok: true; value: unknown } | { ok: false; reason: 'syntax' | 'key' };

/**
 * JSON.parse already makes `__proto__` an own property instead of the prototype, but any later
 * `target[key] = value` would not; refusing such keys here means no code can be tricked.
 */
function parseJsonStrict(text: string): JsonParse {
  let forbidden = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return v;
    });
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  return forbidden ? { ok: false, reason: 'key' } : { ok: true, value };
}

/** Reads and parses the body once; validators after it read the cached text. */
export function strictJsonBody(): MiddlewareHandler {
  return async (c, next) => {
    const parsed = parseJsonStrict(await c.req.text());
    if (!parsed.ok) {
      return apiError(
        c,
        400,
        'bad_request',
        parsed.reason === 'syntax'
          ? 'The request body is not valid JSON.'
          : 'The request body uses a reserved key (__proto__, constructor or prototype).',
      );
    }
    return next();
  };
}
