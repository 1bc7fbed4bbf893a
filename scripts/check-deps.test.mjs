import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { checkWorkspace, importsOf } from './check-deps.mjs';

const order = ['@x/model', '@x/scoring', '@x/react'];

function workspace(files) {
  const root = mkdtempSync(join(tmpdir(), 'check-deps-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(
      join(root, path),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
  return root;
}

const manifests = {
  'packages/model/package.json': { name: '@x/model', exports: { '.': './dist/index.js' } },
  'packages/scoring/package.json': {
    name: '@x/scoring',
    dependencies: { '@x/model': 'workspace:*' },
    exports: { '.': './dist/index.js', './package.json': './package.json' },
  },
  'packages/react/package.json': {
    name: '@x/react',
    dependencies: { '@x/model': 'workspace:*', '@x/scoring': 'workspace:*' },
  },
};

test('finds import specifiers of every form, with lines', () => {
  const text = [
    "import { a } from './a.js';",
    "import type { B } from '@x/model';",
    "export * from './c.js';",
    "import './styles.css';",
    "const d = await import('./d.js');",
  ].join('\n');
  assert.deepEqual(
    importsOf(text).map(({ specifier, line }) => `${line}:${specifier}`),
    ['1:./a.js', '2:@x/model', '3:./c.js', '4:./styles.css', '5:./d.js'],
  );
});

test('skips imports on comment lines, but not an import after a URL in a string', () => {
  const text = [
    "// README: import { a } from '@x/model';",
    "  // import { b } from '@x/model';",
    "const url = 'https://example.org'; import { c } from './c.js';",
  ].join('\n');
  assert.deepEqual(
    importsOf(text).map(({ specifier, line }) => `${line}:${specifier}`),
    ['3:./c.js'],
  );
});

test('skips imports written in block comments (JSDoc examples), keeping line numbers', () => {
  const text = [
    '/**',
    ' * @example',
    " * import { scorableLimits } from '@x/model';",
    ' */',
    "import { a } from './a.js';",
  ].join('\n');
  assert.deepEqual(
    importsOf(text).map(({ specifier, line }) => `${line}:${specifier}`),
    ['5:./a.js'],
  );
});

test('passes a workspace that follows the rules', () => {
  const root = workspace({
    ...manifests,
    'packages/model/src/index.ts': "export { a } from './a.js';",
    'packages/model/src/a.ts': 'export const a = 1;',
    'packages/scoring/src/index.ts': "import { a } from '@x/model';\nexport const b = a;",
  });
  assert.deepEqual(checkWorkspace(root, order), []);
});

test('lets a package load its own build output, which may not exist yet', () => {
  const root = workspace({
    ...manifests,
    'packages/scoring/bench/run.mjs': "import { b } from '../dist/index.js';",
  });
  assert.deepEqual(checkWorkspace(root, order), []);
});

test('flags a deep import into another package', () => {
  const root = workspace({
    ...manifests,
    'packages/model/src/a.ts': 'export const a = 1;',
    'packages/scoring/src/index.ts': "import { a } from '@x/model/src/a';",
  });
  assert.deepEqual(checkWorkspace(root, order), [
    'packages/scoring/src/index.ts:1: deep import "@x/model/src/a"; @x/model exports only .',
  ]);
});

test('flags a relative import that leaves the package', () => {
  const root = workspace({
    ...manifests,
    'packages/model/src/a.ts': 'export const a = 1;',
    'packages/scoring/src/index.ts': "\nimport { a } from '../../model/src/a.js';",
  });
  assert.match(
    checkWorkspace(root, order)[0],
    /scoring\/src\/index\.ts:2: .* reaches outside @x\/scoring/,
  );
});

test('flags a dependency against the allowed direction', () => {
  const root = workspace({
    ...manifests,
    'packages/model/package.json': {
      name: '@x/model',
      dependencies: { '@x/scoring': 'workspace:*' },
    },
    'packages/model/src/index.ts': "import { b } from '@x/scoring';",
  });
  assert.match(checkWorkspace(root, order)[0], /@x\/model must not depend on @x\/scoring/);
});

test('a dependency graph lets two packages share a base without seeing each other', () => {
  const rules = {
    '@x/model': [],
    '@x/scoring': ['@x/model'],
    '@x/interop': ['@x/model'],
    '@x/react': ['@x/model', '@x/scoring'],
  };
  const root = workspace({
    ...manifests,
    'packages/interop/package.json': {
      name: '@x/interop',
      dependencies: { '@x/model': 'workspace:*' },
      exports: { '.': './dist/index.js' },
    },
    'packages/interop/src/index.ts': "import { a } from '@x/model';",
    'packages/react/package.json': {
      name: '@x/react',
      dependencies: { '@x/interop': 'workspace:*' },
    },
    'packages/react/src/index.ts': "import { i } from '@x/interop';",
  });
  const problems = checkWorkspace(root, rules);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /react\/src\/index\.ts:1: @x\/react must not depend on @x\/interop/);
});

test('flags an undeclared workspace dependency', () => {
  const root = workspace({
    ...manifests,
    'packages/scoring/package.json': { name: '@x/scoring' },
    'packages/scoring/src/index.ts': "import { a } from '@x/model';",
  });
  assert.match(checkWorkspace(root, order)[0], /@x\/model is imported but not declared/);
});

test('flags an import cycle between modules of one package', () => {
  const root = workspace({
    ...manifests,
    'packages/model/src/a.ts': "import { b } from './b.js';\nexport const a = 1;",
    'packages/model/src/b.ts': "import { c } from './c.js';\nexport const b = 2;",
    'packages/model/src/c.tsx': "import { a } from './a.js';\nexport const c = 3;",
  });
  assert.deepEqual(checkWorkspace(root, order), [
    'import cycle in @x/model: src/a.ts → src/b.ts → src/c.tsx → src/a.ts',
  ]);
});
