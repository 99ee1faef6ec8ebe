import { useHealth } from './api/get-health';
import { ResetDemoButton } from './features/demo/reset-demo-button';
import { t } from './i18n/translate';
import './app-header.css';

/** In a portal's iframe the portal is the page: the title is for screen readers only. */
export function AppHeader({ embedded = false }: { embedded?: boolean }) {
  const health = useHealth();
  return (
    <header className="app-header">
      <h1 className={embedded ? 'visually-hidden' : 'app-header__title'}>{t('app.title')}</h1>
      {health.data?.mode === 'demo' && (
        <p className="badge badge--demo">
          <strong>{t('demo.badge.strong')}</strong>
          {t('demo.badge.rest')}
        </p>
      )}
      {health.data?.mode === 'demo' && !embedded && <ResetDemoButton />}
    </header>
  );
}
