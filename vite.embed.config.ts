import { defineConfig } from 'vite';

/** The embed loader: one small classic script at dist/client/embed.js, no dependencies. */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/client',
    // The app's build ran first into the same folder.
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2019',
    lib: {
      entry: 'src/embed/embed-loader.ts',
      formats: ['iife'],
      name: 'DealFormLoader',
      fileName: () => 'embed.js',
    },
  },
});
