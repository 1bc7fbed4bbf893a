import { describe, expect, it } from 'vitest';
import { validateCompetencyFramework } from '../validation.js';
import {
  digitalGovernmentFramework,
  digitalGovernmentFrameworkRef,
} from './digitalGovernmentFramework.js';

const { areas, competencies } = digitalGovernmentFramework;

describe('digitalGovernmentFramework', () => {
  it('validates as a published competency framework', () => {
    const result = validateCompetencyFramework(digitalGovernmentFramework);
    expect(result).toEqual({ success: true, data: digitalGovernmentFramework });
    expect(digitalGovernmentFramework.status).toBe('published');
  });

  it('has 5–7 top-level areas, some nested, and 25–40 competencies', () => {
    const topLevel = areas.filter((area) => area.parentId === undefined);
    expect(topLevel.length).toBeGreaterThanOrEqual(5);
    expect(topLevel.length).toBeLessThanOrEqual(7);
    expect(areas.some((area) => area.parentId !== undefined)).toBe(true);
    expect(competencies.length).toBeGreaterThanOrEqual(25);
    expect(competencies.length).toBeLessThanOrEqual(40);
  });

  it('uses every code and every id once', () => {
    const codes = [...areas, ...competencies].map((node) => node.code);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = [...areas, ...competencies].map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts competencies in every leaf area, and under every top-level area', () => {
    const parents = new Set(areas.flatMap((area) => area.parentId ?? []));
    const holding = new Set(competencies.flatMap((competency) => competency.areaId ?? []));
    for (const area of areas) {
      if (!parents.has(area.id)) expect(holding, area.code).toContain(area.id);
    }
    for (const area of areas.filter((a) => a.parentId === undefined)) {
      const within = areas.filter((a) => a.id === area.id || a.parentId === area.id);
      const count = competencies.filter((c) => within.some((a) => a.id === c.areaId)).length;
      expect(count, area.code).toBeGreaterThan(0);
    }
  });

  it('gives each competency a code that extends its area code', () => {
    const codeOf = new Map(areas.map((area) => [area.id, area.code]));
    for (const competency of competencies) {
      const areaCode = codeOf.get(competency.areaId ?? '');
      expect(competency.code).toMatch(/^DG-\d+(\.\d+)+$/);
      expect(competency.code.startsWith(`${areaCode ?? '?'}.`), competency.code).toBe(true);
    }
  });

  it('states each competency in one English sentence and labels it in English and French', () => {
    for (const competency of competencies) {
      const statement = competency.statement['en'] ?? '';
      expect(statement, competency.code).toMatch(/^[A-Z][^.]*\.$/);
      expect(Object.keys(competency.label).sort(), competency.code).toEqual(['en', 'fr']);
    }
  });

  it('names every area in English and French', () => {
    for (const area of areas)
      expect(Object.keys(area.label).sort(), area.code).toEqual(['en', 'fr']);
  });

  it('covers the GovStack building blocks and the centre-of-excellence capability areas', () => {
    const labels = competencies.map((competency) => competency.label['en']);
    for (const expected of [
      'Digital identity',
      'Digital payments',
      'Registration',
      'Digital registries',
      'Messaging',
      'Information mediation',
      'Consent management',
      'Workflow and process automation',
      'Scheduling',
      'Electronic signatures',
      'Data science and AI',
      'ICT infrastructure and cloud',
      'Application development',
      'Sensors and the Internet of Things',
      'Cybersecurity',
      'Geospatial information',
    ]) {
      expect(labels).toContain(expected);
    }
  });

  it('is pointed at by digitalGovernmentFrameworkRef', () => {
    expect(digitalGovernmentFrameworkRef).toEqual({
      frameworkId: 'capkit-digital-government',
      version: '2026.1',
    });
  });
});
