import { describe, expect, it } from 'vitest';
import { sampleOrganisation, samplePerson, samplePersonId } from './sampleOrganisation.js';

describe('sampleOrganisation', () => {
  it('splits people into contiguous teams of about nine that cover everyone once', () => {
    const organisation = sampleOrganisation(1_000, 1);
    let next = 0;
    for (const team of organisation.teams) {
      expect(team.firstPerson).toBe(next);
      expect(team.endPerson - team.firstPerson).toBeGreaterThanOrEqual(8);
      expect(team.endPerson - team.firstPerson).toBeLessThanOrEqual(9);
      next = team.endPerson;
    }
    expect(next).toBe(1_000);
  });

  it('opens up to eight departments, then adds intermediate levels of at most twelve children', () => {
    const organisation = sampleOrganisation(100_000, 1);
    expect(organisation.departmentUnitIds).toHaveLength(8);
    const children = new Map<string, number>();
    for (const unit of organisation.units) {
      if (unit.parentId !== undefined)
        children.set(unit.parentId, (children.get(unit.parentId) ?? 0) + 1);
    }
    expect(children.get(organisation.ministryUnitId)).toBe(8);
    expect(Math.max(...children.values())).toBeLessThanOrEqual(12);
  });

  it('gives every person a distinct pseudonymous id', () => {
    const organisation = sampleOrganisation(100_000, 1);
    const ids = new Set(Array.from({ length: 100_000 }, (_, i) => samplePersonId(organisation, i)));
    expect(ids.size).toBe(100_000);
  });

  it('makes the first person of a team its lead and the head of a department a digital leader', () => {
    const organisation = sampleOrganisation(200, 1);
    const [first, second] = organisation.teams;
    if (first === undefined || second === undefined) throw new Error('Expected two teams');
    expect(samplePerson(organisation, first, first.firstPerson)).toMatchObject({
      isLead: true,
      roleId: 'dg-role-digital-leader',
    });
    const member = samplePerson(organisation, first, first.firstPerson + 1);
    expect(member).toMatchObject({ isLead: false, leadIndex: first.firstPerson });
    expect(samplePerson(organisation, second, second.firstPerson).isLead).toBe(true);
  });

  it('derives the same person from the same seed and index, whatever was derived before', () => {
    const organisation = sampleOrganisation(200, 4);
    const team = organisation.teams[3];
    if (team === undefined) throw new Error('Expected a fourth team');
    const before = samplePerson(organisation, team, team.firstPerson + 2);
    samplePerson(organisation, team, team.firstPerson + 1);
    expect(samplePerson(organisation, team, team.firstPerson + 2)).toEqual(before);
  });
});
