import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interopLimits } from '../shared/limits.js';
import { InteropError } from '../shared/interopIssue.js';
import { validateStatement, validateStatementOrThrow, validateStatements } from './validate.js';

function fixture(name: string): unknown {
  return JSON.parse(
    readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
  ) as unknown;
}

interface InvalidCase {
  readonly rule: string;
  readonly version: '2.0.0' | '1.0.3';
  readonly statement: unknown;
  readonly issues: readonly { readonly path: string; readonly code: string }[];
}

const invalidCases = fixture('invalid.json') as InvalidCase[];

describe('golden valid statements', () => {
  it.each([
    'valid-2.0-completed-course.json',
    'valid-2.0-question.json',
    'valid-2.0-voiding.json',
    'valid-2.0-substatement.json',
  ])('%s is a valid 2.0 statement', (name) => {
    const result = validateStatement(fixture(name));
    expect(result).toEqual({ success: true, data: fixture(name) });
  });

  it('a 1.0.3 single context activity is valid and returned in an array', () => {
    const result = validateStatement(fixture('valid-1.0.3-single-context-activity.json'), {
      version: '1.0.3',
    });
    expect(result.success && result.data.context?.contextActivities?.parent).toEqual([
      { id: 'https://lms.example.gov/programmes/onboarding' },
    ]);
  });

  it('the same 1.0.3 statement fails as 2.0, located at each 2.0 rule', () => {
    const result = validateStatement(fixture('valid-1.0.3-single-context-activity.json'));
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['context.contextActivities.parent', 'xapi.contextActivityNotArray'],
      ['timestamp', 'xapi.missingOffset'],
      ['version', 'xapi.versionMismatch'],
    ]);
  });

  it("version 'auto' reads the statement's own version", () => {
    const result = validateStatement(fixture('valid-1.0.3-single-context-activity.json'), {
      version: 'auto',
    });
    expect(result.success).toBe(true);
  });

  it('2.0 contextAgents are refused in 1.0.3 with a message that says so', () => {
    const statement = {
      ...(fixture('valid-2.0-completed-course.json') as object),
      version: '1.0.3',
    };
    const result = validateStatement(statement, { version: '1.0.3' });
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([
      '"contextAgents" is new in xAPI 2.0; a 1.0.3 statement cannot have it',
      '"contextGroups" is new in xAPI 2.0; a 1.0.3 statement cannot have it',
    ]);
  });

  it('JSON text is read too', () => {
    const text = JSON.stringify(fixture('valid-2.0-voiding.json'));
    expect(validateStatement(text).success).toBe(true);
    expect(validateStatement('{"actor":').success ? '' : 'xapi.notJson').toBe('xapi.notJson');
  });
});

