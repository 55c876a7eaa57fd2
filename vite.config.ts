/**
 * Two library builds, both minified (scripts/minify.mjs says how):
 * - default mode: one ESM entry per element plus `index.js` and the helper entries (`hours.js`,
 *   `data.js`, `feedback.js`), Lit and i18next left as imports for bundlers (npm users), with
 *   source maps to read them by;
 * - `--mode bundle`: `dist/kommun-elements.js`, one self-contained file for a CMS page's
 *   single `<script type="module">`.
 */
import { defineConfig } from 'vite';
import { JS_MINIFY, litTemplates } from './scripts/minify.mjs';

const elements = ['success-factors', 'goal-card', 'goal-list', 'contact-status', 'page-feedback'];
/** Side-effect-free entries of pure helpers (src/<name>.ts): no element registered, no package imported. */
const helpers = ['hours', 'data', 'feedback'];

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      plugins: [litTemplates()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'kommun-elements.js' },
        // Nobody tree-shakes this file: no comment is kept, not even `/* @__PURE__ */`.
        rolldownOptions: { output: { minify: JS_MINIFY, comments: false } },
      },
    };
  }
  return {
    plugins: [litTemplates()],
    build: {
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: {
        entry: Object.fromEntries([
          ['index', 'src/index.ts'],
          ...elements.map((tag) => [tag, `src/${tag}/${tag}.ts`] as const),
          ...helpers.map((name) => [name, `src/${name}.ts`] as const),
        ]),
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^i18next($|\/)/],
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: JS_MINIFY,
          // `/* @__PURE__ */` stays, so that consumers' bundlers can still drop what they do not use.
          comments: { annotation: true, jsdoc: false, legal: false },
        },
      },
    },
  };
});
