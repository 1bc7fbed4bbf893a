import type { ImportText } from './ImportParts.js';
import type { ImportIssue } from './importTypes.js';

/** An importer's issue as one line, its row in the locale's digits and its message as written. */
export function describeIssue(issue: ImportIssue, text: ImportText): string {
  return text.messages.located(
    issue.row === undefined ? undefined : text.count(issue.row).text,
    issue.column,
    issue.message,
  );
}
