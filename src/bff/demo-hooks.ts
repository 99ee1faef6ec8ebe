import type { FakeLightfield } from '../fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import type { ExampleAccount } from './examples/portal-page';

/** What demo mode can do to its in-process fake Lightfield, and live mode never can. */
export interface DemoHooks {
  /** Back to the seeded sales team: created deals gone, ids restart. */
  reset: () => void;
  /** A created deal exactly as the fake stores it, for the presenter's success view. */
  storedOpportunity: (id: string) => unknown;
  /** The seeded account the example portal page (/examples/portal) stands for. */
  exampleAccount: ExampleAccount;
}

export function demoHooksFor(fake: FakeLightfield, afterReset: () => void = () => {}): DemoHooks {
  return {
    reset: () => {
      fake.reset();
      afterReset();
    },
    storedOpportunity: (id) => {
      const record = fake.store.get('opportunity', id);
      return record ? structuredClone(record) : null;
    },
    exampleAccount: { id: WELL_KNOWN.account.id, name: WELL_KNOWN.account.name },
  };
}
