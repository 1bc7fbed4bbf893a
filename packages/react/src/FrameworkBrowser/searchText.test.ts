import { describe, expect, it } from 'vitest';
import {
  findMatches,
  foldSearchQuery,
  prepareSearchableText,
  startsWithFolded,
} from './searchText.js';

function highlighted(text: string, query: string): string[] {
  return findMatches(prepareSearchableText(text), foldSearchQuery(query)).map(({ start, end }) =>
    text.slice(start, end),
  );
}

describe('foldSearchQuery', () => {
  it('trims, lower-cases and drops accents', () => {
    expect(foldSearchQuery('  Médiation ')).toBe('mediation');
    expect(foldSearchQuery('SÉCURITÉ')).toBe('securite');
  });

  it('spells out ligatures and straightens apostrophes', () => {
    expect(foldSearchQuery('Œuvre')).toBe('oeuvre');
    expect(foldSearchQuery('l’information')).toBe("l'information");
  });

  it('drops Arabic short vowels', () => {
    expect(foldSearchQuery('البَيانات')).toBe('البيانات');
  });
});

describe('findMatches', () => {
  it('finds every occurrence, ignoring case', () => {
    expect(highlighted('Data analysis and data science', 'DATA')).toEqual(['Data', 'data']);
  });

  it('finds accented text from an unaccented query, and highlights the accented letters', () => {
    expect(highlighted('Médiation de l’information', 'mediation')).toEqual(['Médiation']);
    expect(highlighted('Cybersécurité', 'securite')).toEqual(['sécurité']);
  });

  it('finds unaccented text from an accented query', () => {
    expect(highlighted('Cybersecurity', 'sécu')).toEqual(['secu']);
  });

  it('maps offsets back through decomposed accents and spelt-out ligatures', () => {
    const decomposed = 'Me\u0301diation';
    expect(highlighted(decomposed, 'med')).toEqual(['Me\u0301d']);
    // The combining accent after the last matched letter is highlighted with it.
    expect(highlighted(decomposed, 'me')).toEqual(['Me\u0301']);
    expect(highlighted('Met en œuvre', 'oeuvre')).toEqual(['œuvre']);
    expect(highlighted('Met en œuvre', 'e')).toEqual(['e', 'e', 'œ', 'e']);
  });

  it('matches a typed apostrophe against a typographic one', () => {
    expect(highlighted('Développement d’applications', "d'app")).toEqual(['d’app']);
  });

  it('finds nothing for an empty query or a missing word', () => {
    expect(highlighted('Data analysis', '')).toEqual([]);
    expect(highlighted('Data analysis', '   ')).toEqual([]);
    expect(highlighted('Data analysis', 'privacy')).toEqual([]);
  });

  it('finds Arabic text regardless of short vowels', () => {
    expect(highlighted('إدارة البيانات', 'البَيانات')).toEqual(['البيانات']);
  });
});

describe('startsWithFolded', () => {
  it('compares the start of the folded text', () => {
    const text = prepareSearchableText('Éditions');
    expect(startsWithFolded(text, 'edi')).toBe(true);
    expect(startsWithFolded(text, 'dit')).toBe(false);
    expect(startsWithFolded(text, '')).toBe(false);
  });
});
