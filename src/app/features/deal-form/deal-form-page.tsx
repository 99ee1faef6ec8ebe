import { useMemo } from 'react';
import { useDefinitions } from '../../api/get-definitions';
import { appLocale } from '../../lib/locale';
import { DealForm } from './deal-form';

/** Loads the org's opportunity definitions, then shows the form built from them. */
export function DealFormPage() {
  const definitions = useDefinitions();
  const locale = useMemo(appLocale, []);

  if (definitions.isPending) {
    return (
      <p className="page-status" role="status">
        Loading the form…
      </p>
    );
  }
  if (definitions.isError) {
    return (
      <div className="page-status page-status--error" role="alert">
        <p>The form could not be loaded. {definitions.error.message}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void definitions.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }
  return <DealForm defs={definitions.data} locale={locale} />;
}
