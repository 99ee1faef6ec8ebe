import { t } from '../../i18n/translate';
import { useEmbed } from './embed-context';

/** Only inside a portal: hands control back to it (`onCancel`); the portal decides what next. */
export function EmbedCancelButton() {
  const { bridge } = useEmbed();
  if (!bridge) return null;
  return (
    <button type="button" className="button button--secondary embed-cancel" onClick={bridge.cancel}>
      {t('embed.cancel')}
    </button>
  );
}
