import { useRef, type KeyboardEvent, type RefObject } from 'react';

/** How long typed letters add up to one search, as in Radix's own typeahead. */
const SEARCH_RESET_MS = 1000;

/**
 * Typeahead for an open Radix Select list that moves focus in the key's own event. Radix's own
 * moves it a task after the key, and the browser runs a waiting key before that task: a rep who
 * types "Pi" and Enter quickly (or on a slow laptop) would pick the option focus is leaving.
 * Same rules as Radix: letters typed within a second add up, a repeated letter cycles through
 * the options starting with it, the search starts after the focused option and wraps.
 *
 * Returns the list's capture-phase keydown handler; options are found by `[data-label]`.
 */
export function useListTypeahead(list: RefObject<HTMLElement | null>) {
  const search = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  return (event: KeyboardEvent<HTMLElement>) => {
    const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
    // Space picks the focused option, unless the rep is typing a label with a space in it.
    if (!printable || (event.key === ' ' && search.current === '')) return;
    event.preventDefault();
    event.stopPropagation();
    search.current += event.key;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => (search.current = ''), SEARCH_RESET_MS);

    const options = [...(list.current?.querySelectorAll<HTMLElement>('[data-label]') ?? [])];
    const next = nextMatch(options, search.current, document.activeElement);
    next?.focus();
  };
}

function nextMatch(options: HTMLElement[], search: string, focused: Element | null) {
  const repeated = search.length > 1 && [...search].every((char) => char === search[0]);
  const needle = (repeated ? search[0] : search)?.toLowerCase() ?? '';
  const start = Math.max(
    options.findIndex((option) => option === focused),
    0,
  );
  const wrapped = options.map((_, i) => options[(start + i) % options.length] as HTMLElement);
  // One letter moves on from the focused option; a longer search may stay on it.
  const candidates = needle.length === 1 ? wrapped.filter((o) => o !== focused) : wrapped;
  return candidates.find((o) => o.dataset.label?.toLowerCase().startsWith(needle));
}
