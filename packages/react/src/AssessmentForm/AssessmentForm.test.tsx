import type { Answer } from '@capkit/model';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { AssessmentForm, type AssessmentFormSubmission } from './AssessmentForm.js';
import {
  allHiddenInstrument,
  arabicInstrument,
  arabicMessages,
  ddatLevelDescriptors,
  largeInstrument,
  sampleInstrument,
  selfAssessment,
} from '../../test/fixtures/AssessmentForm.fixtures.js';
import type { FormDraft } from './formDraft.js';
import type { FormAnswers } from './formRules.js';
import { memoryDraftStorage, type DraftStorage } from './draftStorage.js';

function rootOf(container: HTMLElement): HTMLElement {
  const root = container.querySelector<HTMLElement>('.ck-assessment-form');
  if (root === null) throw new Error('No form root');
  return root;
}

function question(name: RegExp | string) {
  return screen.getByRole('group', { name });
}

describe('AssessmentForm', () => {
  it('asks each shown question in its own fieldset, named by number and prompt', () => {
    render(<AssessmentForm instrument={selfAssessment} />);
    expect(screen.getByRole('form', { name: 'Case work skills: self-assessment' })).toBeVisible();
    // "How much would training help" waits for a low rating: four of the five are shown.
    expect(
      screen
        .getAllByRole('group')
        .filter((group) => group.matches('.ck-assessment-form__question > fieldset')),
    ).toHaveLength(4);
    const first = question('Question 1 Using the case management system');
    expect(first.getAttribute('aria-describedby')).toBe(
      screen.getByText('Opening, updating and closing cases.').id,
    );
    expect(
      within(first)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['1Awareness', '2Working', '3Practitioner', '4Expert', 'Not applicable']);
  });

  it('links level descriptors to their options as hints', () => {
    render(<AssessmentForm instrument={selfAssessment} levelDescriptors={ddatLevelDescriptors} />);
    const practitioner = within(question(/Question 1/)).getByRole('radio', {
      name: '3 Practitioner',
    });
    const hint = document.getElementById(practitioner.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('You apply it on your own and help others.');
  });

  it('asks importance and performance as two named radio groups under the question', () => {
    render(<AssessmentForm instrument={sampleInstrument} />);
    const first = question(/Question 1 Explaining digital identity/);
    expect(within(first).getByRole('group', { name: 'Importance to the job' })).toBeVisible();
    expect(within(first).getByRole('group', { name: 'How well it is done today' })).toBeVisible();
    expect(within(first).getByRole('checkbox', { name: 'Not applicable' })).toBeVisible();
  });

  it('is answered with the keyboard: Tab into a group, arrows within it, Space to select', async () => {
    const user = userEvent.setup();
    const onAnswersChange = vi.fn();
    render(<AssessmentForm instrument={selfAssessment} onAnswersChange={onAnswersChange} />);
    await user.tab();
    const awareness = within(question(/Question 1/)).getByRole('radio', { name: '1 Awareness' });
    expect(document.activeElement).toBe(awareness);
    await user.keyboard(' ');
    expect(awareness).toHaveProperty('checked', true);
    await user.keyboard('{ArrowRight}');
    const working = within(question(/Question 1/)).getByRole('radio', { name: '2 Working' });
    expect(document.activeElement).toBe(working);
    expect(working).toHaveProperty('checked', true);
    expect(onAnswersChange).toHaveBeenLastCalledWith({
      'case-system': { kind: 'rating', itemId: 'case-system', value: 2 },
    });
    // Working (2) shows the training question straight after; Tab leaves the group for it.
    await user.tab();
    expect(document.activeElement?.closest('fieldset')?.textContent).toMatch(/Clear answer/);
    await user.tab();
    expect(
      document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent,
    ).toMatch(/How much would training/);
  });

  it('offers "Not applicable" in the rating group and as a checkbox for a pair', async () => {
    const user = userEvent.setup();
    const onAnswersChange = vi.fn();
    render(<AssessmentForm instrument={selfAssessment} onAnswersChange={onAnswersChange} />);
    await user.click(within(question(/Question 2/)).getByRole('radio', { name: 'Not applicable' }));
    expect(onAnswersChange).toHaveBeenLastCalledWith({
      'data-sharing': { kind: 'notApplicable', itemId: 'data-sharing' },
    });
    const pair = question(/Handling complaints/);
    await user.click(within(pair).getByRole('checkbox', { name: 'Not applicable' }));
    expect(pair.closest('[data-state]')?.getAttribute('data-state')).toBe('not-applicable');
    await user.click(
      within(pair).getAllByRole('radio', { name: '3 Practitioner' })[0] as HTMLElement,
    );
    expect(within(pair).getByRole('checkbox', { name: 'Not applicable' })).toHaveProperty(
      'checked',
      false,
    );
    expect(pair.closest('[data-state]')?.getAttribute('data-state')).toBe('partial');
  });

  it('lets a respondent clear an answer to skip the question, keeping focus in the question', async () => {
    const user = userEvent.setup();
    render(<AssessmentForm instrument={selfAssessment} />);
    const group = question(/Question 2/);
    await user.click(within(group).getByRole('radio', { name: '4 Expert' }));
    await user.click(within(group).getByRole('button', { name: 'Clear answer to question 2' }));
    expect(
      within(group)
        .getAllByRole('radio')
        .some((radio) => (radio as HTMLInputElement).checked),
    ).toBe(false);
    expect(within(group).queryByRole('button', { name: /Clear answer/ })).toBeNull();
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: '1 Awareness' }));
  });

  it('shows a question when the display rule is met and hides it again when not', async () => {
    const user = userEvent.setup();
    render(<AssessmentForm instrument={selfAssessment} />);
    expect(screen.queryByRole('group', { name: /How much would training/ })).toBeNull();
    const first = question(/Question 1/);
    await user.click(within(first).getByRole('radio', { name: '2 Working' }));
    expect(question(/Question 2 How much would training/)).toBeVisible();
    expect(question(/Question 3 Sharing case data/)).toBeVisible();
    await user.click(within(first).getByRole('radio', { name: '4 Expert' }));
    expect(screen.queryByRole('group', { name: /How much would training/ })).toBeNull();
  });

  it('pages by section, says where the respondent is, and moves focus to the page heading', async () => {
    const user = userEvent.setup();
    const { container } = render(<AssessmentForm instrument={sampleInstrument} />);
    expect(screen.getByText('Page 1 of 10')).toBeVisible();
    expect(screen.getByText('0 of 40 questions answered')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Questions answered' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Previous' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(rootOf(container).dataset['page']).toBe('2');
    expect(screen.getByText('Page 2 of 10')).toBeVisible();
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(sampleInstrument.sections?.[1]?.title['en']);
    expect(document.activeElement).toBe(heading);
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(rootOf(container).dataset['page']).toBe('1');
  });

  it('pages an instrument without sections by itemsPerPage, and submits on the last page', async () => {
    const user = userEvent.setup();
    render(<AssessmentForm instrument={largeInstrument(25)} itemsPerPage={10} />);
    expect(screen.getByRole('heading', { name: 'Questions 1 to 10' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Questions 21 to 25' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeVisible();
  });

  it('stops on Next with an error summary that takes focus and links to each question', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <AssessmentForm instrument={selfAssessment} requireAnswers onSubmit={vi.fn()} />,
    );
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    expect(rootOf(container).dataset['state']).toBe('invalid');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Select an answer to question 1, or select “Not applicable”',
      'Select an answer to question 2, or select “Not applicable”',
      'Select an answer to question 3, or select “Not applicable”',
      'Select how important question 4 is and how well it is done today, or select “Not applicable”',
    ]);
    // The same words beside the question, announced with it.
    const first = question(/Question 1/);
    const describedBy = first.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([
      'Opening, updating and closing cases.',
      'Error: Select an answer to question 1, or select “Not applicable”',
    ]);
    await user.click(links[3] as HTMLElement);
    expect(document.activeElement).toBe(
      within(question(/Handling complaints/)).getAllByRole('radio', { name: '1 Awareness' })[0],
    );
  });

  it('always rejects half an importance–performance pair, naming the missing half', async () => {
    const user = userEvent.setup();
    render(<AssessmentForm instrument={sampleInstrument} />);
    const first = question(/Question 1/);
    const performance = within(first).getByRole('group', { name: 'How well it is done today' });
    await user.click(within(performance).getByRole('radio', { name: '2 A little' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link').textContent).toBe(
      'Select how important question 1 is to the job, or clear your answer to skip it',
    );
    const importance = within(first).getByRole('group', { name: 'Importance to the job' });
    expect(
      document.getElementById(importance.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toMatch(/Select how important question 1/);
    await user.click(within(summary).getByRole('link'));
    expect(document.activeElement).toBe(
      within(importance).getByRole('radio', { name: '1 Not at all' }),
    );
    await user.click(within(importance).getByRole('radio', { name: '4 Very' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Page 2 of 10')).toBeVisible();
  });

  it('submits the answers in the model’s shape, with null for skipped questions', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<(submission: AssessmentFormSubmission) => void>();
    const { container } = render(
      <AssessmentForm instrument={selfAssessment} onSubmit={onSubmit} />,
    );
    await user.click(within(question(/Question 1/)).getByRole('radio', { name: '3 Practitioner' }));
    await user.click(within(question(/Question 3/)).getByRole('radio', { name: 'Not applicable' }));
    const pair = question(/Handling complaints/);
    const [importanceHigh] = within(pair).getAllByRole('radio', { name: '4 Expert' });
    const [, performanceLow] = within(pair).getAllByRole('radio', { name: '2 Working' });
    await user.click(importanceHigh as HTMLElement);
    await user.click(performanceLow as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const submission = onSubmit.mock.calls[0]?.[0];
    expect(submission?.instrumentId).toBe('case-work-self-assessment');
    expect(submission?.answers).toEqual([
      { kind: 'rating', itemId: 'case-system', value: 3 },
      { kind: 'rating', itemId: 'data-sharing', value: null },
      { kind: 'notApplicable', itemId: 'plain-english' },
      { kind: 'importancePerformance', itemId: 'complaints', importance: 4, performance: 2 },
    ] satisfies Answer[]);
    expect(Date.parse(submission?.startedAt ?? '')).toBeLessThanOrEqual(
      Date.parse(submission?.submittedAt ?? ''),
    );
    await waitFor(() => expect(rootOf(container).dataset['state']).toBe('submitted'));
    expect(document.activeElement).toBe(screen.getByRole('status'));
    expect(screen.getByText('Your answers have been submitted.')).toBeVisible();
  });

  it('autosaves every change to the storage adapter, and says so politely', async () => {
    const user = userEvent.setup();
    const storage = memoryDraftStorage();
    const save = vi.spyOn(storage, 'save');
    render(<AssessmentForm instrument={sampleInstrument} storage={storage} draftKey="r1" />);
    await screen.findByText('Page 1 of 10');
    await user.click(screen.getAllByRole('radio', { name: '5 Extremely' })[0] as HTMLElement);
    await waitFor(() => expect(save).toHaveBeenCalled());
    const draft = await storage.load('r1');
    expect(draft?.answers).toEqual({
      'dg-identity.q1': {
        kind: 'importancePerformance',
        itemId: 'dg-identity.q1',
        importance: 5,
        performance: null,
      },
    });
    expect(draft?.pageId).toBe(sampleInstrument.sections?.[0]?.id);
    expect(
      screen.getAllByRole('status').some((status) => status.textContent === 'Draft saved'),
    ).toBe(true);
  });

  it('saves at once on a page change, without waiting for the quiet time', async () => {
    const user = userEvent.setup();
    const storage = memoryDraftStorage();
    render(
      <AssessmentForm
        instrument={sampleInstrument}
        storage={storage}
        draftKey="r1"
        autosaveDelay={60_000}
      />,
    );
    await screen.findByText('Page 1 of 10');
    await user.click(screen.getAllByRole('radio', { name: '5 Extremely' })[0] as HTMLElement);
    await user.click(screen.getAllByRole('radio', { name: '4 Very' })[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(async () =>
      expect((await storage.load('r1'))?.pageId).toBe(sampleInstrument.sections?.[1]?.id),
    );
    expect(Object.keys((await storage.load('r1'))?.answers ?? {})).toEqual(['dg-identity.q1']);
  });

  it('restores a draft on mount and resumes on the page the respondent left', async () => {
    const user = userEvent.setup();
    const storage = memoryDraftStorage();
    const first = render(
      <AssessmentForm instrument={sampleInstrument} storage={storage} draftKey="r1" />,
    );
    await screen.findByText('Page 1 of 10');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getAllByRole('radio', { name: '3 Moderately' })[0] as HTMLElement);
    await user.click(screen.getAllByRole('radio', { name: '2 A little' })[1] as HTMLElement);
    // A crash or reload: the form goes away and comes back with the same storage.
    first.unmount();
    const { container } = render(
      <AssessmentForm instrument={sampleInstrument} storage={storage} draftKey="r1" />,
    );
    expect(rootOf(container).dataset['state']).toBe('restoring');
    expect(await screen.findByText('Page 2 of 10')).toBeVisible();
    expect(rootOf(container).dataset['page']).toBe('2');
    expect(screen.getAllByRole('radio', { name: '3 Moderately' })[0]).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getAllByRole('radio', { name: '2 A little' })[1]).toHaveProperty('checked', true);
    expect(screen.getByText('1 of 40 questions answered')).toBeVisible();
  });

  it('reads the draft once per key, not again when given a new storage object', async () => {
    const user = userEvent.setup();
    const storage = memoryDraftStorage();
    const load = vi.spyOn(storage, 'load');
    const { rerender } = render(
      <AssessmentForm instrument={selfAssessment} storage={storage} draftKey="r1" />,
    );
    await screen.findByText('Page 1 of 1');
    const first = question(/Question 1/);
    await user.click(within(first).getByRole('radio', { name: '3 Practitioner' }));
    // Say an app creates the adapter inline: a new object on every render, the same key.
    rerender(<AssessmentForm instrument={selfAssessment} storage={{ ...storage }} draftKey="r1" />);
    expect(load).toHaveBeenCalledTimes(1);
    expect(within(first).getByRole('radio', { name: '3 Practitioner' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('clears the draft after a successful submit, and keeps it when submitting fails', async () => {
    const user = userEvent.setup();
    const draft: FormDraft = {
      version: 1,
      instrumentId: selfAssessment.id,
      pageId: 'page-1',
      startedAt: '2026-02-02T09:00:00.000Z',
      savedAt: '2026-02-02T09:05:00.000Z',
      answers: { 'case-system': { kind: 'rating', itemId: 'case-system', value: 4 } },
    };
    const storage = memoryDraftStorage({ r1: draft });
    const onSubmit = vi
      .fn<(submission: AssessmentFormSubmission) => Promise<void>>()
      .mockRejectedValueOnce(new Error('Network down'))
      .mockResolvedValueOnce(undefined);
    render(
      <AssessmentForm
        instrument={selfAssessment}
        storage={storage}
        draftKey="r1"
        onSubmit={onSubmit}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be sent/);
    expect(await storage.load('r1')).toBeDefined();
    expect(onSubmit.mock.calls[0]?.[0].startedAt).toBe('2026-02-02T09:00:00.000Z');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByText('Your answers have been submitted.');
    expect(await storage.load('r1')).toBeUndefined();
  });

  it('ignores a stored draft it cannot read and reports storage failures', async () => {
    const failing: DraftStorage = {
      load: () => Promise.reject(new Error('Disk full')),
      save: () => Promise.reject(new Error('Disk full')),
      clear: () => Promise.resolve(),
    };
    const onStorageError = vi.fn();
    const user = userEvent.setup();
    render(
      <AssessmentForm
        instrument={selfAssessment}
        storage={failing}
        draftKey="r1"
        autosaveDelay={0}
        onStorageError={onStorageError}
      />,
    );
    await screen.findByText('Page 1 of 1');
    await user.click(within(question(/Question 1/)).getByRole('radio', { name: '2 Working' }));
    await screen.findByText('Your answers could not be saved on this device. Keep this page open.');
    expect(onStorageError).toHaveBeenCalledTimes(2);
  });

  it('works controlled: shows the answers it is given and reports changes', async () => {
    const user = userEvent.setup();
    const changes: FormAnswers[] = [];
    function Controlled() {
      const [answers, setAnswers] = useState<FormAnswers>({
        'case-system': { kind: 'rating', itemId: 'case-system', value: 1 },
      });
      return (
        <AssessmentForm
          instrument={selfAssessment}
          answers={answers}
          onAnswersChange={(next) => {
            changes.push(next);
            setAnswers(next);
          }}
        />
      );
    }
    render(<Controlled />);
    const first = question(/Question 1/);
    expect(within(first).getByRole('radio', { name: '1 Awareness' })).toHaveProperty(
      'checked',
      true,
    );
    // A rating of 1 shows the training question.
    expect(question(/How much would training/)).toBeVisible();
    await user.click(within(first).getByRole('radio', { name: '4 Expert' }));
    expect(changes.at(-1)?.['case-system']).toEqual({
      kind: 'rating',
      itemId: 'case-system',
      value: 4,
    });
    expect(screen.queryByRole('group', { name: /How much would training/ })).toBeNull();
  });

  it('starts its headings at headingLevel: 1 for a page that is only the form, 6 at most', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <AssessmentForm instrument={selfAssessment} requireAnswers headingLevel={1} />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Case work skills: self-assessment' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Questions 1 to 4' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeVisible();
    unmount();
    render(<AssessmentForm instrument={selfAssessment} headingLevel={6} />);
    expect(
      screen.getByRole('heading', { level: 6, name: 'Case work skills: self-assessment' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 6, name: 'Questions 1 to 4' })).toBeVisible();
  });

  it('tells the stylesheet how many points the scale has, for its one-line layout', () => {
    const { container } = render(<AssessmentForm instrument={selfAssessment} />);
    const scale = container.querySelector<HTMLElement>('.ck-assessment-form__scale');
    expect(scale?.style.getPropertyValue('--ck-scale-points')).toBe('4');
    expect(within(scale as HTMLElement).getAllByRole('radio')).toHaveLength(4);
  });

  it('starts from defaultAnswers when uncontrolled', () => {
    render(
      <AssessmentForm
        instrument={selfAssessment}
        defaultAnswers={{ 'plain-english': { kind: 'notApplicable', itemId: 'plain-english' } }}
      />,
    );
    expect(
      within(question(/plain English/)).getByRole('radio', { name: 'Not applicable' }),
    ).toHaveProperty('checked', true);
    expect(screen.getByText('1 of 4 questions answered')).toBeVisible();
  });

  it('shows loading and error states as accessible messages', () => {
    const { container, rerender } = render(<AssessmentForm status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the questionnaire…');
    expect(rootOf(container).dataset['state']).toBe('loading');
    rerender(<AssessmentForm status="error" errorMessage="The server did not answer." />);
    expect(screen.getByRole('alert').textContent).toBe('The server did not answer.');
    expect(rootOf(container).dataset['state']).toBe('error');
  });

  it('says so when no question is shown', () => {
    const { container } = render(<AssessmentForm instrument={allHiddenInstrument} />);
    expect(screen.getByText('There are no questions to answer.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(rootOf(container).dataset['state']).toBe('empty');
  });

  it('reads right to left in Arabic, with prompts marked in their language', () => {
    const { container } = render(
      <AssessmentForm instrument={arabicInstrument} locale="ar" messages={arabicMessages} />,
    );
    expect(rootOf(container).getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { name: 'الهوية الرقمية' })).toBeVisible();
    const prompt = screen.getByText('شرح الهوية الرقمية للزملاء والشركاء');
    expect(prompt.getAttribute('lang')).toBe('ar');
    expect(screen.getAllByRole('group', { name: 'الأهمية للعمل' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'التالي' })).toBeVisible();
  });

  it('takes strings from a CapkitProvider, then its own messages prop, else English', () => {
    render(
      <CapkitProvider messages={{ AssessmentForm: { next: 'Continuer', previous: 'Retour' } }}>
        <AssessmentForm instrument={sampleInstrument} messages={{ next: 'Suivant' }} />
      </CapkitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Suivant' })).toBeVisible();
    expect(screen.getByText('Page 1 of 10')).toBeVisible();
  });

  it('has no axe violations (WCAG 2.2 AA), with and without errors shown', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <AssessmentForm
        instrument={selfAssessment}
        levelDescriptors={ddatLevelDescriptors}
        requireAnswers
        storage={memoryDraftStorage()}
        draftKey="axe"
      />,
    );
    await screen.findByText('Page 1 of 1');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(question(/Question 1/)).getByRole('radio', { name: /2 Working/ }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without errors', async () => {
    const storage = memoryDraftStorage();
    const { html, container, recoverableErrors, consoleErrors, unmount } =
      await renderOnServerThenHydrate(
        <AssessmentForm instrument={sampleInstrument} storage={storage} draftKey="ssr" />,
      );
    expect(html).toContain('data-state="restoring"');
    expect(html).toContain('Digital skills training needs assessment 2026');
    await waitFor(() => expect(container).toHaveTextContent('Page 1 of 10'));
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    unmount();
  });
});

describe('AssessmentForm: data-draft', () => {
  it('says a change is saving until its save lands, then saved', async () => {
    // A storage whose saves wait until the test lets them through.
    const releases: (() => void)[] = [];
    const inner = memoryDraftStorage();
    const storage: DraftStorage = {
      load: (key) => inner.load(key),
      clear: (key) => inner.clear(key),
      save: (key, draft) =>
        new Promise<void>((resolve) => {
          releases.push(() => void inner.save(key, draft).then(resolve));
        }),
    };
    const user = userEvent.setup();
    const { container } = render(
      <AssessmentForm
        instrument={selfAssessment}
        storage={storage}
        draftKey="d"
        autosaveDelay={0}
      />,
    );
    const root = () => container.querySelector('[data-page]');
    await waitFor(() => expect(root()?.getAttribute('data-draft')).toBe('idle'));
    await user.click(
      within(question('Question 1 Using the case management system')).getByLabelText(/^2/),
    );
    await waitFor(() => expect(releases).toHaveLength(1));
    expect(root()?.getAttribute('data-draft')).toBe('saving');
    act(() => releases.shift()?.());
    await waitFor(() => expect(root()?.getAttribute('data-draft')).toBe('saved'));
  });
});
