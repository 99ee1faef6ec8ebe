import { pendingFollowUp, retryableFollowUp, type FollowUpResult } from '../../../model/follow-up';
import { t } from '../../i18n/translate';
import './follow-up-status.css';

interface FollowUpStatusProps {
  result: FollowUpResult | undefined;
  /** A "Try again" is on its way. */
  retrying: boolean;
  /** The last "Try again" got no answer. */
  retryFailed: boolean;
  onRetry: () => void;
}

const NAMES = { task: 'followUp.pending.task', note: 'followUp.pending.note' } as const;

/**
 * What became of the deal's next step and note. When one is still missing the deal stays shown
 * (it exists), and "Try again" re-sends the same request: only what is missing gets written.
 */
export function FollowUpStatus({ result, retrying, retryFailed, onRetry }: FollowUpStatusProps) {
  const pending = pendingFollowUp(result);
  if (pending.length === 0) return null;
  const retryable = retryableFollowUp(result).length > 0;
  return (
    <div role="alert" className="submit-feedback submit-feedback--error follow-up-status">
      <p className="submit-feedback__title">
        {t('followUp.pending.title')} {pending.map((record) => t(NAMES[record])).join(', ')}
      </p>
      <p>{t(retryable ? 'followUp.pending.detail' : 'followUp.pending.final')}</p>
      {retryFailed && <p>{t('followUp.retryFailed')}</p>}
      {retryable && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={retrying || undefined}
          onClick={() => {
            if (!retrying) onRetry();
          }}
        >
          {t(retrying ? 'followUp.retrying' : 'followUp.tryAgain')}
        </button>
      )}
    </div>
  );
}
