// The manifest is generated from the doc comments in src/; Storybook and the docs read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.fixtures.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
