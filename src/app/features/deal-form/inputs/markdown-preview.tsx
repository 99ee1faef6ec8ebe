import { MarkdownView } from '../../../components/markdown/markdown-view';
import './markdown-preview.css';

/** A MARKDOWN field's preview: rendered the way the success view renders the AI summary. */
export function MarkdownPreview({ text }: { text: string }) {
  if (text.trim() === '') {
    return (
      <div className="markdown-preview">
        <p>Nothing to preview yet.</p>
      </div>
    );
  }
  return <MarkdownView text={text} />;
}
