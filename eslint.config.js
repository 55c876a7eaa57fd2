// Lint: typescript-eslint (type-aware for src), Lit templates, and web-component rules.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json', 'test/types/*.generated.ts'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },
  {
    // lib/ is pure logic a server or a build script can use: no page, no elements (see scripts/check-layers.mjs).
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'customElements', 'HTMLElement', 'Element', 'ShadowRoot', 'Node', 'MutationObserver', 'location'].map((name) => ({
          name,
          message: 'src/lib/ has no DOM: take what you need as a parameter, or move the code to base/ or an element.',
        })),
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // Chai's expect(...).to.equal() looks like a floating promise to the type checker.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser-driving tests and benchmarks pass functions to the page (page.evaluate).
    files: ['test/e2e/**/*.mjs', 'test/consumer/**/*.mjs', 'bench/**/*.mjs', 'test/e2e/pages/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
