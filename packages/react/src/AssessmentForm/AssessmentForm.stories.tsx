import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { expect, fn, waitFor, within } from 'storybook/test';
import '../themes/govuk.css';
import {
  expectNoSidewaysScroll,
  inColumn,
  narrowColumn,
  zoom200Column,
} from '../../test/stories/reflow.js';
import { AssessmentForm, type AssessmentFormProps } from './AssessmentForm.js';
import {
  allHiddenInstrument,
  arabicInstrument,
  arabicMessages,
  ddatLevelDescriptors,
  fivePointRating,
  largeInstrument,
  sampleInstrument,
  selfAssessment,
} from '../../test/fixtures/AssessmentForm.fixtures.js';
import type { FormDraft } from './formDraft.js';
import { indexedDbDraftStorage } from './draftStorage.js';

const meta = {
  title: 'Forms/AssessmentForm',
  component: AssessmentForm,
  args: {
    instrument: sampleInstrument,
    onSubmit: fn(),
    onAnswersChange: fn(),
  },
  argTypes: {
    instrument: { control: false },
    answers: { control: false },
    defaultAnswers: { control: false },
    storage: { control: false },
    levelDescriptors: { control: false },
    messages: { control: false },
  },
} satisfies Meta<typeof AssessmentForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample training-needs assessment: 40 importance–performance items, a section a page. */
export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText('Page 1 of 10')).toBeVisible();
    await expect(canvas.getByRole('progressbar', { name: 'Questions answered' })).toBeVisible();
    const first = canvas.getByRole('group', { name: /Question 1 Explaining digital identity/ });
    const importance = within(first).getByRole('group', { name: 'Importance to the job' });
    await userEvent.click(within(importance).getByRole('radio', { name: '4 Very' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(importance).getByRole('radio', { name: '5 Extremely' })).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear answer to question 1' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvas.getByText('Page 2 of 10')).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveFocus();
  },
};

/** Every item is hidden by a display rule: the form says there is nothing to answer. */
export const Empty: Story = {
  args: { instrument: allHiddenInstrument },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('There are no questions to answer.')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** While the instrument loads. */
export const Loading: Story = {
  args: { instrument: undefined, status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the questionnaire…');
  },
};

/** When the instrument could not be loaded. */
export const Error: Story = {
  args: { instrument: undefined, status: 'error' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The questionnaire could not be loaded. Try again later.',
    );
  },
};

const largeData = largeInstrument(120);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * 120 questions on one page. The play function is a benchmark, not a pass/fail timer: it mounts
 * the form five times into a scratch element, times each synchronous render and commit, times
 * answering one question, prints the medians to the console and shows them under the story.
 */
export const LargeData: Story = {
  args: { instrument: largeData, itemsPerPage: 120 },
  render: (args) => (
    <>
      <p data-benchmark="">Benchmark not run yet.</p>
      <AssessmentForm {...args} />
    </>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('Page 1 of 1')).toBeVisible();
    await expect(canvas.getAllByRole('group', { name: /^Question \d+/ })).toHaveLength(120);

    const mountTimes: number[] = [];
    const answerTimes: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const scratch = document.createElement('div');
      canvasElement.append(scratch);
      const root = createRoot(scratch);
      const start = performance.now();
      flushSync(() => root.render(<AssessmentForm instrument={largeData} itemsPerPage={120} />));
      mountTimes.push(performance.now() - start);
      const radio = scratch.querySelector<HTMLInputElement>(
        `.ck-assessment-form__question:nth-of-type(${run + 5}) input[type="radio"]`,
      );
      const before = performance.now();
      // React handles a click as a discrete event and commits before click() returns.
      radio?.click();
      answerTimes.push(performance.now() - before);
      await expect(radio?.checked).toBe(true);
      root.unmount();
      scratch.remove();
    }
    const report =
      `AssessmentForm, 120 questions on one page (React development build): ` +
      `mount ${median(mountTimes).toFixed(1)} ms, answer one question ${median(answerTimes).toFixed(1)} ms ` +
      `(medians of 5; mounts ${mountTimes.map((time) => time.toFixed(1)).join(', ')} ms)`;
    console.info(report);
    const output = canvasElement.querySelector('[data-benchmark]');
    if (output !== null) output.textContent = report;
  },
};

/** Arabic prompts and strings, read right to left. */
export const RightToLeft: Story = {
  args: { instrument: arabicInstrument, locale: 'ar', messages: arabicMessages },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-assessment-form')).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('heading', { name: 'الهوية الرقمية' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'التالي' })).toBeVisible();
  },
};

/** The top offsets of the scale's radios in the first question, in scale order (not N/A). */
function scaleTops(canvasElement: HTMLElement): number[] {
  const scale = canvasElement.querySelector('.ck-assessment-form__scale');
  return [...(scale?.querySelectorAll('input[type="radio"]') ?? [])].map((radio) =>
    Math.round(radio.getBoundingClientRect().top),
  );
}

