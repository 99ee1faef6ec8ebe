/** Per-request values the middleware sets for the routes (Hono's typed `c.get`). */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The rep's email from `TRUSTED_USER_HEADER`; null when the gate is off. */
    userEmail: string | null;
    /** The client went away mid-request (an aborted upload): logged once, at info. */
    clientAborted: boolean;
  };
}
