import type { ReactNode } from 'react';
import { t } from '../../../i18n/translate';
import './markdown-preview.css';

// A preview, not a Markdown engine: headings, lists, paragraphs, **bold**, *italic* and `code`,
// built as React elements (never HTML strings), so nothing the rep types can inject markup.
const INLINE = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;

function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
      return <strong key={i}>{part.slice(2, -2)}</strong>;
    }
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
      return <code key={i}>{part.slice(1, -1)}</code>;
    }
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) {
      return <em key={i}>{part.slice(1, -1)}</em>;
    }
    return part;
  });
}

export function MarkdownPreview({ text }: { text: string }) {
  const blocks = text.trim().split(/\n{2,}/);
  return (
    <div className="markdown-preview">
      {text.trim() === '' ? (
        <p>{t('markdown.empty')}</p>
      ) : (
        blocks.map((block, i) => {
          const lines = block.split('\n');
          if (lines.every((l) => /^\s*[-*] /.test(l))) {
            return (
              <ul key={i}>
                {lines.map((l, j) => (
                  <li key={j}>{inline(l.replace(/^\s*[-*] /, ''))}</li>
                ))}
              </ul>
            );
          }
          const heading = /^(#{1,3}) (.*)$/.exec(block);
          if (heading && lines.length === 1) {
            // Inside a form section: levels start below the page's own headings.
            const level = Math.min(6, 3 + (heading[1]?.length ?? 1));
            const Tag = `h${level}` as 'h4' | 'h5' | 'h6';
            return <Tag key={i}>{inline(heading[2] ?? '')}</Tag>;
          }
          return (
            <p key={i}>
              {lines.map((l, j) => (
                <span key={j}>
                  {j > 0 && <br />}
                  {inline(l)}
                </span>
              ))}
            </p>
          );
        })
      )}
    </div>
  );
}
