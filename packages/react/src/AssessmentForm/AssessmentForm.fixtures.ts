import type { Instrument, InstrumentItem } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import type { LevelDescriptor } from './AssessmentForm.js';
import type { AssessmentFormMessages } from './messages.js';

const sample = generateSampleWorkspace({ people: 10 }).instruments[0];
if (sample === undefined) throw new Error('The sample workspace has no instrument');

/** The sample training-needs assessment: 40 importance–performance items in 10 sections of 4. */
export const sampleInstrument: Instrument = sample;

/**
 * A short self-assessment of rating items on one page of five, with a hint, level descriptors and
 * a display rule: "How much would training help?" is asked only of those who rate themselves 1–2.
 */
export const selfAssessment: Instrument = {
  id: 'case-work-self-assessment',
  round: 1,
  title: { en: 'Case work skills: self-assessment' },
  description: { en: 'Rate your own skill at each task.' },
  framework: { frameworkId: 'dg', version: '1.0' },
  ratingScale: {
    min: 1,
    max: 4,
    labels: [
      { value: 1, label: { en: 'Awareness' } },
      { value: 2, label: { en: 'Working' } },
      { value: 3, label: { en: 'Practitioner' } },
      { value: 4, label: { en: 'Expert' } },
    ],
    allowNotApplicable: true,
  },
  perspectives: ['self'],
  items: [
    {
      id: 'case-system',
      format: 'rating',
      prompt: { en: 'Using the case management system' },
      hint: { en: 'Opening, updating and closing cases.' },
      target: { kind: 'competency', competencyId: 'case-work' },
    },
    {
      id: 'case-system-training',
      format: 'rating',
      prompt: { en: 'How much would training on the case management system help you?' },
      target: { kind: 'competency', competencyId: 'case-work' },
      showIf: { itemId: 'case-system', atMost: 2 },
    },
    {
      id: 'data-sharing',
      format: 'rating',
      prompt: { en: 'Sharing case data with partner agencies lawfully' },
      target: { kind: 'competency', competencyId: 'data-protection' },
    },
    {
      id: 'plain-english',
      format: 'rating',
      prompt: { en: 'Writing letters to citizens in plain English' },
      target: { kind: 'competency', competencyId: 'content-design' },
    },
    {
      id: 'complaints',
      format: 'importancePerformance',
      prompt: { en: 'Handling complaints' },
      target: { kind: 'competency', competencyId: 'case-work' },
    },
  ],
};

/** UK DDaT's level descriptors for the self-assessment's four points. */
export const ddatLevelDescriptors: readonly LevelDescriptor[] = [
  { value: 1, descriptor: { en: 'You know what the skill is and why it matters.' } },
  { value: 2, descriptor: { en: 'You can apply it with support.' } },
  { value: 3, descriptor: { en: 'You apply it on your own and help others.' } },
  { value: 4, descriptor: { en: 'You lead on it and set good practice.' } },
];

const largeTopics = [
  'user research',
  'service design',
  'content design',
  'data analysis',
  'data protection',
  'cybersecurity',
  'agile delivery',
  'product management',
  'digital procurement',
  'digital leadership',
  'accessibility',
  'performance analysis',
];

/**
 * An instrument of `count` items and no sections, alternating rating and importance–performance
 * items, every fifth one with a hint, for performance stories and tests.
 */
export function largeInstrument(count: number): Instrument {
  const items: InstrumentItem[] = Array.from({ length: count }, (_, index) => {
    const topic = largeTopics[index % largeTopics.length] ?? 'delivery';
    return {
      id: `item-${index + 1}`,
      format: index % 2 === 0 ? 'rating' : 'importancePerformance',
      prompt: { en: `Task ${index + 1}: applying ${topic} in day-to-day work` },
      ...(index % 5 === 0 && { hint: { en: `Think of the last time you worked on ${topic}.` } }),
      target: { kind: 'competency', competencyId: `topic-${index % largeTopics.length}` },
    };
  });
  return { ...selfAssessment, id: `large-${count}`, title: { en: `${count} questions` }, items };
}

/** An instrument every item of which a display rule hides: nothing to ask. */
export const allHiddenInstrument: Instrument = {
  ...selfAssessment,
  id: 'all-hidden',
  items: selfAssessment.items.map((item) => ({
    ...item,
    showIf: { itemId: 'not-in-this-instrument', atLeast: 1 },
  })),
};

