import { useQuery } from '@tanstack/react-query';
import type { DemoRecordResponse } from '../../../model/api-contract';
import { apiFetch } from '../../api/api-client';
import { useHealth } from '../../api/get-health';
import { t } from '../../i18n/translate';

/**
 * Demo mode only: the deal as the (fake) Lightfield stored it, so a presenter can show the
 * customer exactly what landed in the CRM: typed values, option ids, linked records.
 */
export function StoredRecordView({ id }: { id: string }) {
  const health = useHealth();
  const demo = health.data?.mode === 'demo';
  const stored = useQuery({
    queryKey: ['demo-record', id],
    queryFn: ({ signal }) =>
      apiFetch<DemoRecordResponse>(`/api/demo/opportunities/${encodeURIComponent(id)}`, {
        signal,
      }),
    enabled: demo,
  });
  if (!demo || !stored.data) return null;
  return (
    <details className="stored-record" open>
      <summary>{t('demo.stored')}</summary>
      <pre className="stored-record__json">{JSON.stringify(stored.data.record, null, 2)}</pre>
    </details>
  );
}