/** At 1280 px a labelled 1–5 scale reads in order on one line: every radio at the same height. */
export const ScaleOnOneLine: Story = {
  args: { instrument: fivePointRating },
  decorators: [inColumn(1280)],
  play: async ({ canvasElement }) => {
    const tops = scaleTops(canvasElement);
    await expect(tops).toHaveLength(5);
    await expect(new Set(tops).size).toBe(1);
    const firstScale = canvasElement.querySelector('.ck-assessment-form__scale');
    const lefts = [...(firstScale?.querySelectorAll('input') ?? [])].map(
      (radio) => radio.getBoundingClientRect().left,
    );
    await expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    await expectNoSidewaysScroll(canvasElement);
  },
};

/**
 * A phone-sized column (320 CSS px, WCAG 1.4.10): the five points do not fit on one line, so they
 * stack one per line in order, never 2 + 2 + 1; targets stay at least 24 × 24 px.
 */
export const NarrowViewport: Story = {
  args: { instrument: fivePointRating },
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    const tops = scaleTops(canvasElement);
    await expect(tops).toHaveLength(5);
    await expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await expect(new Set(tops).size).toBe(5);
    const radio = canvasElement.querySelector('.ck-assessment-form__scale input');
    const box = radio?.getBoundingClientRect();
    await expect(box?.width).toBeGreaterThanOrEqual(24);
    await expect(box?.height).toBeGreaterThanOrEqual(24);
  },
};

/** 200% zoom in a 1280 px window: the sample's importance–performance pairs reflow, nothing scrolls sideways. */
export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
  },
};

/** In the GOV.UK Frontend look, with level descriptors as hints under each scale point. */
export const GovukLook: Story = {
  args: {
    instrument: selfAssessment,
    levelDescriptors: ddatLevelDescriptors,
    requireAnswers: true,
  },
  decorators: [
    (Story) => (
      <div className="ck-theme-govuk">
        <Story />
      </div>
    ),
  ],
};

/** Next with answers required and none given: the GOV.UK error summary, linked to each question. */
export const ValidationErrors: Story = {
  args: { requireAnswers: true },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    const summary = canvas.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    await expect(links).toHaveLength(4);
    await expect(links[0]).toHaveTextContent(
      'Select how important question 1 is and how well it is done today, or select “Not applicable”',
    );
    await expect(canvas.getByText('Page 1 of 10')).toBeVisible();
    await userEvent.click(links[1] as HTMLElement);
    const second = canvas.getByRole('group', { name: /Question 2/ });
    await expect(within(second).getAllByRole('radio', { name: '1 Not at all' })[0]).toHaveFocus();
  },
};

const draftDatabase = 'capkit-storybook-drafts';
const draftKey = 'storybook:draft-resume';

function DraftResumeDemo(args: AssessmentFormProps) {
  const [storage] = useState(() => indexedDbDraftStorage(draftDatabase));
  const [mounts, setMounts] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setMounts((count) => count + 1)}>
        Reload the form
      </button>
      <AssessmentForm key={mounts} {...args} storage={storage} draftKey={draftKey} />
    </>
  );
}

/**
 * Drafts in IndexedDB: answer, "reload" (remount with the same storage) and carry on where you
 * left off. The play function also checks the IndexedDB adapter itself: save, load back, clear.
 */
export const DraftResume: Story = {
  render: (args) => <DraftResumeDemo {...args} />,
  play: async ({ canvas, userEvent }) => {
    const storage = indexedDbDraftStorage(draftDatabase);
    const draft: FormDraft = {
      version: 1,
      instrumentId: sampleInstrument.id,
      pageId: 'adapter-check',
      startedAt: '2026-02-02T09:00:00.000Z',
      savedAt: '2026-02-02T09:05:00.000Z',
      answers: { q1: { kind: 'rating', itemId: 'q1', value: 3 } },
    };
    await storage.save('storybook:adapter-check', draft);
    await expect(await storage.load('storybook:adapter-check')).toEqual(draft);
    await storage.clear('storybook:adapter-check');
    await expect(await storage.load('storybook:adapter-check')).toBeUndefined();

    // Start from no draft, whatever an earlier run left behind.
    await storage.clear(draftKey);
    await userEvent.click(canvas.getByRole('button', { name: 'Reload the form' }));
    await expect(await canvas.findByText('Page 1 of 10')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    const second = canvas.getByRole('group', { name: /Question 5/ });
    await userEvent.click(
      within(second).getAllByRole('radio', { name: '4 Very' })[0] as HTMLElement,
    );
    await userEvent.click(
      within(second).getAllByRole('radio', { name: '2 A little' })[1] as HTMLElement,
    );
    await expect(await canvas.findByText('Draft saved')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Reload the form' }));
    await expect(await canvas.findByText('Page 2 of 10')).toBeVisible();
    const restored = canvas.getByRole('group', { name: /Question 5/ });
    await waitFor(() =>
      expect(within(restored).getAllByRole('radio', { name: '4 Very' })[0]).toBeChecked(),
    );
    await expect(within(restored).getAllByRole('radio', { name: '2 A little' })[1]).toBeChecked();
    await expect(canvas.getByText('1 of 40 questions answered')).toBeVisible();
  },
};
