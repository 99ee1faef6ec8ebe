import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { draftStorageKey, writeDraft } from './draft-store';
import { draftSlotQueryOptions } from './use-draft-slot';

describe('the page’s draft slot', () => {
  test('stays the same when every query is invalidated (as the demo’s reset does)', async () => {
    const client = new QueryClient();
    const first = await client.fetchQuery(draftSlotQueryOptions());

    // A closed tab's draft appears: a second claim would adopt it and move this tab's draft.
    writeDraft(draftStorageKey('closed-tab'), {
      idempotencyKey: crypto.randomUUID(),
      values: { fields: { $name: 'Left behind' }, relationships: {} },
      awaitingAnswer: false,
      formChanged: false,
    });
    await client.refetchQueries({ queryKey: ['draft-slot'] });
    await client.invalidateQueries();

    expect(client.getQueryData(draftSlotQueryOptions().queryKey)).toEqual(first);
    client.clear();
  });
});
