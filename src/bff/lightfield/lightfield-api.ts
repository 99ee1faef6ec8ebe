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
 * no route can reach a path that is not written here.
 */
export function createLightfieldApi(client: UpstreamClient) {
  return {
    validateAuth: () => client.get<AuthValidateResponse>('auth.validate', '/v1/auth/validate'),

    opportunityDefinitions: () =>
      client.get<DefinitionsResponse>('opportunities.definitions', '/v1/opportunities/definitions'),

    searchAccounts: (filter: { nameStartsWith?: string; nameEquals?: string; limit?: number }) =>
      client.get<ListResponse>('accounts.list', '/v1/accounts', {
        '$name[startsWith]': filter.nameStartsWith,
        '$name[equal]': filter.nameEquals,
        limit: filter.limit ?? PAGE_LIMIT,
      }),

    getAccount: (id: string) =>
      client.get<LightfieldRecord>('accounts.retrieve', `/v1/accounts/${encodeURIComponent(id)}`),

    createAccount: (body: { fields: Record<string, unknown> }, idempotencyKey: string) =>
      client.post<LightfieldRecord>('accounts.create', '/v1/accounts', body, idempotencyKey),

    listMembers: (offset: number) =>
      client.get<ListResponse>('members.list', '/v1/members', { limit: PAGE_LIMIT, offset }),

    searchContacts: (filter: { nameStartsWith?: string; accountId?: string; limit?: number }) =>
      client.get<ListResponse>('contacts.list', '/v1/contacts', {
        '$name[startsWith]': filter.nameStartsWith,
        '$account-contact[contains]': filter.accountId,
        limit: filter.limit ?? PAGE_LIMIT,
      }),

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
