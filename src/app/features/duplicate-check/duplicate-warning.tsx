import { useEffect, useRef } from 'react';
import type { DuplicateFound } from '../../api/find-duplicates';
import './duplicate-warning.css';

interface DuplicateWarningProps {
  duplicate: DuplicateFound;
  onCreateAnyway: () => void;
}

/** "A deal named … already exists for …": open the existing one, or create this one anyway. */
export function DuplicateWarning({ duplicate, onCreateAnyway }: DuplicateWarningProps) {
  const existing = duplicate.data[0];
  const where = duplicate.accountName ?? 'this account';
  const region = useRef<HTMLDivElement>(null);
  // The submit was held back; take the rep to the choice it is waiting for.
  useEffect(() => region.current?.focus(), []);
  return (
    <div className="duplicate-warning" role="alert" tabIndex={-1} ref={region}>
      <p className="duplicate-warning__title">
        {`A deal named “${duplicate.name}” already exists for ${where}.`}
      </p>
      <div className="duplicate-warning__actions">
        {existing?.httpLink && (
          <a
            className="button button--secondary"
            href={existing.httpLink}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open it<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        <button type="button" className="button button--secondary" onClick={onCreateAnyway}>
          Create anyway
        </button>
      </div>
    </div>
  );
}
