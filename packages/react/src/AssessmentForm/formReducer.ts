import type { ValidationIssue } from './formRules.js';

/** Where keyboard focus goes after the form re-renders. */
export type FocusTarget = 'heading' | 'errorSummary' | 'confirmation';

/** The form's navigation and submission state (the answers live apart, possibly controlled). */
export interface FormState {
  /**
   * `restoring` while a saved draft is read; `editing`; `submitting` while `onSubmit` runs;
   * `submitted` once it succeeded.
   */
  readonly phase: 'restoring' | 'editing' | 'submitting' | 'submitted';
  /** Page shown; `undefined` for the first. */
  readonly pageId: string | undefined;
  /** Problems shown in the error summary, from the last Next or Submit. */
  readonly issues: readonly ValidationIssue[];
  /** Whether the last submission failed. */
  readonly submitFailed: boolean;
  /** When the respondent first answered or changed page (ISO 8601). */
  readonly startedAt: string | undefined;
  /** A request to move focus once rendered; `serial` changes with each request. */
  readonly focus: { readonly target: FocusTarget; readonly serial: number } | undefined;
}

/** Something that happened to the form; see {@link formReducer}. */
export type FormEvent =
  | { readonly type: 'restored'; readonly pageId?: string; readonly startedAt?: string }
  | { readonly type: 'answered'; readonly at: string }
  | { readonly type: 'navigated'; readonly pageId: string; readonly at: string }
  | {
      readonly type: 'invalid';
      readonly pageId: string;
      readonly issues: readonly ValidationIssue[];
    }
  | { readonly type: 'submitting' }
  | { readonly type: 'submitted' }
  | { readonly type: 'submitFailed' };

/** The state of a form before anything happened; `restoring` when a draft is to be read. */
export function initialFormState(restoring: boolean): FormState {
  return {
    phase: restoring ? 'restoring' : 'editing',
    pageId: undefined,
    issues: [],
    submitFailed: false,
    startedAt: undefined,
    focus: undefined,
  };
}

function requestFocus(state: FormState, target: FocusTarget): FormState['focus'] {
  return { target, serial: (state.focus?.serial ?? 0) + 1 };
}

/** The form's state after `event`. Pure: no clock, no storage, no DOM. */
export function formReducer(state: FormState, event: FormEvent): FormState {
  switch (event.type) {
    case 'restored':
      return {
        ...state,
        phase: 'editing',
        pageId: event.pageId ?? state.pageId,
        startedAt: event.startedAt ?? state.startedAt,
      };
    case 'answered':
      return state.startedAt === undefined ? { ...state, startedAt: event.at } : state;
    case 'navigated':
      return {
        ...state,
        pageId: event.pageId,
        issues: [],
        submitFailed: false,
        startedAt: state.startedAt ?? event.at,
        focus: requestFocus(state, 'heading'),
      };
    case 'invalid':
      return {
        ...state,
        pageId: event.pageId,
        issues: event.issues,
        submitFailed: false,
        focus: requestFocus(state, 'errorSummary'),
      };
    case 'submitting':
      return { ...state, phase: 'submitting', issues: [], submitFailed: false };
    case 'submitted':
      return { ...state, phase: 'submitted', focus: requestFocus(state, 'confirmation') };
    case 'submitFailed':
      return { ...state, phase: 'editing', submitFailed: true };
    default:
      return event satisfies never;
  }
}
