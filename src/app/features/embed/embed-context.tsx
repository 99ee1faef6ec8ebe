import { createContext, useContext, type ReactNode } from 'react';
import type { EmbedBridge } from './embed-bridge';
import { NO_EMBED_PARAMS, type EmbedParams } from './embed-params';

export interface EmbedState {
  params: EmbedParams;
  /** Null outside an iframe (or with no `embed` parameter): nothing to talk to. */
  bridge: EmbedBridge | null;
}

export const NOT_EMBEDDED: EmbedState = { params: NO_EMBED_PARAMS, bridge: null };

const EmbedContext = createContext<EmbedState>(NOT_EMBEDDED);

export function EmbedProvider({ state, children }: { state: EmbedState; children: ReactNode }) {
  return <EmbedContext.Provider value={state}>{children}</EmbedContext.Provider>;
}

export const useEmbed = () => useContext(EmbedContext);
