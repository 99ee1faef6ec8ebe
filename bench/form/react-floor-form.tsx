import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

// bench:network's floor: React alone, the definitions fetched as ours fetches them (preloaded,
// then read once), and one labelled Name input. No form library, no styles. What this page
// measures over a link, no React page that waits for its definitions can beat on this machine.
function FloorForm() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void fetch('/api/definitions', { credentials: 'same-origin' })
      .then((response) => response.json())
      .then(() => setReady(true));
  }, []);
  if (!ready) return <p>Loading…</p>;
  return (
    <form>
      <label htmlFor="name">Name</label>
      <input id="name" type="text" />
    </form>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('react-floor-form.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <FloorForm />
  </StrictMode>,
);
