// The manifest is generated from the doc comments in src/; Storybook, the docs (scripts/reference.mjs),
// the JSX types, VS Code custom data and web-types (scripts/editor-data.mjs) read it. It lists the
// public surface as shipped: the element modules and the package entry, with paths in dist/.

/** What an element's JSON attribute holds, for attributes the element reads itself (not Lit). */
const JSON_ATTRIBUTES = {
  goals: 'GoalInput[] | GoalSetInput',
  goal: 'GoalInput',
  factors: 'FactorInput[] | GoalSetInput',
  contact: 'ContactInput | GoalSetInput',
  hours: 'OpeningHoursInput',
  i18n: 'Record<string, LocalizedText>',
};

/** Attributes every element reads, with no field behind them. */
const LANGUAGE_ATTRIBUTES = { lang: 'string', dir: "'ltr' | 'rtl' | 'auto'" };

/** src/<tag>/<tag>.ts → dist/<tag>.js, src/index.ts → dist/index.js; undefined for what is not an entry. */
function shippedPath(path) {
  const normalized = path
    .replace(/^\.?\//, '')
    .replace(/^(?!src\/)/, 'src/')
    .replace(/\.js$/, '.ts');
  if (normalized === 'src/index.ts') return 'dist/index.js';
  const element = /^src\/([a-z]+-[a-z-]+)\/\1\.ts$/.exec(normalized);
  return element ? `dist/${element[1]}.js` : undefined;
}

/** A reference to a declaration, pointing at the shipped module (or at none when it is not one). */
function shippedReference(reference) {
  if (!reference?.module) return reference;
  const { module, ...rest } = reference;
  const path = shippedPath(module);
  return path ? { ...rest, module: path } : rest;
}

const isPublic = (member) => !member.privacy && !member.static;

/** The detail types of HTMLElementEventMap entries declared in src/ (`'kommun-error': CustomEvent<KommunErrorDetail>`). */
function eventTypes(ts, sourceFile, into) {
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) into.set(member.name.text, member.type.getText(sourceFile));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
}

/** `DEFAULT_MAX_LENGTH` → `1000`: a default that names a constant gets the constant's value. */
function constants(manifest) {
  const values = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'variable' && declaration.default !== undefined) values.set(declaration.name, declaration.default);
    }
  }
  return values;
}

function publicSurface() {
  const events = new Map();
  return {
    name: 'kommun-public-surface',
    analyzePhase({ ts, node }) {
      if (ts.isSourceFile(node)) eventTypes(ts, node, events);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const values = constants(manifest);
      const isConstant = (value) => value !== undefined && /^[A-Z][A-Z0-9_]*$/.test(value);
      const resolve = (value) => (isConstant(value) ? values.get(value) : value);
      manifest.modules = manifest.modules
        .filter((module) => shippedPath(module.path))
        .map((module) => {
          const declarations = (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
          for (const element of declarations) {
            element.members = (element.members ?? []).filter(isPublic).map((member) => ({
              ...member,
              ...(member.default !== undefined && { default: resolve(member.default) }),
              ...(member.inheritedFrom && { inheritedFrom: shippedReference(member.inheritedFrom) }),
            }));
            element.attributes = (element.attributes ?? []).map((attribute) => {
              const field = element.members.find((member) => member.name === (attribute.fieldName ?? attribute.name) && member.kind === 'field');
              const json = JSON_ATTRIBUTES[attribute.name];
              const type = json ? `string (JSON: ${json})` : (LANGUAGE_ATTRIBUTES[attribute.name] ?? attribute.type?.text ?? field?.type?.text);
              // The field's default is the analyzer's reading of the initializer: `1000` where the attribute says `DEFAULT_MAX_LENGTH`.
              const value = resolve(attribute.default) ?? (attribute.fieldName ? resolve(field?.default) : undefined);
              return {
                ...attribute,
                ...(type && { type: { text: type } }),
                ...(value !== undefined && { default: value }),
                ...(attribute.inheritedFrom && { inheritedFrom: shippedReference(attribute.inheritedFrom) }),
              };
            });
            element.events = (element.events ?? []).map((event) => {
              const type = events.get(event.name);
              return { ...event, ...(type && { type: { text: type } }), ...(event.inheritedFrom && { inheritedFrom: shippedReference(event.inheritedFrom) }) };
            });
            if (element.superclass) element.superclass = shippedReference(element.superclass);
          }
          const path = shippedPath(module.path);
          const exports = (module.exports ?? [])
            .filter((entry) => entry.kind === 'js' && (path === 'dist/index.js' || declarations.some((d) => d.name === entry.declaration.name)))
            .map((entry) => ({ ...entry, declaration: shippedReference({ ...entry.declaration, module: entry.declaration.module ?? module.path }) }));
          const definitions = declarations.map((element) => ({
            kind: 'custom-element-definition',
            name: element.tagName,
            declaration: { name: element.name, module: path },
          }));
          return { ...module, path, declarations, exports: [...exports, ...definitions] };
        });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.fixtures.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicSurface()],
};
