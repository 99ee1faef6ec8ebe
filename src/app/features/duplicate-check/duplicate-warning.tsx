import { useEffect, useRef } from 'react';
import type { DuplicateFound } from '../../api/find-duplicates';
import './duplicate-warning.css';
import { t } from '../../i18n/translate';

interface DuplicateWarningProps {
  duplicate: DuplicateFound;
  onCreateAnyway: () => void;
}

/** "A deal named … already exists for …": open the existing one, or create this one anyway. */
export function DuplicateWarning({ duplicate, onCreateAnyway }: DuplicateWarningProps) {
  const existing = duplicate.data[0];
  const account = duplicate.accountName ?? t('duplicate.thisAccount');
  const region = useRef<HTMLDivElement>(null);
  // The submit was held back; take the rep to the choice it is waiting for.
  useEffect(() => region.current?.focus(), []);
  return (
    <div className="warning-notice duplicate-warning" role="alert" tabIndex={-1} ref={region}>
      <p className="duplicate-warning__title">
        {t('duplicate.title', { name: duplicate.name, account })}
      </p>
      <div className="duplicate-warning__actions">
        {existing?.httpLink && (
          <a
            className="button button--secondary"
            href={existing.httpLink}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('duplicate.open')}
            <span className="visually-hidden">{t('duplicate.newTab')}</span>
          </a>
        )}
        <button type="button" className="button button--secondary" onClick={onCreateAnyway}>
          {t('duplicate.createAnyway')}
        </button>
      </div>
    </div>
  );
}
