import { describe, expect, it } from 'vitest';
import { localizedTextSchema } from './localizedText.js';
import { resolveLocalizedText, textDirection } from './textLanguage.js';
import { validWorkspace } from './testWorkspace.js';
import { validateWorkspace } from './validation.js';
import { fromZodIssue } from './validationIssue.js';

describe('localizedTextSchema', () => {
  it('accepts text in several languages, right-to-left ones included', () => {
    const text = { en: 'Data literacy', fr: 'Culture des données', ar: 'محو الأمية في البيانات' };
    expect(localizedTextSchema.parse(text)).toEqual(text);
  });

  it('rejects an empty record, a malformed tag and blank text', () => {
    expect(localizedTextSchema.safeParse({}).success).toBe(false);
    expect(localizedTextSchema.safeParse({ 'not a tag': 'x' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: '   ' }).success).toBe(false);
  });
});

describe('resolveLocalizedText', () => {
  const text = { fr: 'Culture des données', en: 'Data literacy', 'pt-BR': 'Letramento em dados' };

  it('takes an exact match first', () => {
    expect(resolveLocalizedText(text, ['pt-BR'])).toEqual({
      text: 'Letramento em dados',
      lang: 'pt-BR',
    });
  });

  it('falls back from a regional tag to its language', () => {
    expect(resolveLocalizedText(text, ['fr-CA'])).toEqual({
      text: 'Culture des données',
      lang: 'fr',
    });
  });

  it('matches tags without regard to case', () => {
    expect(resolveLocalizedText(text, ['PT-br']).lang).toBe('pt-BR');
  });

  it('falls back to English, then to the first language given', () => {
    expect(resolveLocalizedText(text, ['sw'])).toEqual({ text: 'Data literacy', lang: 'en' });
    expect(resolveLocalizedText({ sw: 'Ujuzi wa data', fr: 'Données' }, ['de'])).toEqual({
      text: 'Ujuzi wa data',
      lang: 'sw',
    });
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian, Urdu and Dhivehi', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'dv', 'ar-EG'])
      expect(textDirection(lang)).toBe('rtl');
  });

  it('is left to right for Latin-script languages and for tags it cannot read', () => {
    for (const lang of ['en', 'fr-CA', 'sw', 'not a tag']) expect(textDirection(lang)).toBe('ltr');
  });
});

describe('a __proto__ key in localized text', () => {
  it('is refused with its path, not silently dropped', () => {
    // JSON.parse makes "__proto__" an own key, as any JSON from outside would.
    const result = localizedTextSchema.safeParse(JSON.parse('{"en":"Name","__proto__":"x"}'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => fromZodIssue(issue, ['title']))).toEqual([
      {
        path: 'title.__proto__',
        code: 'text.forbiddenKey',
        message: '"__proto__" is not a language tag; it may not be used as a key',
      },
    ]);
  });

  it('is refused deep in a workspace, located', () => {
    const workspace = JSON.parse(
      JSON.stringify(validWorkspace()).replace(
        '"title":{"en":"Training needs assessment"}',
        '"title":{"en":"Training needs assessment","__proto__":{"polluted":true}}',
      ),
    ) as unknown;
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'instruments[0].title.__proto__', code: 'text.forbiddenKey' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('leaves text without one untouched', () => {
    expect(localizedTextSchema.parse({ en: 'Name', 'fr-CA': 'Nom' })).toEqual({
      en: 'Name',
      'fr-CA': 'Nom',
    });
  });
});
