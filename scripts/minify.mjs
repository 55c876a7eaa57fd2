// How the builds minify (vite.config.ts, and scripts/size.mjs for its baseline).
//
// JS: Oxc's minifier, whitespace included (Vite's library mode leaves the whitespace of ES output
// for consumers' bundlers to remove, which a CMS page loading the file as it is never does).
//
// Templates: the text inside Lit's tagged templates (scripts/test/minify.test.mjs checks that
// it changes nothing a reader would see).
// `css` templates go through Lightning CSS, a production CSS minifier. `html` and `svg` templates
// only lose comments and have each run of whitespace collapsed to one space, never removed
// (`conservativeCollapse`): no style of ours uses `white-space: pre*` and `<pre>`/`<textarea>`
// content is left as it is, so what renders is the same. Self-closing slashes stay (an `svg`
// fragment needs them). Every other rewriting html-minifier offers by default (entity decoding,
// dropping empty attributes, …) is off. `staticHtml` templates (one line each, a tag name as an
// expression, not HTML a parser can read) are left alone. A template the minifier cannot read
// fails the build rather than ship unminified.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** `build.rolldownOptions.output.minify`: everything, legal comments dropped as before. */
export const JS_MINIFY = { compress: true, mangle: true, codegen: { removeWhitespace: true, legalComments: 'none' } };

export const HTML_OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeComments: true,
  // `svg` templates are SVG fragments: `<circle/><path/>` without the slashes nests the path.
  keepClosingSlash: true,
  decodeEntities: false,
  minifyJS: false,
  processConditionalComments: false,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  removeScriptTypeAttributes: false,
  removeStyleLinkTypeAttributes: false,
  useShortDoctype: false,
};

/** A Rollup/Vite plugin (a transform hook) for the TypeScript sources under `src/`. */
export function litTemplates() {
  return minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: HTML_OPTIONS,
      shouldMinify: (template) => template.tag === 'html' || template.tag === 'svg',
      shouldMinifyCSS: (template) => template.tag === 'css',
    },
  });
}
