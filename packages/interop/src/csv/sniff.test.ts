import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator, detectDelimiter, detectDialect } from './sniff.js';

describe('detectDelimiter', () => {
  it('picks the separator that splits every record alike', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('"start";"end";"Q1"\n"2026-01-01";"2026-01-02";"3"\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
  });

  it('is not misled by separators inside quotes or free text', () => {
    const text = 'id;comment;score\n1;"well, fine, thanks";4\n2;"no, not at all";2\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter('id,note\n1,"a;b;c;d"\n2,"e;f;g;h"\n')).toBe(',');
  });

  it('gives a comma for a single column and for CRLF files alike', () => {
    expect(detectDelimiter('id\r\n1\r\n2\r\n')).toBe(',');
    expect(detectDelimiter('a;b\r\n1;2\r\n')).toBe(';');
  });
});

describe('detectDecimalSeparator', () => {
  it('sees a decimal comma only when no field uses a point', () => {
    expect(detectDecimalSeparator(['3,5', 'x', '4'])).toBe(',');
    expect(detectDecimalSeparator(['3,5', '4.5'])).toBe('.');
    expect(detectDecimalSeparator(['3', '4'])).toBe('.');
  });
});

describe('detectDialect', () => {
  it('knows KoboToolbox, ODK Central and LimeSurvey by their metadata columns', () => {
    expect(
      detectDialect(['start', 'skills/q1', '_id', '_uuid', '_submission_time', '_index']),
    ).toBe('kobo');
    expect(detectDialect(['SubmissionDate', 'skills-q1', 'meta-instanceID', 'KEY'])).toBe('odk');
    expect(detectDialect(['id', 'submitdate', 'lastpage', 'startlanguage', 'Q1[SQ001]'])).toBe(
      'limesurvey',
    );
    expect(detectDialect(['Q1[SQ001]', 'Q1[SQ002]'])).toBe('limesurvey');
    expect(detectDialect(['personId', 'unit', 'role'])).toBe('generic');
  });
});
