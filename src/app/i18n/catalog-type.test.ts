import { expect, it } from 'vitest';
import type { Catalog } from './messages-en';
import { fr } from './messages-fr';

// A type test: `npm run typecheck` fails if a catalog may lack a key. Were `Catalog` to accept a
// missing key, the `@ts-expect-error` below would be unused, which is itself a type error.
const { 'created.anotherFor': _dropped, ...withoutOneKey } = fr;

// @ts-expect-error — a catalog without "created.anotherFor" is not a Catalog.
const incomplete: Catalog = withoutOneKey;

it('a catalog without a key is refused by the type check (see the @ts-expect-error above)', () => {
  expect(Object.keys(incomplete)).not.toContain('created.anotherFor');
});
