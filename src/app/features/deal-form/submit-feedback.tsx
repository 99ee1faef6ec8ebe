import { t } from '../../i18n/translate';
import type { SubmitFailure } from './submit-failure';
import './submit-feedback.css';

interface SubmitFeedbackProps {
  failure: SubmitFailure | null;
  pending: boolean;
  onRetry: () => void;
}

/** The form's one live region: why the last submit failed, and a retry when that is safe. */
export function SubmitFeedback({ failure, pending, onRetry }: SubmitFeedbackProps) {
  return (
    <div
      role="alert"
      className={failure ? 'submit-feedback submit-feedback--error' : 'submit-feedback'}
    >
      {failure && (
        <>
          <p className="submit-feedback__title">{failure.title}</p>
          <p>{failure.detail}</p>
          {failure.extra.length > 0 && (
            <ul className="submit-feedback__list">
              {failure.extra.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {failure.requestId && (
            <p className="submit-feedback__reference">
              {t('submit.reference')} <code>{failure.requestId}</code>
            </p>
          )}
          {failure.retryable && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={pending || undefined}
              onClick={() => {
                if (!pending) onRetry();
              }}
            >
              {t('submit.tryAgain')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
