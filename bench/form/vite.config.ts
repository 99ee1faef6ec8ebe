import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import appConfig from '../../vite.config';

const here = fileURLToPath(new URL('.', import.meta.url));

// The app's own plugins (React, downshift trimming) so our page is built as the app is.
// outDir is set by scripts/bench-form.mjs (a temp dir, never dist/).
export default defineConfig({
  root: here,
  base: './',
  mode: 'production',
  plugins: appConfig.plugins,
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        'our-form': `${here}our-form.html`,
        'rjsf-form': `${here}rjsf-form.html`,
        'floor-form': `${here}floor-form.html`,
      },
    },
  },
});
