import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { AppHeader } from './app-header';
import { DealFormPage } from './pages/deal-form-page';
import { EmbedProvider, NOT_EMBEDDED, type EmbedState } from './features/embed/embed-context';
import './app.css';

interface AppProps {
  queryClient: QueryClient;
  /** What the iframe's URL asked for (startEmbed); tests pass their own. */
  embed?: EmbedState;
}

export function App({ queryClient, embed = NOT_EMBEDDED }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <EmbedProvider state={embed}>
        <div className="page">
          <AppHeader embedded={embed.params.embedded} />
          <main className="page__main">
            <DealFormPage />
          </main>
        </div>
      </EmbedProvider>
    </QueryClientProvider>
  );
}
