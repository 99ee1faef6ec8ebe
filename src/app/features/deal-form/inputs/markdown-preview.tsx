import { MarkdownView } from '../../../components/markdown/markdown-view';
import { t } from '../../../i18n/translate';
import './markdown-preview.css';

/** A MARKDOWN field's preview: rendered the way the success view renders the AI summary. */
export function MarkdownPreview({ text }: { text: string }) {
  if (text.trim() === '') {
    return (
      <div className="markdown-preview">
        <p>{t('markdown.empty')}</p>
      </div>
    );
  }
  return <MarkdownView text={text} />;
}
