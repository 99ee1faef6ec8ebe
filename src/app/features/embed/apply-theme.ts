import { CSS_VALUE, type ThemeMode, type ThemeObject } from '../../../embed/embed-protocol';

// Each theme option and the design tokens (styles/tokens.css) it sets.
const TOKEN_PROPERTIES: Record<string, string[]> = {
  primary: ['--color-primary', '--color-primary-hover', '--color-focus'],
  background: ['--color-bg'],
  surface: ['--color-surface'],
  text: ['--color-text'],
  border: ['--color-border'],
  radius: ['--radius-sm', '--radius-md', '--radius-lg'],
  font: ['--font-sans'],
};

/** `light`/`dark` force a palette (embed-theme.css), `auto` follows the OS; tokens override. */
export function applyTheme(theme: ThemeMode | ThemeObject | null, root: HTMLElement): void {
  if (!theme) return;
  const options: ThemeObject = typeof theme === 'string' ? { mode: theme } : theme;
  if (options.mode === 'light' || options.mode === 'dark') {
    root.dataset.theme = options.mode;
    root.style.colorScheme = options.mode;
  }
  if (options.density === 'compact') root.dataset.density = 'compact';
  for (const [token, properties] of Object.entries(TOKEN_PROPERTIES)) {
    const value = (options as Record<string, unknown>)[token];
    if (typeof value !== 'string' || !CSS_VALUE.test(value)) continue;
    for (const property of properties) root.style.setProperty(property, value);
  }
}
