// As main.tsx: first, before any schema exists.
import '../../src/app/lib/zod-config';
// As main.tsx: the global sheets before the components bring theirs.
import '../../src/app/styles/tokens.css';
import '../../src/app/styles/base.css';
import '../../src/app/styles/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { toFormDefinitions } from '../../src/model/form-definitions';
import { DealForm } from '../../src/app/pages/deal-form';
import { draftStorageKey } from '../../src/app/features/drafts/draft-store';
import { createQueryClient } from '../../src/app/query-client';
import { QueryClientProvider } from '@tanstack/react-query';
import { generateOrg } from './generate-org';
import { markSubmitted, probePage } from './paint-probe';

// The form's submit handler ends in the create request: that call is "submit handler reached".
// It never answers, so nothing after it (the created view) is part of the measurement.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  if (init?.method === 'POST') {
    markSubmitted();
    return new Promise<Response>(() => {});
  }
  return realFetch(input, init);
};

probePage({ errors: '.field-message', end: '.deal-form .form-actions' });

const container = document.getElementById('root');
if (!container) throw new Error('our-form.html has no #root element');
// As the app does (main.tsx, deal-form-page.tsx), minus the definitions request and the claim
// of a draft slot (each load is a fresh browser context, so the app would start an empty one).
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <main className="page__main">
        <DealForm
          defs={toFormDefinitions(generateOrg())}
          locale="en-US"
          draftKey={draftStorageKey('bench')}
        />
      </main>
    </QueryClientProvider>
  </StrictMode>,
);
