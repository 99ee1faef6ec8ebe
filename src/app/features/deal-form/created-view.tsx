import { useEffect, useRef, type ReactNode } from 'react';
import type { CreateOpportunityResponse } from '../../../model/api-contract';
import { StoredRecordView } from '../demo/stored-record-view';
import { AiSummary } from './ai-summary';

interface CreatedViewProps {
  created: CreateOpportunityResponse;
  onCreateAnother: () => void;
  /** The next step and note still missing, with their own "Try again" (follow-up-status.tsx). */
  followUp?: ReactNode;
}

export function CreatedView({ created, onCreateAnother, followUp }: CreatedViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the rep was in is gone; land them on the outcome.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="created" aria-labelledby="created-heading">
      <h2 id="created-heading" ref={heading} tabIndex={-1} className="created__heading">
        Opportunity created
      </h2>
      <p className="created__name">{created.name}</p>
      {!created.httpLink && (
        <p className="created__note">
          Lightfield did not return a link. Find the deal in Lightfield by its ID:{' '}
          <code>{created.id}</code>
        </p>
      )}
      <div className="created__actions">
        {created.httpLink && (
          <a
            className="button button--primary"
            href={created.httpLink}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby="created-new-tab"
          >
            Open in Lightfield
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
        <span id="created-new-tab" hidden>
          Opens in a new tab
        </span>
        <button type="button" className="button button--secondary" onClick={onCreateAnother}>
          Create another
        </button>
      </div>
      {followUp}
      <AiSummary opportunityId={created.id} summaryKeys={created.summaryKeys} />
      <StoredRecordView id={created.id} />
    </section>
  );
}
