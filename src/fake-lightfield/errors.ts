import type { LightfieldError } from '../model/lightfield-types';

/** An API error before it is wrapped into the `{error: {...}}` envelope. */
export interface ApiError extends LightfieldError {
  status: number;
}

export function badRequest(code: string, message: string, param?: string): ApiError {
  return withParam({ status: 400, type: 'bad_request', code, message }, param);
}

export function unprocessable(message: string, param?: string, code?: string): ApiError {
  const error: ApiError = { status: 422, type: 'unprocessable_content', message };
  if (code) error.code = code;
  return withParam(error, param);
}

export function notFound(message: string): ApiError {
  return { status: 404, type: 'not_found', message };
}

const TYPE_BY_STATUS: Record<number, readonly [type: string, message: string]> = {
  400: ['bad_request', 'The request was invalid.'],
  401: ['unauthorized', 'The API key is missing or not valid.'],
  403: ['forbidden', 'The API key does not have access to this resource.'],
  404: ['not_found', 'The requested resource was not found.'],
  409: ['conflict', 'The request conflicts with the current state of the resource.'],
  415: ['unsupported_media_type', 'Send the request body as JSON.'],
  422: ['unprocessable_content', 'The request could not be processed.'],
  429: ['too_many_requests', 'Too many requests; retry after the Retry-After delay.'],
  500: ['internal_server_error', 'An unexpected error occurred.'],
  502: ['bad_gateway', 'Bad gateway.'],
  503: ['service_unavailable', 'The service is temporarily unavailable.'],
  504: ['gateway_timeout', 'The upstream request timed out.'],
};

/** Generic error for a bare status, used by injected faults. */
export function errorForStatus(status: number): ApiError {
  const [type, message] = TYPE_BY_STATUS[status] ?? ['error', `HTTP ${status}`];
  return { status, type, message };
}

export function errorBody(error: ApiError): { error: LightfieldError } {
  const inner: LightfieldError = { type: error.type, message: error.message };
  if (error.code !== undefined) inner.code = error.code;
  if (error.param !== undefined) inner.param = error.param;
  return { error: inner };
}

function withParam(error: ApiError, param: string | undefined): ApiError {
  if (param !== undefined) error.param = param;
  return error;
}
