import './demo.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { t } from '../../i18n/translate';

const resetDemo = () =>
  apiFetch<{ status: 'reset' }>('/api/demo/reset', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
    signal: null,
  });

/** Puts the demo back to the seeded sales team between two customer calls. */
export function ResetDemoButton() {
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: resetDemo,
    // Searches and records cached in the page may name deals that no longer exist.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <span className="demo-reset">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => reset.mutate()}
        aria-disabled={reset.isPending || undefined}
      >
        {t('demo.reset')}
      </button>
      <span role="status" className="demo-reset__status">
        {reset.isSuccess && t('demo.reset.done')}
        {reset.isError && t('demo.reset.failed')}
      </span>
    </span>
  );
}
