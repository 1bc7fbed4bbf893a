import { describe, expect, it } from 'vitest';
import { validWorkspace } from './testWorkspace.js';
import { validateWorkspace } from './validation.js';
import { withoutPersonalData } from './workspace.js';

describe('withoutPersonalData', () => {
  it('drops names and contact details and leaves a valid pseudonymous workspace', () => {
    const shared = withoutPersonalData(validWorkspace());
    expect(shared).not.toHaveProperty('personalData');
    expect(JSON.stringify(shared)).not.toContain('Amina');
    expect(validateWorkspace(shared).success).toBe(true);
  });
});
