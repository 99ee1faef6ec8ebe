import type { LightfieldError } from '../../model/lightfield-types';
import type { Operation } from './operations';

export type UpstreamFailure =
  | { kind: 'http'; status: number; error: LightfieldError; retryAfterSeconds: number | null }
  | { kind: 'timeout' }
  | { kind: 'network' }
  /** The BFF's own rate limiter could not get a slot in time: Lightfield was not called. */
  | { kind: 'throttled' };

/** A Lightfield call that did not succeed: an error answer, a timeout, or no answer at all. */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    readonly failure: UpstreamFailure,
    readonly operation: Operation,
    /** How many times Lightfield was called before giving up. */
    readonly attempts = 1,
  ) {
    super(
      failure.kind === 'http'
        ? `Lightfield ${operation} answered ${failure.status} ${failure.error.type}`
        : `Lightfield ${operation} failed: ${failure.kind}`,
    );
  }

  get status(): number | null {
    return this.failure.kind === 'http' ? this.failure.status : null;
  }

  /** The same failure after `attempts` calls, for the log line and the answer. */
  withAttempts(attempts: number): UpstreamError {
    return new UpstreamError(this.failure, this.operation, attempts);
  }
}

/** Errors come wrapped in {error: …} (docs) or flat (spec): API.md §9. */
export function parseLightfieldError(body: unknown, status: number): LightfieldError {
  const candidate =
    body &&
    typeof body === 'object' &&
    'error' in body &&
    body.error &&
    typeof body.error === 'object'
      ? body.error
      : body;
  const e = (candidate && typeof candidate === 'object' ? candidate : {}) as Record<
    string,
    unknown
  >;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const code = str(e.code);
  const param = str(e.param);
  return {
    type: str(e.type) ?? `http_${status}`,
    message: str(e.message) ?? `Lightfield answered ${status}`,
    ...(code && { code }),
    ...(param && { param }),
  };
}
