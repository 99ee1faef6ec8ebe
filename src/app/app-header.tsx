import { useHealth } from './api/get-health';

export function AppHeader() {
  const health = useHealth();
  return (
    <header className="app-header">
      <h1 className="app-header__title">New opportunity</h1>
      {health.data?.mode === 'demo' && (
        <p className="badge badge--demo">
          <strong>Demo</strong> — nothing is sent to Lightfield
        </p>
      )}
    </header>
  );
}
