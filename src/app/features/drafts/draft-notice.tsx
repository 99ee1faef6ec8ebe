import { t } from '../../i18n/translate';
import './draft-notice.css';

interface DraftNoticeProps {
  /** The draft came back from storage (otherwise only the key notice below applies). */
  restored: boolean;
  /** Labels of saved values that no longer fit the form and were removed. */
  dropped: string[];
  /** Lightfield said the opportunity fields changed since the draft was typed. */
  formChanged: boolean;
  /** Its key was too old to trust: the next send looks for the deal first. */
  keyRenewed: boolean;
  onDiscard: () => void;
  /**
   * While a create of this draft is in flight or unsettled, discarding would forget a deal that
   * may exist and start a new key: the form's lock covers this button too.
   */
  discardDisabled: boolean;
}

/** "Draft restored · Discard", what could not be restored, and a key that was renewed. */
export function DraftNotice({
  restored,
  dropped,
  formChanged,
  keyRenewed,
  onDiscard,
  discardDisabled,
}: DraftNoticeProps) {
  return (
    <div className="warning-notice draft-notice" role="status">
      <p>
        {restored && (
          <>
            <span className="draft-notice__title">{t('draft.restored')}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <button
          type="button"
          className="button button--quiet"
          disabled={discardDisabled}
          onClick={onDiscard}
        >
          {t('draft.discard')}
        </button>
      </p>
      {keyRenewed && <p>{t('draft.keyRenewed')}</p>}
      {formChanged && <p>{t('draft.formChanged')}</p>}
      {dropped.length > 0 && (
        <p>{t('draft.dropped', { count: dropped.length, labels: dropped })}</p>
      )}
    </div>
  );
}
