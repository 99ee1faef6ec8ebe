import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startEmbed } from './features/embed/start-embed';
import { createQueryClient } from './query-client';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const embed = startEmbed(container);

createRoot(container).render(
  <StrictMode>
    <App queryClient={createQueryClient()} embed={embed} />
  </StrictMode>,
);
