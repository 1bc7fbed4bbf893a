// The CommonJS half of every capkit package build, shared by the three tsup configs.
//
// Why: tsup shares code between entry points only in its ESM build. Its CommonJS build inlines
// every module into every entry, so each entry had its own copy of each class and context
// (`CapkitContext` in 11 files of @capkit/react, `CapkitScoringError` in four of @capkit/scoring):
// a provider from one entry was ignored by a widget from another, and `instanceof` failed across
// entries. We want each module once per format. The options we weighed:
//
// - tsup's `splitting: true` for cjs (experimental) builds ESM chunks and rewrites each file with
//   sucrase. Inspected on our packages (tsup 9.0.0): sucrase down-levels `?.` and `??` into helper
//   calls whatever the target (the engine's hot loops would pay for it in CommonJS only), and
//   writes `"use strict"; Object.defineProperty(exports, …)` before the `'use client'` banner, so
//   the banner is no longer a directive and React Server Components would not see it.
// - `treeshake: true` routes the same chunks through Rollup, which drops `'use client'` as a
//   module-level directive and, in our trial, left sourcemaps of 75 bytes.
// - Unbundled output (`bundle: false`) gives one file per module, but esbuild does not rewrite
//   `./x.js` to `./x.cjs` in CommonJS output, every test helper in src/ would need excluding by
//   hand, and the public entries would move to nested paths.
// - One CommonJS file holding everything, re-exported by thin per-entry files, is sound for
//   identity but makes `require('@capkit/react/ProficiencyBadge')` load every widget.
// - Thin CommonJS files that `require()` the ESM build would rely on require(esm), which Jest and
//   other CommonJS tool chains do not support.
//
// So the CommonJS build here is the ESM build's own chunk graph, converted file by file by
// esbuild itself: tsup runs esbuild in ESM format with code splitting and the `.cjs` extension
// (chunks then import `./chunk-….cjs`), and this plugin turns each output file into CommonJS with
// esbuild's transform. Every module lives in exactly one file in each format, files that import
// a shared module `require()` that one file, `'use client'` stays the first statement, syntax is
// left at the target, each file is strict as its ES module was, and the sourcemap of each file is composed with the ESM one so that it
// still points into src/.
import remapping from '@jridgewell/remapping';
import { rmSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { transform } from 'esbuild';

/** What tsup hands a plugin's `renderChunk`, as far as this plugin reads it. */
interface RenderedFile {
  readonly type: 'chunk' | 'asset';
  readonly path: string;
  readonly map?: unknown;
}

/** A tsup plugin, as far as this file defines one. */
interface TsupPlugin {
  readonly name: string;
  renderChunk(
    code: string,
    file: RenderedFile,
  ): Promise<{ code: string; map?: string } | undefined>;
}

/**
 * A tsup plugin that converts every `.cjs` file of an ESM-format, code-split build into
 * CommonJS. Use it in a config with `format: ['esm']`, `splitting: true` and
 * `outExtension: () => ({ js: '.cjs', dts: '.d.cts' })`; esbuild warnings (such as
 * `import.meta`, which CommonJS has not) fail the build.
 */
export function commonJsFromEsmChunks(target: string): TsupPlugin {
  return {
    name: 'capkit-commonjs-from-esm-chunks',
    async renderChunk(esmCode, file) {
      if (file.type !== 'chunk' || !file.path.endsWith('.cjs')) return undefined;
      const result = await transform(esmCode, {
        loader: 'js',
        format: 'cjs',
        // `platform: 'node'` makes esbuild annotate the export names, so that Node's ESM loader
        // can list them (cjs-module-lexer) if a CommonJS file is ever imported from ESM.
        platform: 'node',
        target,
        sourcemap: 'external',
        sourcefile: file.path,
        sourcesContent: false,
      });
      if (result.warnings.length > 0) {
        const messages = result.warnings.map((warning) => warning.text).join('; ');
        throw new Error(`${file.path}: converting to CommonJS warned: ${messages}`);
      }
      // ES modules are strict; a CommonJS file is strict only if it says so. The directive goes
      // after the leading ones (`'use client'` must stay first) on the same line, so that no line
      // of the sourcemap moves; that line holds only directives or esbuild's helpers.
      const [leadingDirectives = ''] = /^(?:(["'])use [\w -]+\1;)*/.exec(result.code) ?? [];
      const code = `${leadingDirectives}"use strict";${result.code.slice(leadingDirectives.length)}`;
      const esmMap = typeof file.map === 'string' ? file.map : JSON.stringify(file.map ?? null);
      // Trace each position through the ESM file's own map into src/. Glue esbuild adds
      // (the export object, the `require` calls) has no source and is left unmapped, rather than
      // pointing at an intermediate file that is never written.
      const composed = remapping(result.map, (source) =>
        source === file.path && file.map != null ? esmMap : null,
      );
      // Remapping resolved the ESM map's `../src/…` against this file's absolute path; publish
      // them relative to dist/ again, as the ESM maps are, without the build machine's paths.
      composed.sources = composed.sources.map((source) =>
        source === null ? null : relative(dirname(file.path), source).split(sep).join('/'),
      );
      // tsup then applies the ESM map again to sources named `file.path`: none are left.
      return { code, map: composed.toString() };
    },
  };
}

/** What {@link dualFormatBuilds} reads of a package's tsup options (tsup is each package's own dependency). */
interface LibraryOptions {
  readonly target?: unknown;
}

/**
 * The builds every capkit package makes from one set of library options, run at once: ESM with
 * shared chunks and their declarations, and CommonJS converted from those chunks
 * ({@link commonJsFromEsmChunks}). Because they run at once neither may clean, so `dist/` is
 * emptied here. The CommonJS declarations are written from the ESM ones after tsup, by
 * `scripts/commonJsDeclarations.mjs` (each package's `build` script).
 *
 * @param esm options for the ESM build only (extra entries such as CSS files)
 */
export function dualFormatBuilds<T extends LibraryOptions>(library: T, esm: Partial<T> = {}) {
  rmSync('dist', { recursive: true, force: true });
  const target = String(library.target ?? 'es2022');
  return [
    { ...library, ...esm, name: 'esm', format: ['esm' as const] },
    {
      ...library,
      name: 'cjs',
      format: ['esm' as const],
      outExtension: () => ({ js: '.cjs' }),
      plugins: [commonJsFromEsmChunks(target)],
      // tsup builds declarations in a worker that never sees `outExtension`; the `.d.cts` files
      // are the ESM build's, rewritten (scripts/commonJsDeclarations.mjs).
      dts: false,
    },
  ];
}
