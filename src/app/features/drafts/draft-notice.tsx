import { t } from '../../i18n/translate';

interface DraftNoticeProps {
  /** Labels of saved values that no longer fit the form and were removed. */
  dropped: string[];
  /** Lightfield said the opportunity fields changed since the draft was typed. */
  formChanged: boolean;
  onDiscard: () => void;
  /**
   * While a create of this draft is in flight or unsettled, discarding would forget a deal that
   * may exist and start a new key: the form's lock covers this button too.
   */
  discardDisabled: boolean;
}

/** "Draft restored · Discard", and what could not be restored. */
export function DraftNotice({
  dropped,
  formChanged,
  onDiscard,
  discardDisabled,
}: DraftNoticeProps) {
  return (
    <div className="draft-notice" role="status">
      <p>
        <span className="draft-notice__title">{t('draft.restored')}</span>
        <span aria-hidden="true"> · </span>
        <button
          type="button"
          className="button button--quiet"
          disabled={discardDisabled}
          onClick={onDiscard}
        >
          {t('draft.discard')}
        </button>
      </p>
      {formChanged && <p>{t('draft.formChanged')}</p>}
      {dropped.length > 0 && (
        <p>
          {t('draft.dropped')} {dropped.join(', ')}.
        </p>
      )}
    </div>
  );
}
