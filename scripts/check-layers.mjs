#!/usr/bin/env node
/**
 * The layers of src/, checked over the import graph (run by `npm run lint`):
 *
 *   lib/   pure logic: no Lit, no i18next, no DOM (opening hours, holidays, feedback records)
 *   data/  the data types and their validation, built on lib/
 *   base/  the element base and its controllers, built on data/ and lib/
 *   <tag>/ one folder per element, built on all of the above (and on another element's folder)
 *   index.ts, the package entry, on top
 *
 * A module may import from its own layer or a lower one, never from a higher one; lib/ and data/
 * import no package at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LAYERS = ['lib', 'data', 'base'];
const ELEMENT_LAYER = LAYERS.length;
const ENTRY_LAYER = ELEMENT_LAYER + 1;
/** Layers whose modules must stay free of packages (so that a server or a build script can use them). */
const PURE_LAYERS = new Set(['lib', 'data']);

/** The layer of a path relative to src/: its rank and name. */
export function layerOf(path) {
  const [top, ...rest] = path.split('/');
  if (rest.length === 0) return { rank: ENTRY_LAYER, name: top };
  const rank = LAYERS.indexOf(top);
  return rank >= 0 ? { rank, name: top } : { rank: ELEMENT_LAYER, name: top };
}

/** The import specifiers of a module's source (static, dynamic and type-only imports and re-exports). */
export function importsOf(source) {
  const specifiers = [];
  const pattern = /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*(['"])([^'"]+)\1|(?:^|[\s;(])import\s*\(?\s*(['"])([^'"]+)\3/gm;
  for (const match of source.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1').matchAll(pattern)) {
    specifiers.push(match[2] ?? match[4]);
  }
  return specifiers;
}

/**
 * The violations in a graph: `modules` maps each path under src/ to its import specifiers.
 * Returns lines such as `lib/a.ts imports base/b.ts (base is above lib)`.
 */
export function layerViolations(modules) {
  const problems = [];
  for (const [path, specifiers] of Object.entries(modules)) {
    const from = layerOf(path);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) {
        if (PURE_LAYERS.has(from.name)) problems.push(`${path} imports the package ${specifier} (${from.name}/ stays free of packages)`);
        continue;
      }
      const target = relative('.', join(dirname(path), specifier)).replace(/\.js$/, '.ts');
      if (target.startsWith('..')) {
        if (target.endsWith('.json')) continue; // Example data beside the code (data/vara-kommun.json).
        problems.push(`${path} imports ${specifier}, outside src/`);
        continue;
      }
      const to = layerOf(target);
      if (to.rank > from.rank) problems.push(`${path} imports ${target} (${to.name} is above ${from.name})`);
    }
  }
  return problems;
}

function sourceFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, root);
    return entry.name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

/** The import graph of a source tree. */
export function graphOf(srcDir) {
  return Object.fromEntries(sourceFiles(srcDir).map((path) => [path, importsOf(readFileSync(join(srcDir, path), 'utf8'))]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = fileURLToPath(new URL('../src', import.meta.url));
  const graph = graphOf(src);
  const problems = layerViolations(graph);
  for (const problem of problems) console.error(`layers: ${problem}`);
  if (problems.length) process.exit(1);
  console.log(`layers: ${Object.keys(graph).length} modules, every import points down or sideways`);
}
