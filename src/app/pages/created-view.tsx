import { useEffect, useRef, type ReactNode } from 'react';
import type { CreateOpportunityResponse } from '../../model/api-contract';
import { useAccount } from '../api/get-account';
import { AiSummary } from '../features/ai-summary/ai-summary';
import { StoredRecordView } from '../features/demo/stored-record-view';
import { isSubmitShortcut } from '../features/shortcuts/shortcut-keys';
import { t } from '../i18n/translate';
import './created-view.css';

interface CreatedViewProps {
  created: CreateOpportunityResponse;
  /** A new, empty draft. */
  onCreateAnother: () => void;
  /** The account the deal was for; with it, "Another for <account>" keeps account, owner, stage. */
  accountId: string;
  onCreateAnotherForAccount: () => void;
  /** The next step and note still missing, with their own "Try again" (follow-up-status.tsx). */
  followUp?: ReactNode;
  /** A task or note is still to be saved: Ctrl/⌘+Enter must not move on and drop it. */
  holdShortcut?: boolean;
}

export function CreatedView({
  created,
  onCreateAnother,
  accountId,
  onCreateAnotherForAccount,
  followUp,
  holdShortcut = false,
}: CreatedViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The picker seeded the account's detail cache on the pick: its name is usually already here.
  const account = useAccount(accountId);
  // The form the rep was in is gone; land them on the outcome.
  useEffect(() => heading.current?.focus(), []);
  // Ctrl/⌘+Enter again: the next deal for the same account, as the button below.
  const another = useRef(onCreateAnotherForAccount);
  another.current = onCreateAnotherForAccount;
  useEffect(() => {
    if (!accountId || holdShortcut) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSubmitShortcut(event)) return;
      // On a link or button the keys are the browser's (a link opens in a new tab).
      if (event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement) {
        return;
      }
      event.preventDefault();
      another.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [accountId, holdShortcut]);
  const accountName = account.data?.name;
  return (
    <section className="created" aria-labelledby="created-heading">
      <h2 id="created-heading" ref={heading} tabIndex={-1} className="created__heading">
        {t('created.heading')}
      </h2>
      <p className="created__name">{created.name}</p>
      {!created.httpLink && (
        <p className="created__note">
          {t('created.noLink')} <code>{created.id}</code>
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
            {t('created.open')}
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
        <span id="created-new-tab" hidden>
          {t('created.newTab')}
        </span>
        {accountId && (
          <button
            type="button"
            className="button button--secondary"
            onClick={onCreateAnotherForAccount}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {accountName
              ? t('created.anotherFor', { account: accountName })
              : t('created.anotherForThis')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCreateAnother}>
          {t('created.another')}
        </button>
      </div>
      {followUp}
      <AiSummary opportunityId={created.id} summaryKeys={created.summaryKeys} />
      <StoredRecordView id={created.id} />
    </section>
  );
}
