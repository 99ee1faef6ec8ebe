import { Hono } from 'hono';
import type { RouteDeps } from './deps';

export function definitionsRoute({ definitions }: RouteDeps) {
  return new Hono().get('/', async (c) => c.json(await definitions.get()));
}
