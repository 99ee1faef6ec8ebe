import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { AppHeader } from './app-header';
import { DealFormPage } from './features/deal-form/deal-form-page';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <div className="page">
        <AppHeader />
        <main className="page__main">
          <DealFormPage />
        </main>
      </div>
    </QueryClientProvider>
  );
}
