import { describe, expect, it } from 'vitest';
import { validateWorkspace } from '../validation.js';
import type { Workspace } from '../workspace.js';
import {
  digitalGovernmentFramework,
  digitalGovernmentFrameworkRef,
} from './digitalGovernmentFramework.js';
import { digitalGovernmentRoles } from './digitalGovernmentRoles.js';

describe('digitalGovernmentRoles', () => {
  it('validates inside a workspace that holds the framework', () => {
    const workspace: Workspace = {
      schemaVersion: 2,
      kind: 'capkitWorkspace',
      programme: {
        id: 'programme',
        name: { en: 'Digital skills programme' },
        rounds: [{ number: 1, startsOn: '2026-01-05' }],
      },
      frameworks: [digitalGovernmentFramework],
      units: [],
      roles: digitalGovernmentRoles,
      people: [],
      memberships: [],
      capacityAssessments: [],
      instruments: [],
      campaigns: [],
      responses: [],
      stakeholders: [],
      assets: [],
      communities: [],
      plans: [],
      evaluations: [],
      knowledgeItems: [],
      catalogue: [],
      maturityIndexes: [],
    };
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('has about six roles, each with a unique id and an English and French title', () => {
    expect(digitalGovernmentRoles.length).toBeGreaterThanOrEqual(6);
    const ids = digitalGovernmentRoles.map((role) => role.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const role of digitalGovernmentRoles) {
      expect(Object.keys(role.title).sort(), role.id).toEqual(['en', 'fr']);
    }
  });

  it('points every role at the reference framework version', () => {
    for (const role of digitalGovernmentRoles) {
      expect(role.framework, role.id).toEqual(digitalGovernmentFrameworkRef);
    }
  });

  it('requires each competency at most once per role, at least five per role, one at Practitioner or above', () => {
    for (const role of digitalGovernmentRoles) {
      const ids = role.requirements.map((requirement) => requirement.competencyId);
      expect(new Set(ids).size, role.id).toBe(ids.length);
      expect(ids.length, role.id).toBeGreaterThanOrEqual(5);
      expect(
        role.requirements.some((requirement) => requirement.requiredLevel >= 3),
        role.id,
      ).toBe(true);
    }
  });

  it('includes a digital leader who must be expert in digital leadership', () => {
    const leader = digitalGovernmentRoles.find((role) => role.id === 'dg-role-digital-leader');
    expect(leader?.requirements).toContainEqual({
      competencyId: 'dg-digital-leadership',
      requiredLevel: 4,
    });
  });
});
