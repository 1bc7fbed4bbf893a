import type { ProficiencyScale } from '@capkit/model';

/** UK DDaT's four skill levels, used across the engine's tests. */
export const ddatScale: ProficiencyScale = {
  id: 'ddat',
  label: { en: 'DDaT skill levels' },
  levels: [
    { value: 1, label: { en: 'Awareness' } },
    { value: 2, label: { en: 'Working' } },
    { value: 3, label: { en: 'Practitioner' } },
    { value: 4, label: { en: 'Expert' } },
  ],
  proficientLevel: 3,
};
