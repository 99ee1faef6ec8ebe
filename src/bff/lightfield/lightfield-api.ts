import type {
  AuthValidateResponse,
  CreateBody,
  DefinitionsResponse,
  LightfieldRecord,
  ListResponse,
} from '../../model/lightfield-types';
import type { UpstreamClient } from './upstream-client';

/** Lightfield's page size cap (API.md §8). */
export const PAGE_LIMIT = 25;

/**
 * The allowlist: every Lightfield endpoint the form needs, and nothing else. Routes call these;
 * no route can reach a path or a query parameter that is not written here.
 */
export function createLightfieldApi(client: UpstreamClient) {
  return {
    // A readiness probe wants a quick answer, not 20 s of retries.
    validateAuth: () =>
      client.get<AuthValidateResponse>(
        'auth.validate',
        '/v1/auth/validate',
        {},
        { maxAttempts: 1 },
      ),

    opportunityDefinitions: () =>
      client.get<DefinitionsResponse>('opportunities.definitions', '/v1/opportunities/definitions'),

    searchAccounts: (filter: { nameStartsWith?: string; limit?: number }) =>
      client.get<ListResponse>('accounts.list', '/v1/accounts', {
        '$name[startsWith]': filter.nameStartsWith,
        limit: filter.limit ?? PAGE_LIMIT,
      }),

    /** Find-or-create's first half: an exact name match (API.md §8). */
    findAccountsNamed: (name: string) =>
      client.get<ListResponse>('accounts.list', '/v1/accounts', {
        '$name[equal]': name,
        limit: 1,
      }),

    createAccount: (name: string, idempotencyKey: string) =>
      client.post<LightfieldRecord>(
        'accounts.create',
        '/v1/accounts',
        { fields: { $name: name } },
        idempotencyKey,
      ),

    getAccount: (id: string) =>
      client.get<LightfieldRecord>('accounts.retrieve', `/v1/accounts/${encodeURIComponent(id)}`),

    listMembers: (offset: number) =>
      client.get<ListResponse>('members.list', '/v1/members', { limit: PAGE_LIMIT, offset }),

    searchContacts: (filter: { nameStartsWith?: string; accountId?: string; limit?: number }) =>
      client.get<ListResponse>('contacts.list', '/v1/contacts', {
        '$name[startsWith]': filter.nameStartsWith,
        '$account-contact[contains]': filter.accountId,
        limit: filter.limit ?? PAGE_LIMIT,
      }),

    /** The duplicate check (API.md §7.4): exact name; the account is matched by the caller. */
    findOpportunitiesNamed: (name: string) =>
      client.get<ListResponse>('opportunities.list', '/v1/opportunities', {
        '$name[equal]': name,
        limit: PAGE_LIMIT,
      }),

    // No retries: the success view polls again on its own schedule (a summary poll, API.md §18).
    getOpportunity: (id: string) =>
      client.get<LightfieldRecord>(
        'opportunities.retrieve',
        `/v1/opportunities/${encodeURIComponent(id)}`,
        {},
        { maxAttempts: 1 },
      ),

    taskDefinitions: () =>
      client.get<DefinitionsResponse>('tasks.definitions', '/v1/tasks/definitions'),

    createTask: (body: CreateBody, idempotencyKey: string) =>
      client.post<LightfieldRecord>('tasks.create', '/v1/tasks', body, idempotencyKey),

    createNote: (body: CreateBody, idempotencyKey: string) =>
      client.post<LightfieldRecord>('notes.create', '/v1/notes', body, idempotencyKey),

    createOpportunity: (body: CreateBody, idempotencyKey: string) =>
      client.post<LightfieldRecord>(
        'opportunities.create',
        '/v1/opportunities',
        body,
        idempotencyKey,
      ),
  };
}

export type LightfieldApi = ReturnType<typeof createLightfieldApi>;
