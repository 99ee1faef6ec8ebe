/** Time as the BFF sees it; tests pass a fake so backoff and TTLs run without real waits. */
export interface Clock {
  /** Milliseconds, like `Date.now()`. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
