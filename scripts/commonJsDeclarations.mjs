// The CommonJS declarations (`dist/*.d.cts`), written from the ESM ones tsup bundled
// (`dist/*.d.ts`) rather than bundled a second time: that second rollup of the same types took
// as long as the first (about 95 s of CPU for @capkit/react). The two sets declare the same
// modules; only the relative specifiers differ, `./x.js` in one and `./x.cjs` in the other, so
// that a `require` consumer's types resolve to `.d.cts` files all the way down.
//
//   node ../../scripts/commonJsDeclarations.mjs      (after tsup, from a package directory)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `./x.js` and `../x.js` in `from`, `import()` and `export … from` become `./x.cjs`. */
export function toCommonJsDeclarations(text) {
  return text.replace(/(['"])(\.\.?\/[^'"]*?)\.js\1/g, '$1$2.cjs$1');
}

/** Writes a `.d.cts` beside every `.d.ts` under `dist`; returns how many. */
export function writeCommonJsDeclarations(dist) {
  let written = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(
      path.replace(/\.d\.ts$/, '.d.cts'),
      toCommonJsDeclarations(readFileSync(path, 'utf8')),
    );
    written += 1;
  }
  if (written === 0)
    throw new Error(`commonJsDeclarations: no .d.ts file under ${dist}; run tsup first`);
  return written;
}

// Compared as URLs: a checkout path with a space or a non-ASCII letter is percent-encoded in one.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  writeCommonJsDeclarations('dist');
