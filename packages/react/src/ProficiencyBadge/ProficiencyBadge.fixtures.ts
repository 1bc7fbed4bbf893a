import type { ProficiencyScale } from '@capkit/model';

/**
 * UK DDaT's four skill levels, with codes, descriptors and Arabic names for the right-to-left
 * examples. Descriptors are shortened from the Government Digital and Data Profession Capability
 * Framework (Open Government Licence v3.0).
 */
export const ddatScaleWithDescriptors: ProficiencyScale = {
  id: 'ddat',
  label: { en: 'DDaT skill levels', ar: 'مستويات المهارة' },
  levels: [
    {
      value: 1,
      code: 'L1',
      label: { en: 'Awareness', ar: 'الوعي' },
      descriptor: {
        en: 'You know about the skill and how it is applied in your role.',
        ar: 'تعرف المهارة وتدرك كيف تُطبَّق في دورك.',
      },
    },
    {
      value: 2,
      code: 'L2',
      label: { en: 'Working', ar: 'العمل' },
      descriptor: {
        en: 'You can apply the skill, including its tools and techniques, and choose those that suit the situation.',
        ar: 'تستطيع تطبيق المهارة بأدواتها وتقنياتها، واختيار الأنسب منها للموقف.',
      },
    },
    {
      value: 3,
      code: 'L3',
      label: { en: 'Practitioner', ar: 'الممارس' },
      descriptor: {
        en: 'You can share the skill with others and decide which tools and techniques suit the situation.',
        ar: 'تستطيع نقل المهارة إلى الآخرين وتحديد الأدوات والتقنيات الأنسب للموقف.',
      },
    },
    {
      value: 4,
      code: 'L4',
      label: { en: 'Expert', ar: 'الخبير' },
      descriptor: {
        en: 'You are a recognised specialist and adviser in the skill, and lead others in good practice.',
        ar: 'أنت متخصص ومستشار معترف به في المهارة، وتقود الآخرين إلى الممارسة الجيدة.',
      },
    },
  ],
  proficientLevel: 3,
};

/** SFIA's seven levels of responsibility (names only), to show the colour ramp on a longer scale. */
export const sfiaScale: ProficiencyScale = {
  id: 'sfia',
  label: { en: 'SFIA levels of responsibility' },
  levels: [
    { value: 1, code: '1', label: { en: 'Follow' } },
    { value: 2, code: '2', label: { en: 'Assist' } },
    { value: 3, code: '3', label: { en: 'Apply' } },
    { value: 4, code: '4', label: { en: 'Enable' } },
    { value: 5, code: '5', label: { en: 'Ensure, advise' } },
    { value: 6, code: '6', label: { en: 'Initiate, influence' } },
    { value: 7, code: '7', label: { en: 'Set strategy, inspire, mobilise' } },
  ],
  proficientLevel: 4,
};
