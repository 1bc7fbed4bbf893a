import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  competencyFrameworkArbitrary,
  instrumentArbitrary,
  proficiencyScaleArbitrary,
  responseArbitrary,
  workspaceArbitrary,
} from './arbitraries.js';
import { toJsonSchema } from './jsonSchemas.js';
import {
  validateCompetencyFramework,
  validateInstrument,
  validateProficiencyScale,
  validateResponse,
  validateWorkspace,
} from './validation.js';

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);

function throughJson(document: unknown): unknown {
  return JSON.parse(JSON.stringify(document));
}

describe('proficiency scale', () => {
  it('comes back from JSON valid and unchanged', () => {
    fc.assert(
      fc.property(proficiencyScaleArbitrary, (scale) => {
        expect(validateProficiencyScale(throughJson(scale))).toStrictEqual({
          success: true,
          data: scale,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('passes the published JSON Schema', () => {
    const validate = ajv.compile(toJsonSchema('proficiencyScale'));
    fc.assert(
      fc.property(proficiencyScaleArbitrary, (scale) => {
        expect(validate(throughJson(scale)), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('competency framework', () => {
  it('comes back from JSON valid and unchanged, references included', () => {
    fc.assert(
      fc.property(competencyFrameworkArbitrary, (framework) => {
        expect(validateCompetencyFramework(throughJson(framework))).toStrictEqual({
          success: true,
          data: framework,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('passes the published JSON Schema', () => {
    const validate = ajv.compile(toJsonSchema('competencyFramework'));
    fc.assert(
      fc.property(competencyFrameworkArbitrary, (framework) => {
        expect(validate(throughJson(framework)), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('instrument', () => {
  it('comes back from JSON valid and unchanged', () => {
    fc.assert(
      fc.property(instrumentArbitrary, (instrument) => {
        expect(validateInstrument(throughJson(instrument))).toStrictEqual({
          success: true,
          data: instrument,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('passes the published JSON Schema', () => {
    const validate = ajv.compile(toJsonSchema('instrument'));
    fc.assert(
      fc.property(instrumentArbitrary, (instrument) => {
        expect(validate(throughJson(instrument)), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('assessment response', () => {
  it('comes back from JSON valid and unchanged', () => {
    fc.assert(
      fc.property(responseArbitrary, (response) => {
        expect(validateResponse(throughJson(response))).toStrictEqual({
          success: true,
          data: response,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('passes the published JSON Schema', () => {
    const validate = ajv.compile(toJsonSchema('response'));
    fc.assert(
      fc.property(responseArbitrary, (response) => {
        expect(validate(throughJson(response)), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('workspace', () => {
  it('comes back from JSON valid and unchanged, every reference resolving', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        expect(validateWorkspace(throughJson(workspace))).toStrictEqual({
          success: true,
          data: workspace,
        });
      }),
      { numRuns: 30 },
    );
    // Thirty whole random workspaces: about 2 s alone, past vitest's 5 s on a busy shared machine.
  }, 30_000);

  it('passes the published JSON Schema', () => {
    const validate = ajv.compile(toJsonSchema('workspace'));
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        expect(validate(throughJson(workspace)), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
