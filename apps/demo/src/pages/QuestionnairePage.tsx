import {
  AssessmentForm,
  indexedDbDraftStorage,
  type AssessmentFormSubmission,
} from '@capkit/react';
import { useMemo, useState } from 'react';
import { sampleWorkspace } from '../sampleWorkspace.js';

const locale = 'en';
// Drafts live in this browser's IndexedDB: a reload, or closing the tab, loses no answer.
const storage = indexedDbDraftStorage('capkit-demo');

/** The sample ministry's training-needs questionnaire, answered by the visitor. */
export function QuestionnairePage() {
  const instrument = useMemo(() => sampleWorkspace().instruments[0], []);
  const [submitted, setSubmitted] = useState<AssessmentFormSubmission | undefined>();

  if (submitted !== undefined) {
    const answered = submitted.answers.filter((answer) => answer.kind !== 'notApplicable').length;
    return (
      <>
        <h1 tabIndex={-1}>Thank you: your answers are submitted</h1>
        <p>
          You answered {answered} of {submitted.answers.length} questions. Your answers now count
          towards the <a href="#/results">training needs</a> of your unit.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>Skills questionnaire</h1>
      <p>
        For each skill, say how important it is to your job and how well you do it today. Your
        answers are saved as you go, so you can leave and come back.
      </p>
      <AssessmentForm
        instrument={instrument}
        storage={storage}
        draftKey="tna-2026-self"
        itemsPerPage={8}
        headingLevel={2}
        locale={locale}
        onSubmit={setSubmitted}
      />
    </>
  );
}
