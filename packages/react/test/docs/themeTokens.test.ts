import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeTokens } from './themeTokens.js';

const src = new URL('../../src/', import.meta.url);
const themeCss = readFileSync(new URL('theme.css', src), 'utf8');

function files(directory: string, extension: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return files(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

describe('theme.css tokens (the Theming page is generated from them)', () => {
  const tokens = themeTokens(themeCss);

  it('reads every --ck- property declared in the default theme, in order', () => {
    const declared = [...themeCss.matchAll(/^\s*(--ck-[a-z0-9-]+)\s*:/gm)].map((m) => m[1]);
    expect(tokens.map((token) => token.name)).toEqual(declared);
    expect(tokens.find((token) => token.name === '--ck-color-text')).toEqual({
      name: '--ck-color-text',
      value: '#1b1f24',
      description: 'Body text: 16.6:1 on the background.',
    });
  });

  it('documents every token with the comment above it', () => {
    const undocumented = tokens.filter((token) => token.description === '');
    expect(undocumented.map((token) => token.name)).toEqual([]);
  });

  it('defines every token a widget or look reads without a fallback', () => {
    const sheets = files(src.pathname, '.css').map((file) => readFileSync(file, 'utf8'));
    const components = files(src.pathname, '.tsx').map((file) => readFileSync(file, 'utf8'));
    // The theme's tokens, and a widget's own properties that it declares on its own element
    // (in its stylesheet, or in a style attribute as `'--ck-…': value`).
    const defined = new Set([
      ...tokens.map((token) => token.name),
      ...sheets.flatMap((css) =>
        [...css.matchAll(/^\s*(--ck-[a-z0-9-]+)\s*:/gm)].map((m) => m[1] ?? ''),
      ),
      ...components.flatMap((tsx) =>
        [...tsx.matchAll(/'(--ck-[a-z0-9-]+)'\s*:/g)].map((m) => m[1] ?? ''),
      ),
    ]);
    const read = new Set(
      sheets.flatMap((css) => [...css.matchAll(/var\((--ck-[a-z0-9-]+)\)/g)].map((m) => m[1])),
    );
    const missing = [...read].filter((name) => name !== undefined && !defined.has(name));
    expect(missing).toEqual([]);
  });

  it('lets the looks set only tokens the default theme defines', () => {
    const defined = new Set(tokens.map((token) => token.name));
    for (const look of ['govuk.css', 'uswds.css']) {
      const css = readFileSync(new URL(`themes/${look}`, src), 'utf8');
      const set = [...css.matchAll(/^\s*(--ck-[a-z0-9-]+)\s*:/gm)].map((m) => m[1]);
      expect({
        look,
        unknown: set.filter((name) => name !== undefined && !defined.has(name)),
      }).toEqual({ look, unknown: [] });
    }
  });
});
