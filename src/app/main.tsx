import './lib/zod-config';
// The global sheets first: every component's own sheet (imported by its module) comes after them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startEmbed } from './features/embed/start-embed';
import { loadCatalog } from './i18n/translate';
import { appLocale } from './lib/locale';
import { createQueryClient } from './query-client';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const embed = startEmbed(container);

// Nothing renders before the rep's words are here (English needs no wait): no control's name
// changes under the rep's fingers.
void loadCatalog(appLocale()).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App queryClient={createQueryClient()} embed={embed} />
    </StrictMode>,
  ),
);
