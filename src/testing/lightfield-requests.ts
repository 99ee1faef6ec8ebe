// Helpers for the fake's own tests: build authenticated requests and read typed answers.
import type { LightfieldError, LightfieldRecord, ListResponse } from '../model/lightfield-types';
import { LIGHTFIELD_VERSION } from '../model/lightfield-types';
import type { FakeLightfield } from '../fake-lightfield/create-fake-lightfield';

export interface SendOptions {
  body?: unknown;
  /** Extra headers; `null` removes one of the defaults. */
  headers?: Record<string, string | null>;
  idempotencyKey?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

export function lfRequest(
  fake: Pick<FakeLightfield, 'baseUrl' | 'apiKey'>,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  pathAndQuery: string,
  options: SendOptions = {},
): Request {
  const headers: Record<string, string | null> = {
    Authorization: `Bearer ${fake.apiKey}`,
    'Lightfield-Version': LIGHTFIELD_VERSION,
    Accept: 'application/json',
    ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
    ...(options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {}),
    ...options.headers,
  };
  const finalHeaders = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== null) finalHeaders.set(name, value);
  }
  return new Request(`${fake.baseUrl}${pathAndQuery}`, {
    method,
    headers: finalHeaders,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

export async function send(
  fake: FakeLightfield,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  pathAndQuery: string,
  options: SendOptions = {},
): Promise<Answer> {
  const response = await fake.fetch(lfRequest(fake, method, pathAndQuery, options));
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

// The casts below trust the fake's own output; the assertions in the tests check the shapes.
export const asRecord = (answer: Answer): LightfieldRecord => answer.body as LightfieldRecord;
export const asList = (answer: Answer): ListResponse => answer.body as ListResponse;
export const asError = (answer: Answer): LightfieldError =>
  (answer.body as { error: LightfieldError }).error;

export const names = (list: ListResponse): string[] =>
  list.data.map((record) => {
    const value = record.fields.$name?.value;
    if (typeof value === 'string') return value;
    const name = value as { firstName?: string | null; lastName?: string | null };
    return [name.firstName, name.lastName].filter(Boolean).join(' ');
  });
