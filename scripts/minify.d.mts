// Types for scripts/minify.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';

/** Rolldown's `output.minify` for every build. */
export declare const JS_MINIFY: {
  compress: true;
  mangle: true;
  codegen: { removeWhitespace: true; legalComments: 'none' };
};
/** The html-minifier options for `html`/`svg` templates. */
export declare const HTML_OPTIONS: Readonly<Record<string, boolean>>;
/** A Rollup plugin with a transform hook only, which Vite runs as it is. */
export declare function litTemplates(): Plugin;
