import { MarkdownView } from '../../components/markdown/markdown-view';
import { t } from '../../i18n/translate';
import { useSummaryPoll } from './use-summary-poll';
import './ai-summary.css';

interface AiSummaryProps {
  opportunityId: string;
  /** The read-only MARKDOWN fields Lightfield had not yet written when the deal was created. */
  summaryKeys: readonly string[];
}

/**
 * The "AI summary" region of the success view: says the summary is being written, then shows
 * it as Markdown when Lightfield has it. Nothing when the org has no such field.
 */
export function AiSummary({ opportunityId, summaryKeys }: AiSummaryProps) {
  const state = useSummaryPoll(opportunityId, summaryKeys);
  if (!state) return null;
  return (
    <section
      className="ai-summary"
      aria-labelledby="ai-summary-heading"
      aria-busy={state.status === 'writing'}
    >
      <h3 id="ai-summary-heading" className="ai-summary__heading">
        {t('summary.title')}
      </h3>
      <div role="status">
        {state.status === 'writing' && (
          <p className="ai-summary__waiting">{t('summary.writing')}</p>
        )}
        {state.status === 'late' && <p className="ai-summary__waiting">{t('summary.late')}</p>}
      </div>
      {state.status === 'shown' &&
        state.summaries.map((summary) => (
          <div key={summary.key} className="ai-summary__field">
            {state.summaries.length > 1 && <p className="ai-summary__label">{summary.label}</p>}
            <MarkdownView text={summary.markdown} className="markdown-preview ai-summary__text" />
          </div>
        ))}
    </section>
  );
}
