import type { StoredRecord } from './record-shape';
import type { FakeStore } from './store';

export const DEFAULT_SUMMARY_DELAY_MS = 4_000;

export interface SummaryWriter {
  /** A deal was created now: its summary is due after the delay. */
  schedule(opportunityId: string): void;
  /** Writes every summary that is due (called by the reads that could show one). */
  writeDue(): void;
  clear(): void;
}

const text = (record: StoredRecord | undefined, key: string): string | null => {
  const value = record?.fields[key]?.value;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** What Lightfield's background job might write: a few lines from the deal and what hangs off it. */
function summarise(store: FakeStore, deal: StoredRecord): string {
  const definitions = store.definitions.opportunity.fieldDefinitions;
  const stageId = deal.fields.$stage?.value;
  const stage = definitions.$stage?.typeConfiguration.options?.find((o) => o.id === stageId);
  const accountId = deal.relationships.$account?.values[0];
  const account = text(accountId ? store.get('account', accountId) : undefined, '$name');
  const amount = deal.fields.$amount?.value;
  const currency = definitions.$amount?.typeConfiguration.currency ?? 'USD';
  const tasks = (deal.relationships.$task?.values ?? [])
    .map((id) => text(store.get('task', id), '$title'))
    .filter((title): title is string => title !== null);
  const notes = (deal.relationships.$note?.values ?? []).length;
  const lines = [
    `**${text(deal, '$name') ?? deal.id}**${account ? ` with ${account}` : ''}` +
      `${stage ? `, currently in *${stage.label}*` : ''}.`,
    '',
    typeof amount === 'number'
      ? `- Value: ${new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount)}`
      : '- Value: not yet quoted',
    tasks.length > 0 ? `- Next step: ${tasks.join('; ')}` : '- Next step: none recorded yet',
    notes > 0 ? `- ${notes === 1 ? 'One note' : `${notes} notes`} from the rep` : '- No notes yet',
  ];
  return lines.join('\n');
}

/**
 * Lightfield writes an AI summary in the background after each create (API.md §18): the
 * read-only MARKDOWN fields are null in the create answer and filled a few seconds later.
 * Written lazily on read, against the fake's clock, so tests need no timers.
 */
export function createSummaryWriter(
  store: FakeStore,
  now: () => Date,
  delayMs: number,
): SummaryWriter {
  const due = new Map<string, number>();
  return {
    schedule: (id) => {
      due.set(id, now().getTime() + delayMs);
    },
    writeDue: () => {
      const at = now().getTime();
      const definitions = store.definitions.opportunity.fieldDefinitions;
      for (const [id, when] of due) {
        if (when > at) continue;
        due.delete(id);
        const deal = store.get('opportunity', id);
        if (!deal) continue;
        for (const [key, definition] of Object.entries(definitions)) {
          const slot = deal.fields[key];
          if (definition.readOnly && definition.valueType === 'MARKDOWN' && slot?.value === null) {
            slot.value = summarise(store, deal);
          }
        }
      }
    },
    clear: () => due.clear(),
  };
}
