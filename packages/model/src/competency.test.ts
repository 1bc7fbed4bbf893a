import { describe, expect, it } from 'vitest';
import { validateCompetency } from './validation.js';

describe('validateCompetency', () => {
  const competency = {
    id: 'dg-data',
    code: 'DG-2.1',
    label: { en: 'Data literacy', ar: 'محو الأمية في البيانات' },
    statement: { en: 'Finds, judges and uses data to inform decisions.' },
    scaleId: 'ddat',
  };

  it('accepts a competency with multilingual labels', () => {
    expect(validateCompetency(competency)).toEqual({ success: true, data: competency });
  });

  it('locates a bad id and a missing statement', () => {
    const result = validateCompetency({ ...competency, id: ' spaced id', statement: undefined });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['id', 'statement']);
    expect(result.issues[0]?.message).toMatch(/id of letters, digits/);
  });
});
