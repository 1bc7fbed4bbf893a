import { describe, expect, it } from 'vitest';
import { localizedTextSchema } from './localizedText.js';
import { formatPath, fromZodIssue } from './validationIssue.js';

describe('formatPath', () => {
  it('writes plain keys with dots and indexes in brackets', () => {
    expect(formatPath(['levels', 2, 'label', 'fr-CA'])).toBe('levels[2].label.fr-CA');
  });

  it('quotes keys holding dots, brackets, quotes or spaces, so paths stay unambiguous', () => {
    // Without quotes the first two would both read labels.a.b.
    expect(formatPath(['labels', 'a.b'])).toBe('labels["a.b"]');
    expect(formatPath(['labels', 'a', 'b'])).toBe('labels.a.b');
    expect(formatPath(['labels', 'a[0]'])).toBe('labels["a[0]"]');
    expect(formatPath(['labels', '0'])).toBe('labels.0');
    expect(formatPath(['labels', 0])).toBe('labels[0]');
    expect(formatPath(['labels', 'say "hi"'])).toBe('labels["say \\"hi\\""]');
    expect(formatPath(['labels', 'a b'])).toBe('labels["a b"]');
    expect(formatPath(['labels', ''])).toBe('labels[""]');
    expect(formatPath(['a.b', 'c'])).toBe('["a.b"].c');
  });

  it('locates a bad language tag that holds a dot', () => {
    const result = localizedTextSchema.safeParse({ en: 'Name', 'en.GB': 'Name' });
    const issue = result.error?.issues[0];
    if (issue === undefined) throw new Error('expected an issue');
    expect(fromZodIssue(issue, ['title']).path).toBe('title["en.GB"]');
  });
});
