/** One --ck- custom property of theme.css, with the comment written above it. */
export interface ThemeToken {
  /** The property, e.g. `--ck-color-text`. */
  readonly name: string;
  /** Its default value. */
  readonly value: string;
  /** The comment above it: what it does. Empty when it has none. */
  readonly description: string;
}

/**
 * Reads the tokens of theme.css's `:where(:root)` block, in order, each with the comment
 * written above it. Storybook's Theming page shows them; themeTokens.test.ts checks that every
 * token has a description and that every token a widget reads is defined.
 */
export function themeTokens(css: string): readonly ThemeToken[] {
  const start = css.indexOf(':where(:root)');
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  if (start === -1 || open === -1 || close === -1) return [];
  const block = css.slice(open + 1, close);
  const tokens: ThemeToken[] = [];
  const pattern = /(?:\/\*([\s\S]*?)\*\/\s*)?(--ck-[a-z0-9-]+)\s*:\s*([^;]+);/g;
  for (const match of block.matchAll(pattern)) {
    const [, comment, name, value] = match;
    if (name === undefined || value === undefined) continue;
    tokens.push({
      name,
      value: value.replace(/\s+/g, ' ').trim(),
      description: (comment ?? '').replace(/\s*\n\s*\*?\s*/g, ' ').trim(),
    });
  }
  return tokens;
}
