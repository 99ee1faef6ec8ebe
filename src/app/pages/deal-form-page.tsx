import { useEffect, useMemo } from 'react';
import { useDefinitions } from '../api/get-definitions';
import { t } from '../i18n/translate';
import { appLocale } from '../lib/locale';
import { definitionsFingerprint } from '../features/drafts/definitions-fingerprint';
import { useDraftSlot } from '../features/drafts/use-draft-slot';
import { useEmbed } from '../features/embed/embed-context';
import { DealForm } from './deal-form';
import { loadFailureKey, loadFailureReference } from './load-failure';
import './deal-form-page.css';

/** Loads the org's opportunity definitions, then shows the form built from them. */
export function DealFormPage() {
  const definitions = useDefinitions();
  const draftSlot = useDraftSlot();
  const locale = useMemo(appLocale, []);
  const { bridge } = useEmbed();
  const loadError = definitions.isError ? definitions.error : null;
  // An embedding portal hears that the form could not load (once per failed load), so it can
  // offer its own way out rather than leave a rep looking at an error inside its page.
  useEffect(() => {
    if (loadError)
      bridge?.error({ code: 'definitions_unavailable', message: t('page.loadFailed') });
  }, [bridge, loadError]);

  if (definitions.isError) {
    const reference = loadFailureReference(definitions.error);
    return (
      <div className="page-status page-status--error" role="alert">
        <p>
          {t('page.loadFailed')} {t(loadFailureKey(definitions.error))}
        </p>
        {reference && (
          <p>
            {t('submit.reference')} <code>{reference}</code>
          </p>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void definitions.refetch()}
        >
          {t('page.tryAgain')}
        </button>
      </div>
    );
  }
  // The draft slot is claimed while the definitions load; both are needed to build the form.
  if (definitions.isPending || !draftSlot.data) {
    return (
      <p className="page-status" role="status">
        {t('page.loading')}
      </p>
    );
  }
  // Keyed by the definitions: when they change the form is rebuilt and the draft restored into it.
  return (
    <DealForm
      key={definitionsFingerprint(definitions.data)}
      defs={definitions.data}
      locale={locale}
      draftKey={draftSlot.data.storageKey}
    />
  );
}
