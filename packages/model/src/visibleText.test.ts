import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizedTextSchema } from './localizedText.js';
import { validWorkspace } from './testWorkspace.js';
import { validateWorkspace } from './validation.js';
import { fromZodIssue } from './validationIssue.js';
import { hasVisibleCharacter, visibleTextSchema } from './visibleText.js';

// Characters a reader cannot see: space, tab, LF, NBSP, en quad, ideographic space, line
// separator, zero-width space, zero-width joiner, left-to-right mark, BOM, soft hyphen, NUL.
const invisible = [
  ' ',
  '\t',
  '\n',
  '\u00A0',
  '\u2000',
  '\u3000',
  '\u2028',
  '\u200B',
  '\u200D',
  '\u200E',
  '\uFEFF',
  '\u00AD',
  '\u0000',
];

describe('visibleTextSchema', () => {
  it.each(invisible.map((character) => [character.codePointAt(0)?.toString(16)]))(
    'refuses text made only of U+%s',
    (hex) => {
      const character = String.fromCodePoint(Number.parseInt(hex ?? '', 16));
      const result = visibleTextSchema().safeParse(character.repeat(3));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Text must not be empty');
    },
  );

  it('refuses any mix of invisible characters (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...invisible), { maxLength: 20 }), (characters) => {
        expect(visibleTextSchema().safeParse(characters.join('')).success).toBe(false);
      }),
    );
  });

  it('keeps text with one visible character among invisible ones, trimmed', () => {
    expect(visibleTextSchema().parse('\u00A0\u200Bx\u200B')).toBe('\u200Bx\u200B');
    expect(visibleTextSchema().parse('  Data literacy ')).toBe('Data literacy');
    expect(hasVisibleCharacter('\u200B\uFEFFا')).toBe(true);
  });

  it('states the limit it is given', () => {
    const result = visibleTextSchema(3).safeParse('abcd');
    expect(result.error?.issues[0]?.message).toBe('Text must be at most 3 characters long');
  });
});

describe('blank text in documents', () => {
  it('is refused in localized text with its path and code', () => {
    const result = localizedTextSchema.safeParse({ en: 'Name', fr: '\u200B\uFEFF\u00A0' });
    expect(result.error?.issues.map((issue) => fromZodIssue(issue, ['name']))).toEqual([
      { path: 'name.fr', code: 'text.empty', message: 'Text must not be empty' },
    ]);
  });

  it('is refused in a workspace, at the field, as text.empty', () => {
    const workspace = validWorkspace();
    workspace.programme.name = { en: '\u200B' };
    const framework = workspace.frameworks[0];
    if (framework === undefined) throw new Error('fixture');
    framework.version = '\uFEFF ';
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'programme.name.en', code: 'text.empty' },
      { path: 'frameworks[0].version', code: 'text.empty' },
    ]);
  });
});
