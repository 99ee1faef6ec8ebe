import { http, type HttpHandler } from 'msw';
import type { FakeContext } from './context';
import { createAccountRoute, createOpportunityRoute } from './create-endpoints';
import { createNoteRoute, createTaskRoute } from './follow-up-endpoints';
import { dispatch, type Route } from './pipeline';
import { authValidateRoute, definitionsRoute, listRoute, retrieveRoute } from './read-endpoints';

function stringParams(params: Record<string, string | readonly string[] | undefined>) {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** msw handlers for the fake Lightfield API under `${ctx.baseUrl}/v1`. */
export function createHandlers(ctx: FakeContext): HttpHandler[] {
  const v1 = `${ctx.baseUrl}/v1`;
  const get = (path: string, route: Route): HttpHandler =>
    http.get(`${v1}${path}`, ({ request, params }) =>
      dispatch(ctx, route, request, stringParams(params)),
    );
  const post = (path: string, route: Route): HttpHandler =>
    http.post(`${v1}${path}`, ({ request, params }) =>
      dispatch(ctx, route, request, stringParams(params)),
    );

  // Order matters: `/definitions` must be matched before the `/:id` patterns.
  return [
    get('/auth/validate', authValidateRoute(ctx)),
    get('/opportunities/definitions', definitionsRoute(ctx, 'opportunity')),
    get('/accounts/definitions', definitionsRoute(ctx, 'account')),
    get('/contacts/definitions', definitionsRoute(ctx, 'contact')),
    get('/tasks/definitions', definitionsRoute(ctx, 'task')),
    get('/opportunities', listRoute(ctx, 'opportunity')),
    get('/accounts', listRoute(ctx, 'account')),
    get('/contacts', listRoute(ctx, 'contact')),
    get('/members', listRoute(ctx, 'member')),
    get('/opportunities/:id', retrieveRoute(ctx, 'opportunity')),
    get('/accounts/:id', retrieveRoute(ctx, 'account')),
    get('/contacts/:id', retrieveRoute(ctx, 'contact')),
    get('/members/:id', retrieveRoute(ctx, 'member')),
    get('/tasks/:id', retrieveRoute(ctx, 'task')),
    get('/notes/:id', retrieveRoute(ctx, 'note')),
    post('/opportunities', createOpportunityRoute(ctx)),
    post('/accounts', createAccountRoute(ctx)),
    post('/tasks', createTaskRoute(ctx)),
    post('/notes', createNoteRoute(ctx)),
    // Anything else under the base URL gets Lightfield's 404 instead of falling through.
    http.all(`${ctx.baseUrl}/*`, ({ request }) => dispatch(ctx, null, request, {})),
  ];
}
