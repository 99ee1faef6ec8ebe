/** Lightfield's three rate-limit buckets (API.md §11). */
export type RateCategory = 'read' | 'search' | 'write';

interface OperationInfo {
  category: RateCategory;
  /** The scope a key needs for it (API.md §3); null for none. */
  scope: string | null;
}

/**
 * Every Lightfield call the BFF can make, with its bucket and scope. The category drives the
 * client-side rate limiter; the scope names what is missing when Lightfield answers 403.
 */
export const OPERATIONS = {
  'auth.validate': { category: 'read', scope: null },
  'opportunities.definitions': { category: 'read', scope: 'opportunities:read' },
  'opportunities.create': { category: 'write', scope: 'opportunities:create' },
  'opportunities.list': { category: 'search', scope: 'opportunities:read' },
  // The success view's wait for the AI summary: Retrieve, as the list index lags (API.md §18).
  'opportunities.retrieve': { category: 'read', scope: 'opportunities:read' },
  // The Follow-up section (API.md §17); a key without these scopes still creates deals.
  'tasks.definitions': { category: 'read', scope: 'tasks:read' },
  'tasks.create': { category: 'write', scope: 'tasks:create' },
  'notes.create': { category: 'write', scope: 'notes:create' },
  'accounts.list': { category: 'search', scope: 'accounts:read' },
  'accounts.retrieve': { category: 'read', scope: 'accounts:read' },
  // Only inline account creation needs it; a key without it still serves the rest of the form.
  'accounts.create': { category: 'write', scope: 'accounts:create' },
  'members.list': { category: 'search', scope: 'members:read' },
  'contacts.list': { category: 'search', scope: 'contacts:read' },
} as const satisfies Record<string, OperationInfo>;

export type Operation = keyof typeof OPERATIONS;

/** The scopes the Follow-up section needs: without them it is hidden (docs/follow-up.md). */
export const FOLLOW_UP_SCOPES = {
  task: ['tasks:create', 'tasks:read'],
  note: ['notes:create'],
} as const;

/** The scopes the form needs, in README order; `/api/ready` reports the missing ones. */
export const REQUIRED_SCOPES: readonly string[] = [
  'opportunities:read',
  'opportunities:create',
  'accounts:read',
  'members:read',
  'contacts:read',
  ...FOLLOW_UP_SCOPES.task,
  ...FOLLOW_UP_SCOPES.note,
];

/** The scopes of `needed` a key lacks; a key with no scope list has full access (API.md §7.1). */
export function missingScopes(granted: unknown, needed: readonly string[]): string[] {
  const scopes: unknown[] = Array.isArray(granted) ? granted : [];
  return scopes.length === 0 ? [] : needed.filter((scope) => !scopes.includes(scope));
}