/** A short Arabic instrument in two sections, for the right-to-left story and test. */
export const arabicInstrument: Instrument = {
  id: 'arabic-tna',
  round: 1,
  title: { ar: 'تقييم احتياجات التدريب على المهارات الرقمية', en: 'Digital skills TNA' },
  description: { ar: 'لكل مهمة، حدّد أهميتها للعمل ومدى جودة أدائها اليوم.' },
  framework: { frameworkId: 'dg', version: '1.0' },
  ratingScale: {
    min: 1,
    max: 5,
    labels: [
      { value: 1, label: { ar: 'إطلاقًا', en: 'Not at all' } },
      { value: 2, label: { ar: 'قليلًا', en: 'A little' } },
      { value: 3, label: { ar: 'بشكل متوسط', en: 'Moderately' } },
      { value: 4, label: { ar: 'كثيرًا', en: 'Very' } },
      { value: 5, label: { ar: 'إلى حد كبير جدًا', en: 'Extremely' } },
    ],
    allowNotApplicable: true,
  },
  perspectives: ['self'],
  sections: [
    { id: 'identity', title: { ar: 'الهوية الرقمية' } },
    { id: 'data', title: { ar: 'تحليل البيانات' } },
  ],
  items: [
    {
      id: 'identity-explain',
      format: 'importancePerformance',
      prompt: { ar: 'شرح الهوية الرقمية للزملاء والشركاء' },
      target: { kind: 'competency', competencyId: 'dg-identity' },
      sectionId: 'identity',
    },
    {
      id: 'identity-apply',
      format: 'rating',
      prompt: { ar: 'تطبيق الهوية الرقمية في العمل اليومي' },
      hint: { ar: 'فكّر في آخر مرة تعاملت فيها مع طلب تحقق من الهوية.' },
      target: { kind: 'competency', competencyId: 'dg-identity' },
      sectionId: 'identity',
    },
    {
      id: 'data-dashboards',
      format: 'importancePerformance',
      prompt: { ar: 'قراءة لوحات المعلومات واستخلاص النتائج' },
      target: { kind: 'competency', competencyId: 'dg-data-analysis' },
      sectionId: 'data',
    },
  ],
};

/** The form's strings in Arabic. */
export const arabicMessages: AssessmentFormMessages = {
  questionNumber: (number) => `السؤال ${number.toLocaleString('ar')}`,
  importance: 'الأهمية للعمل',
  performance: 'مدى جودة الأداء اليوم',
  notApplicable: 'لا ينطبق',
  or: 'أو',
  clearAnswer: 'مسح الإجابة',
  clearAnswerContext: (number) => ` عن السؤال ${number.toLocaleString('ar')}`,
  previous: 'السابق',
  next: 'التالي',
  submit: 'إرسال',
  pageOf: (page, pageCount) =>
    `الصفحة ${page.toLocaleString('ar')} من ${pageCount.toLocaleString('ar')}`,
  answeredCount: (answered, total) =>
    `تمت الإجابة عن ${answered.toLocaleString('ar')} من ${total.toLocaleString('ar')} أسئلة`,
  progressLabel: 'الأسئلة التي تمت الإجابة عنها',
  pageTitle: (first, last) => `الأسئلة ${first.toLocaleString('ar')}–${last.toLocaleString('ar')}`,
  errorSummaryTitle: 'هناك مشكلة',
  errorPrefix: 'خطأ:',
  ratingRequired: (number) => `اختر إجابة عن السؤال ${number.toLocaleString('ar')}`,
  pairRequired: (number) => `اختر الأهمية ومدى جودة الأداء للسؤال ${number.toLocaleString('ar')}`,
  importanceRequired: (number) => `اختر أهمية السؤال ${number.toLocaleString('ar')} أو امسح إجابتك`,
  performanceRequired: (number) =>
    `اختر مدى جودة أداء السؤال ${number.toLocaleString('ar')} أو امسح إجابتك`,
  draftSaved: 'تم حفظ المسودة',
  draftSaveFailed: 'تعذّر حفظ إجاباتك على هذا الجهاز. أبقِ هذه الصفحة مفتوحة.',
  restoring: 'جارٍ تحميل إجاباتك المحفوظة…',
  loading: 'جارٍ تحميل الاستبيان…',
  loadError: 'تعذّر تحميل الاستبيان. حاول مرة أخرى لاحقًا.',
  empty: 'لا توجد أسئلة للإجابة عنها.',
  submitting: 'جارٍ إرسال إجاباتك…',
  submitted: 'تم إرسال إجاباتك.',
  submitFailed: 'تعذّر إرسال إجاباتك. حُفظت كمسودة: حاول مرة أخرى.',
};
