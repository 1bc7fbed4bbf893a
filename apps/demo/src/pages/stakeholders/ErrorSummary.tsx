import { useEffect, useRef } from 'react';
import type { WorkspaceError } from '../../data/workspaceClient.js';

/** One problem in a form: what is wrong, and the id of the field to fix it in. */
export interface FormProblem {
  readonly fieldId: string | undefined;
  readonly message: string;
}

/**
 * A GOV.UK-style error summary: a titled box focused when it appears, each problem a link that
 * moves focus to its field (a plain fragment link would scroll there but leave focus behind).
 */
export function ErrorSummary({
  title,
  problems,
  focusKey,
}: {
  readonly title: string;
  readonly problems: readonly FormProblem[];
  /** Changes on each submit, so the summary takes focus again after another failed try. */
  readonly focusKey: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [focusKey, problems.length]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} className="demo-stakeholders-error-summary" tabIndex={-1} role="alert">
      <h2 className="demo-stakeholders-error-summary__title">{title}</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.fieldId ?? ''}-${index}`}>
            {problem.fieldId === undefined ? (
              problem.message
            ) : (
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(problem.fieldId ?? '');
                  field?.focus();
                  field?.scrollIntoView({ block: 'center' });
                }}
              >
                {problem.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The worker's located problems, each on its field when the path names one. */
export function workerProblems(error: WorkspaceError, fields: Readonly<Record<string, string>>) {
  const problems: FormProblem[] =
    error.issues.length === 0
      ? [{ fieldId: undefined, message: error.message }]
      : error.issues.map((issue) => ({
          fieldId: fields[issue.path.split('.')[0] ?? ''],
          message: issue.message,
        }));
  return problems;
}
