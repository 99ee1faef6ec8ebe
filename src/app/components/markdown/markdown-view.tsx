import { lazy, Suspense } from 'react';
import './markdown-view.css';

// react-markdown and its parser are display only, and most reps never preview: they load the
// first time Markdown is shown, not with the form.
const MarkdownRendered = lazy(() => import('./markdown-rendered'));

interface MarkdownViewProps {
  text: string;
  className?: string;
}

/**
 * Markdown as the rep and Lightfield's AI write it, rendered by react-markdown (raw HTML off).
 * Until the renderer has loaded, the same text shows plainly, so nothing flashes empty.
 */
export function MarkdownView({ text, className = 'markdown-preview' }: MarkdownViewProps) {
  return (
    <div className={className}>
      <Suspense fallback={<p className="markdown-plain">{text}</p>}>
        <MarkdownRendered text={text} />
      </Suspense>
    </div>
  );
}
