#!/usr/bin/env node
// Fails when a workspace package breaks the dependency rules of STYLE.md:
// - packages depend one way only: model ← scoring ← react ← demo, and model ← interop (which may
//   use scoring); widgets never import interop: the demo wires the two (ARCHITECTURE.md);
// - a package imports another only through a subpath that package exports (no deep imports),
//   and only when it declares it as a dependency;
// - relative imports stay inside their own package;
// - no import cycle between a package's modules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each package may import: the dependency graph, pointing one way (the apps come last). */
export const layers = {
  '@capkit/model': [],
  '@capkit/scoring': ['@capkit/model'],
  '@capkit/interop': ['@capkit/model', '@capkit/scoring'],
  '@capkit/react': ['@capkit/model', '@capkit/scoring'],
  '@capkit/demo': ['@capkit/model', '@capkit/scoring', '@capkit/interop', '@capkit/react'],
  '@capkit/react18-check': ['@capkit/model', '@capkit/scoring', '@capkit/react'],
  '@capkit/package-check': ['@capkit/model', '@capkit/scoring', '@capkit/interop', '@capkit/react'],
};

// A list is a linear order: each package may import those listed before it.
function allowedImports(rules) {
  if (!Array.isArray(rules)) return rules;
  return Object.fromEntries(rules.map((name, index) => [name, rules.slice(0, index)]));
}

function describeRules(rules) {
  return Object.entries(rules)
    .map(([name, deps]) => `${name} ← ${deps.length === 0 ? 'nothing' : deps.join(', ')}`)
    .join('; ');
}

const sourceDirs = ['src', 'test', 'bench', 'e2e', '.storybook'];
const sourceFile = /\.(?:[cm]?[jt]sx?)$/;
const importPattern =
  /(?:\bimport\s*(?:type\s+)?(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*(?:type\s+)?[\w*{}\s,$]*\s*from\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? listFiles(path) : sourceFile.test(name) ? [path] : [];
  });
}

/** Workspace packages under `packages/` and `apps/`, with their manifests. */
export function readWorkspace(root) {
  return ['packages', 'apps'].flatMap((group) =>
    listDirs(join(root, group))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => ({
        dir,
        manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
      })),
  );
}

function listDirs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory());
}

/**
 * Every import specifier in a source text, with its 1-based line; none inside block comments
 * (JSDoc examples) or on comment lines (`// README: import … from '@capkit/interop'`).
 */
export function importsOf(text) {
  const comments = [...text.matchAll(/\/\*[\s\S]*?\*\/|^[ \t]*\/\/.*$/gm)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  const found = [];
  for (const match of text.matchAll(importPattern)) {
    if (comments.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ specifier: match[1], line });
  }
  return found;
}

// `./a.js` in TypeScript source names `./a.ts` or `./a.tsx`.
function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.[cm]?jsx?$/, '');
  const candidates = [base, ...['.ts', '.tsx', '.mts', '.js', '.mjs'].map((ext) => stem + ext)];
  candidates.push(...['index.ts', 'index.tsx', 'index.js'].map((name) => join(base, name)));
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

function exportedSubpaths(manifest) {
  const exportsField = manifest.exports;
  if (exportsField === undefined) return new Set(['.']);
  if (typeof exportsField === 'string') return new Set(['.']);
  const keys = Object.keys(exportsField);
  return new Set(keys.every((key) => key.startsWith('.')) ? keys : ['.']);
}

function findCycles(graph) {
  const cycles = [];
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** Checks the whole workspace; returns problems as `file:line: message` strings. */
export function checkWorkspace(root, rules = layers) {
  const allowed = allowedImports(rules);
  const packages = readWorkspace(root);
  const byName = new Map(packages.map((pkg) => [pkg.manifest.name, pkg]));
  const problems = [];
  for (const { dir, manifest } of packages) {
    const declared = new Set(
      Object.keys({
        ...manifest.dependencies,
        ...manifest.devDependencies,
        ...manifest.peerDependencies,
      }),
    );
    const graph = new Map();
    const files = sourceDirs.flatMap((sub) => listFiles(join(dir, sub)));
    for (const file of files) {
      const where = (line) => `${relative(root, file).split(sep).join('/')}:${line}`;
      const edges = [];
      for (const { specifier, line } of importsOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          // The package's own build output (benchmarks load it): not source, may not exist yet.
          if (!relative(join(dir, 'dist'), resolve(dirname(file), specifier)).startsWith('..'))
            continue;
          const target = resolveRelative(file, specifier);
          if (target === undefined) {
            problems.push(`${where(line)}: cannot resolve "${specifier}"`);
          } else if (relative(dir, target).startsWith('..')) {
            problems.push(
              `${where(line)}: "${specifier}" reaches outside ${manifest.name}; import the other package by name`,
            );
          } else {
            edges.push(target);
          }
          continue;
        }
        const [scope, name, ...rest] = specifier.split('/');
        const packageName = `${scope}/${name}`;
        const target = byName.get(packageName);
        if (target === undefined) continue;
        const subpath = rest.length === 0 ? '.' : `./${rest.join('/')}`;
        if (packageName === manifest.name) {
          problems.push(
            `${where(line)}: ${manifest.name} imports itself by name; use a relative import`,
          );
        } else if (!(allowed[manifest.name] ?? []).includes(packageName)) {
          problems.push(
            `${where(line)}: ${manifest.name} must not depend on ${packageName} (allowed: ${describeRules(allowed)})`,
          );
        } else if (!declared.has(packageName)) {
          problems.push(
            `${where(line)}: ${packageName} is imported but not declared in package.json`,
          );
        } else if (!exportedSubpaths(target.manifest).has(subpath)) {
          problems.push(
            `${where(line)}: deep import "${specifier}"; ${packageName} exports only ${[...exportedSubpaths(target.manifest)].join(', ')}`,
          );
        }
      }
      graph.set(file, edges);
    }
    for (const cycle of findCycles(graph)) {
      problems.push(
        `import cycle in ${manifest.name}: ${cycle.map((file) => relative(dir, file).split(sep).join('/')).join(' → ')}`,
      );
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = checkWorkspace(root);
  if (problems.length > 0) {
    console.error(
      `Dependency check failed (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(
    `Dependency check: ${readWorkspace(root).length} packages, no cycles, no deep imports.`,
  );
}
