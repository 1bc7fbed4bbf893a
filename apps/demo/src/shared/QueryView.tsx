import type { ReactNode } from 'react';
import type { QueryState } from '../data/useWorkspace.js';
import { useFormat, useTranslations } from '../i18n/LocaleContext.js';
import type { Translations } from '../i18n/locales.js';
import { IssueList } from './IssueList.js';

const messages: Translations<{
  working: string;
  failed: string;
  done: (percent: string) => string;
}> = {
  en: {
    working: 'Working it out…',
    failed: 'This could not be worked out.',
    done: (p) => `${p} done`,
  },
  fr: { working: 'Calcul en cours…', failed: 'Le calcul a échoué.', done: (p) => `${p} effectué` },
  ar: { working: 'جارٍ الحساب…', failed: 'تعذّر إجراء الحساب.', done: (p) => `اكتمل ${p}` },
};

/**
 * Shows a worker query's state: a progress bar while it runs (the label says what is being
 * worked out), the error with its located issues if it failed, and `children` once it is ready.
 */
export function QueryView<R>({
  state,
  label,
  children,
}: {
  readonly state: QueryState<R>;
  /** What is being worked out, e.g. "Scoring 3,081 self-assessments". */
  readonly label?: string | undefined;
  readonly children: (data: R, refreshing: boolean) => ReactNode;
}) {
  const text = useTranslations(messages);
  const format = useFormat();
  if (state.status === 'ready') return <>{children(state.data, state.refreshing)}</>;
  if (state.status === 'error')
    return (
      <div className="demo-error" role="alert">
        <p>
          {text.failed} {state.error.message}
        </p>
        <IssueList issues={state.error.issues} />
      </div>
    );
  const { progress } = state;
  const share =
    progress === undefined || progress.total === 0 ? undefined : progress.done / progress.total;
  return (
    <div className="demo-working" role="status">
      <p id="demo-working-label">{label ?? text.working}</p>
      <progress aria-labelledby="demo-working-label" max={1} value={share} />
      {share !== undefined && (
        <p className="demo-working__share">{text.done(format.percent(share))}</p>
      )}
    </div>
  );
}
