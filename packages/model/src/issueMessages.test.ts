import { describe, expect, it } from 'vitest';
import { formatIssueMessage, issueMessages } from './issueMessages.js';

describe('issue messages', () => {
  it('fill placeholders from params', () => {
    expect(formatIssueMessage(issueMessages['ref.unknown'], { target: 'unit', id: 'hr' })).toBe(
      'No unit with id "hr"',
    );
  });

  it('leave unknown placeholders visible rather than printing "undefined"', () => {
    expect(formatIssueMessage('No {target} with id "{id}"', { id: 'x' })).toBe(
      'No {target} with id "x"',
    );
  });

  it('take a translated template the same way', () => {
    const french = 'Aucun·e {target} avec l’identifiant « {id} »';
    expect(formatIssueMessage(french, { target: 'unité', id: 'rh' })).toBe(
      'Aucun·e unité avec l’identifiant « rh »',
    );
  });
});
