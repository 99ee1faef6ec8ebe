import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/translate';
import { isHelpShortcut } from './shortcut-keys';
import './shortcuts-help.css';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * "Keyboard shortcuts": a button, and "?" anywhere outside a text field, open a small dialog
 * listing them. A native <dialog> traps focus, closes on Escape and gives focus back by itself.
 */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const show = () => {
    const element = dialog.current;
    if (!element || element.open) return;
    // jsdom has no showModal; a browser always does.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    setOpen(true);
  };
  const close = () => {
    const element = dialog.current;
    if (element?.open && typeof element.close === 'function') element.close();
    else element?.removeAttribute('open');
    setOpen(false);
  };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isHelpShortcut(event)) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  const mod = isMac() ? '⌘' : t('shortcuts.ctrl');
  const rows: [string, string][] = [
    [`${mod}+Enter`, t('shortcuts.submit')],
    [`${mod}+Enter`, t('shortcuts.another')],
    ['Esc', t('shortcuts.escape')],
    ['?', t('shortcuts.help')],
  ];
  return (
    <>
      <button
        type="button"
        className="button button--quiet shortcuts-help__open"
        aria-haspopup="dialog"
        onClick={show}
      >
        {t('shortcuts.open')}
      </button>
      <dialog
        ref={dialog}
        className="shortcuts-help"
        aria-labelledby="shortcuts-help-title"
        onClose={() => setOpen(false)}
      >
        <h2 id="shortcuts-help-title" className="shortcuts-help__title">
          {t('shortcuts.title')}
        </h2>
        {open && (
          <dl className="shortcuts-help__list">
            {rows.map(([keys, what]) => (
              <div key={what} className="shortcuts-help__row">
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        )}
        <button type="button" className="button button--secondary" onClick={close} autoFocus>
          {t('shortcuts.close')}
        </button>
      </dialog>
    </>
  );
}
