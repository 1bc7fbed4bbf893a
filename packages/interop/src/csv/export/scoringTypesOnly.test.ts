import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// @capkit/scoring is an optional peer of @capkit/interop: the CSV entry may name its result
// types but must not load it, or installing interop without scoring would break the import.
describe('the results exports', () => {
  it('import only types from @capkit/scoring', () => {
    const modules = readdirSync(new URL('.', import.meta.url)).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    expect(modules.length).toBeGreaterThan(5);
    const runtime = modules.flatMap((name) => {
      const source = readFileSync(new URL(name, import.meta.url), 'utf8');
      const imports = [
        ...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(@capkit\/scoring[^']*)'/gms),
      ];
      return imports
        .filter((match) => match[1] === undefined)
        .map((match) => `${name}: ${match[2] ?? ''}`);
    });
    expect(runtime).toEqual([]);
  });
});
