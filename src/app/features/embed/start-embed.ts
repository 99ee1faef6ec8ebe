import type { EmbedConfigResponse } from '../../../model/api-contract';
import { apiFetch } from '../../api/api-client';
import { overrideLocale } from '../../lib/locale';
import { applyTheme } from './apply-theme';
import { createEmbedBridge } from './embed-bridge';
import { NOT_EMBEDDED, type EmbedState } from './embed-context';
import { ancestorOrigin, readEmbedParams, topLevelParams } from './embed-params';
import './embed-theme.css';

/** Follows the form's height so the portal's iframe can fit it (no inner scrollbar). */
function observeHeight(root: HTMLElement, report: (height: number) => void) {
  const measure = () => report(root.getBoundingClientRect().height);
  new ResizeObserver(measure).observe(root);
  measure();
}

/**
 * The portal origins we may talk to. A blip must not silence the bridge for the page's life, so
 * a failed fetch is retried; after that only a page on our own origin may hear us.
 */
async function allowedOrigins(attempts = 4): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const config = await apiFetch<EmbedConfigResponse>('/api/embed-config', { signal: null });
      return config.allowedOrigins;
    } catch {
      if (attempt >= attempts) return [];
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/**
 * Reads the iframe's URL once, before the first render: theme and locale apply to the whole
 * page, prefill/lock/hide to the form, and in embed mode a bridge to the portal starts. Only a
 * framed page is embedded; at top level only the URL's plain prefills apply (topLevelParams).
 */
export function startEmbed(root: HTMLElement): EmbedState {
  if (typeof window === 'undefined') return NOT_EMBEDDED;
  const framed = window.parent !== window;
  const asked = readEmbedParams(window.location.search, ancestorOrigin());
  const params = framed ? asked : topLevelParams(asked);
  applyTheme(params.theme, document.documentElement);
  if (params.locale) {
    overrideLocale(params.locale);
    document.documentElement.lang = params.locale;
  }
  if (!params.embedded) return { params, bridge: null };

  document.documentElement.classList.add('embedded');
  const bridge = createEmbedBridge({
    parentOrigin: params.parentOrigin,
    ownOrigin: window.location.origin,
    parent: window.parent,
    self: window,
  });
  void allowedOrigins().then(bridge.allow);
  observeHeight(root, bridge.resize);
  return { params, bridge };
}