describe('golden invalid statements: one located issue per rule', () => {
  it.each(invalidCases.map((c) => [c.rule, c] as const))('%s', (_rule, invalid) => {
    const result = validateStatement(invalid.statement, { version: invalid.version });
    expect(result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual(
      invalid.issues,
    );
  });
});

describe('date-times and durations', () => {
  const base = {
    actor: { mbox: 'mailto:a@example.gov' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { id: 'https://lms.example.gov/c/1' },
  };
  it.each([
    ['2026-03-14T16:05:00Z', true],
    ['2026-03-14T16:05:00.123456+05:30', true],
    ['2026-03-14T16:05+0100', true],
    ['2026-02-30T10:00:00Z', false],
    ['2026-03-14 16:05:00Z', false],
    ['2026-03-14T24:00:00Z', false],
    ['2026-03-14T16:05:00-00:00', false],
    ['2026-03-14T16:05:00-0000', false],
  ])('timestamp %s valid: %s', (timestamp, valid) => {
    expect(validateStatement({ ...base, timestamp }).success).toBe(valid);
  });

  it.each([
    ['PT1H30M', true],
    ['P2D', true],
    ['PT0.5S', true],
    ['P1W', true],
    ['P1Y2M3DT4H5M6.7S', true],
    ['P', false],
    ['PT', false],
    ['P1DT', false],
    ['P0001-02-03T04:05:06', false],
    ['PT1.5H30M', false],
  ])('duration %s valid: %s', (duration, valid) => {
    expect(validateStatement({ ...base, result: { duration } }).success).toBe(valid);
  });

  it('stored follows the same rules as timestamp', () => {
    const result = validateStatement({ ...base, stored: '2026-03-14T16:05:00-00:00' });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual(['stored']);
  });
});

describe('batches', () => {
  const good = fixture('valid-2.0-voiding.json') as Record<string, unknown>;

  it('locates issues by the index of the statement', () => {
    const bad = { ...good, id: undefined, actor: { mbox: 'learner@example.gov' } };
    const result = validateStatements([
      good,
      good === bad ? good : { ...good, id: '0e9c6a4f-1b2d-4f3e-8c5a-7d6e9f0a1b2d' },
      bad,
      { ...bad },
    ]);
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['[2].actor.mbox', 'xapi.badMbox'],
      ['[3].actor.mbox', 'xapi.badMbox'],
    ]);
  });

  it('refuses two statements with the same id', () => {
    const result = validateStatements([good, good]);
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['[1].id', 'xapi.duplicateStatementId'],
    ]);
  });

  it('caps the batch length', () => {
    const result = validateStatements([good, good, good], { maxStatements: 2 });
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'xapi.tooManyStatements',
    ]);
    expect(interopLimits.maxDocumentEntries).toBe(200_000);
  });

  it('caps string lengths', () => {
    const long = {
      ...good,
      actor: { name: 'x'.repeat(interopLimits.maxFieldLength + 1), mbox: 'mailto:a@example.gov' },
    };
    const result = validateStatement(long);
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['actor.name', 'too_big'],
    ]);
  });

  it('stops at maxIssues', () => {
    const bad = { ...good, id: 'x' };
    const result = validateStatements(
      Array.from({ length: 50 }, () => bad),
      { maxIssues: 10 },
    );
    expect(result.success ? 0 : result.issues.length).toBe(10);
  });

  it('says what is wrong with a batch that is not an array', () => {
    const result = validateStatements({ statements: [] });
    expect(result.success ? [] : result.issues).toEqual([
      { path: '', code: 'xapi.notArray', message: 'Expected an array of statements' },
    ]);
  });
});

describe('extensions', () => {
  const base = fixture('valid-2.0-voiding.json') as Record<string, unknown>;
  it('keeps extension values losslessly', () => {
    const extensions = { 'https://example.gov/x/nested': { a: [1, 'two', null, { b: true }] } };
    const result = validateStatement({ ...base, context: { extensions } });
    expect(result.success && result.data.context?.extensions).toEqual(extensions);
  });

  it('refuses a value nested deeper than the cap without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let depth = 0; depth < 100_000; depth += 1) deep = [deep];
    const result = validateStatement({
      ...base,
      context: { extensions: { 'https://example.gov/x/deep': deep } },
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['context.extensions["https://example.gov/x/deep"]', 'xapi.extensionNotJson'],
    ]);
  });
});

describe('keys JSON.parse makes own properties', () => {
  it('refuses a "__proto__" key in language maps and extensions instead of dropping it', () => {
    const statement = JSON.parse(
      '{"actor":{"mbox":"mailto:a@example.gov"},"verb":{"id":"https://example.gov/v","display":{"__proto__":"x"}},' +
        '"object":{"id":"https://example.gov/o","definition":{"extensions":{"__proto__":{"a":1}}}}}',
    ) as unknown;
    const result = validateStatement(statement);
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['verb.display.__proto__', 'xapi.forbiddenKey'],
      ['object.definition.extensions.__proto__', 'xapi.forbiddenKey'],
    ]);
  });
});

describe('validateStatementOrThrow', () => {
  it('returns the statement or throws an InteropError naming the first issue', () => {
    const voiding = fixture('valid-2.0-voiding.json');
    expect(validateStatementOrThrow(voiding)).toEqual(voiding);
    expect(() => validateStatementOrThrow({ ...(voiding as object), id: 'x' })).toThrow(
      new InteropError('Not a valid xAPI statement', [
        {
          path: 'id',
          code: 'xapi.notUuid',
          message: 'Expected a UUID such as "c2a8a4e6-1f1b-4f5e-9a51-0c0f7e3b6a11"',
        },
      ]),
    );
  });
});
