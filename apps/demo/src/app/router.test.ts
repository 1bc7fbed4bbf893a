import { describe, expect, it } from 'vitest';
import { matchPath } from './router.js';

describe('matchPath', () => {
  it('matches a fixed path and nothing longer or shorter', () => {
    expect(matchPath('/training-needs/results', '/training-needs/results')).toEqual({});
    expect(matchPath('/training-needs/results', '/training-needs')).toBeUndefined();
    expect(matchPath('/training-needs', '/training-needs/results')).toBeUndefined();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/data', '/Data')).toBeUndefined();
  });

  it('gives the named segments, URL-decoded', () => {
    expect(matchPath('/training-needs/units/:unitId', '/training-needs/units/unit-MDS-DS')).toEqual(
      { unitId: 'unit-MDS-DS' },
    );
    expect(matchPath('/a/:x/b/:y', '/a/caf%C3%A9/b/%D8%B9')).toEqual({ x: 'café', y: 'ع' });
  });

  it('refuses a malformed escape rather than throwing', () => {
    expect(matchPath('/units/:unitId', '/units/%E0%A4%A')).toBeUndefined();
  });

  it('ignores repeated and trailing slashes the way split does', () => {
    expect(matchPath('/data', '/data/')).toEqual({});
    expect(matchPath('/data', '//data')).toEqual({});
  });
});
