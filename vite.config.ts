/**
 * Two library builds:
 * - default mode: one ESM entry per element plus `index.js`, Lit and i18next left as imports
 *   for bundlers (npm users);
 * - `--mode bundle`: `dist/kommun-elements.js`, one self-contained file for a CMS page's
 *   single `<script type="module">`.
 */
import { defineConfig } from 'vite';

const elements = ['success-factors', 'goal-card', 'goal-list', 'contact-status', 'page-feedback'];

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      build: {
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'kommun-elements.js' },
      },
    };
  }
  return {
    build: {
      emptyOutDir: true,
      target: 'es2022',
      minify: false, // Consumers' bundlers minify; readable code is easier to debug.
      lib: {
        entry: Object.fromEntries([['index', 'src/index.ts'], ...elements.map((tag) => [tag, `src/${tag}/${tag}.ts`] as const)]),
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^i18next($|\/)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
