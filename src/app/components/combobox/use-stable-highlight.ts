import { useEffect, useRef } from 'react';

export interface StableHighlight {
  /** For downshift's onHighlightedIndexChange: which option the rep now has highlighted. */
  remember: (index: number | undefined) => void;
  /** Where the remembered option is in today's list: -1 when none is, or it is gone. */
  index: () => number;
  /** Whether the rep has an option highlighted. */
  active: () => boolean;
}

/**
 * Keeps the highlight on the option the rep arrowed to when the list changes under them — a
 * search answer arriving between ArrowDown and Enter. downshift highlights and picks by index,
 * and in the new list that index names another option, or none: Enter then picked the wrong
 * record or cleared the pick. Here the highlight is an option's key; Enter asks `index()` where
 * that option is now, and `useFollowHighlight` moves the highlight with it.
 */
export function useStableHighlight<T>(items: T[], itemKey: (item: T) => string): StableHighlight {
  const highlighted = useRef<string | null>(null);
  return {
    remember: (index) => {
      const item = index !== undefined && index >= 0 ? items[index] : undefined;
      highlighted.current = item === undefined ? null : itemKey(item);
    },
    index: () =>
      highlighted.current === null
        ? -1
        : items.findIndex((item) => itemKey(item) === highlighted.current),
    active: () => highlighted.current !== null,
  };
}

/** After a render with a new list, puts downshift's highlight back on the remembered option. */
export function useFollowHighlight(
  stable: StableHighlight,
  highlightedIndex: number,
  setHighlightedIndex: (index: number) => void,
) {
  useEffect(() => {
    if (!stable.active()) return;
    const now = stable.index();
    if (now !== highlightedIndex) setHighlightedIndex(now);
  });
}
