/** The live half of a picker: what to list for the typed text, and how that is going. */
export interface PickerSearch<T> {
  items: T[];
  loading: boolean;
  errorText: string | null;
  onSearchChange: (text: string) => void;
  onOpenChange: (open: boolean) => void;
}

/** Debounce for server-side searches: every keystroke would cost a shared Search request. */
export const SEARCH_DEBOUNCE_MS = 250;
