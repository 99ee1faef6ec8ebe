import type { MouseEvent } from 'react';
import './submit-button.css';
import { t } from '../../i18n/translate';

/**
 * aria-disabled rather than disabled: the button keeps focus and stays discoverable while a
 * request is in flight. The form's submit handler is the real guard (Enter, double-clicks).
 */
export function SubmitButton({ pending }: { pending: boolean }) {
  return (
    <div className="form-actions__submit">
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={pending || undefined}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          if (pending) event.preventDefault();
        }}
      >
        {pending && <span className="spinner" aria-hidden="true" />}
        {t('submit.create')}
      </button>
      <span className="form-actions__status" role="status">
        {pending ? t('submit.creating') : ''}
      </span>
    </div>
  );
}
