import { useId, useState } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { issuePage } from './importMapping.js';
import type { ImportIssue, ImportMode, ImportOutcome } from './importTypes.js';
import {
  ActionButton,
  Actions,
  ErrorSummary,
  StepHeading,
  type ImportText,
} from './ImportParts.js';

/** Props of {@link ProblemsStep}. */
export interface ProblemsStepProps {
  readonly result: ImportOutcome<unknown>;
  /** The mode the importer ran in. */
  readonly mode: ImportMode;
  readonly perPage: number;
  readonly onImportGoodRows: () => void;
  readonly onContinue: () => void;
  readonly onChangeColumns: () => void;
  readonly onChooseAnother: () => void;
  readonly text: ImportText;
}

/**
 * What the importer found, as it found it: an error summary saying what can still be done,
 * focused when the step opens, then every problem with its row and column in a table, a page at
 * a time with a count, so that thousands of problems stay readable. The widget writes none of
 * the problems; it only says how many there are and what the user's choices are.
 */
export function ProblemsStep({
  result,
  mode,
  perPage,
  onImportGoodRows,
  onContinue,
  onChangeColumns,
  onChooseAnother,
  text,
}: ProblemsStepProps) {
  const id = useId();
  const { messages } = text;
  const problems = text.count(result.issues.length);
  const tableId = `${id}table`;
  const lead = result.success
    ? messages.errorsSomeRows(text.count(result.rowsRejected), text.count(result.rowsImported))
    : mode === 'allOrNothing'
      ? messages.errorsNothing(problems)
      : messages.errorsWholeFile(problems);
  const canContinue = result.success && result.rowsImported > 0;
  return (
    <div>
      <StepHeading level={text.level}>{messages.stepHeading.errors}</StepHeading>
      <ErrorSummary items={[{ text: messages.seeProblems(problems), target: tableId }]} text={text}>
        <p>{lead}</p>
      </ErrorSummary>
      <Actions>
        {canContinue ? <ActionButton onClick={onContinue}>{messages.continue}</ActionButton> : null}
        {!result.success && mode === 'allOrNothing' ? (
          <ActionButton onClick={onImportGoodRows}>{messages.importGoodRows}</ActionButton>
        ) : null}
        <ActionButton secondary onClick={onChangeColumns}>
          {messages.changeColumns}
        </ActionButton>
        <ActionButton secondary onClick={onChooseAnother}>
          {messages.chooseAnother}
        </ActionButton>
      </Actions>
      <IssueTable id={tableId} issues={result.issues} perPage={perPage} text={text} />
    </div>
  );
}

/** The problems a page at a time, with where the page is in the list. */
function IssueTable({
  id,
  issues,
  perPage,
  text,
}: {
  id: string;
  issues: readonly ImportIssue[];
  perPage: number;
  text: ImportText;
}) {
  const [page, setPage] = useState(0);
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const { messages } = text;
  const shown = issuePage(issues, page, perPage);
  const total = text.count(issues.length);
  const captionId = `${id}caption`;
  const status = messages.pageStatus(text.count(shown.from).text, text.count(shown.to).text, total);
  return (
    <>
      <div
        ref={scrollRef}
        className="ck-scroll"
        {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
      >
        <table id={id} tabIndex={-1} className="ck-table ck-data-import__table">
          <caption id={captionId}>{messages.tableCaption(total)}</caption>
          <thead>
            <tr>
              <th scope="col" data-numeric="">
                {messages.rowHeading}
              </th>
              <th scope="col">{messages.columnHeading}</th>
              <th scope="col">{messages.problemHeading}</th>
            </tr>
          </thead>
          <tbody>
            {shown.issues.map((issue, index) => (
              <tr key={shown.from + index}>
                <td data-numeric="">
                  {issue.row === undefined ? messages.wholeFile : text.count(issue.row).text}
                </td>
                <td>
                  {issue.column ??
                    (issue.row === undefined ? messages.wholeFile : messages.wholeRow)}
                </td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.pages > 1 ? (
        <div className="ck-data-import__pager">
          <p aria-live="polite">{status}</p>
          <ActionButton secondary busy={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            {messages.previousPage}
          </ActionButton>
          <ActionButton
            secondary
            busy={shown.page === shown.pages - 1}
            onClick={() => setPage(shown.page + 1)}
          >
            {messages.nextPage}
          </ActionButton>
        </div>
      ) : null}
    </>
  );
}
