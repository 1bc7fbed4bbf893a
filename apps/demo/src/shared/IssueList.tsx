import type { ValidationIssue } from '@capkit/model';
import { useFormat, useTranslations } from '../i18n/LocaleContext.js';
import type { Translations } from '../i18n/locales.js';

const shown = 20;

const messages: Translations<{ at: string; whole: string; more: (count: string) => string }> = {
  en: { at: 'At', whole: 'The whole file', more: (n) => `…and ${n} more` },
  fr: { at: 'À', whole: 'Le fichier entier', more: (n) => `…et ${n} de plus` },
  ar: { at: 'في', whole: 'الملف كله', more: (n) => `…و${n} أخرى` },
};

/** Located problems in input: where (the path in the document) and why, the first twenty. */
export function IssueList({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  const text = useTranslations(messages);
  const format = useFormat();
  if (issues.length === 0) return null;
  return (
    <ul className="demo-issues">
      {issues.slice(0, shown).map((issue, index) => (
        <li key={`${issue.path}-${index}`}>
          {issue.path === '' ? (
            text.whole
          ) : (
            <>
              {text.at} <code dir="ltr">{issue.path}</code>
            </>
          )}
          : {issue.message}
        </li>
      ))}
      {issues.length > shown && <li>{text.more(format.integer(issues.length - shown))}</li>}
    </ul>
  );
}
