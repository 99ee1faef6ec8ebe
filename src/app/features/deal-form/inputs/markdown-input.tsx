import { useState } from 'react';
import type { FieldInputProps } from './field-input-props';
import { MarkdownPreview } from './markdown-preview';
import { t } from '../../../i18n/translate';
import './markdown-input.css';

export function MarkdownInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  shell: { control },
}: FieldInputProps<'MARKDOWN'>) {
  const [previewing, setPreviewing] = useState(false);
  return (
    <div className="markdown-input">
      {/* The textarea stays mounted (hidden) while previewing: its value, focus-on-error
              target and label stay where they are. */}
      <textarea
        {...control}
        ref={focusRef}
        className="input textarea"
        rows={5}
        hidden={previewing}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {previewing && <MarkdownPreview text={value} />}
      <button
        type="button"
        className="button button--quiet"
        aria-pressed={previewing}
        aria-label={t('markdown.previewNamed', { label: field.label })}
        onClick={() => setPreviewing((p) => !p)}
      >
        {t('markdown.preview')}
      </button>
    </div>
  );
}
