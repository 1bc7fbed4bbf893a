import { AssetsInventory } from '@capkit/react/AssetsInventory';
import { CapacityAssessmentView } from '@capkit/react/CapacityAssessmentView';
import type { UndpRollUp } from '@capkit/scoring/undp';
import { useMemo } from 'react';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { capacityMessages } from './capacityMessages.js';
import { assetsInventoryMessages, capacityAssessmentMessages } from './capacityWidgetMessages.js';
import './capacity.css';

type Assessment = QueryResult<'capacity.assessment'>;

// The worker sends the roll-up's Maps as entry lists; the widget reads Maps.
function rollUpOf(data: Assessment): UndpRollUp {
  return {
    cells: new Map(data.rollUp.cells),
    crossSections: new Map(data.rollUp.crossSections),
    byFunctionalCapacity: new Map(data.rollUp.byFunctionalCapacity),
    byCoreIssue: new Map(data.rollUp.byCoreIssue),
    byPointOfEntry: new Map(data.rollUp.byPointOfEntry),
  };
}

/** Step 3 of the cycle: desired against existing capacity (UNDP), and the assets to build on. */
export function CapacityPage() {
  const { locale } = useLocale();
  const text = useTranslations(capacityMessages);
  const state = useQuery('capacity.assessment', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => <CapacityFindings data={data} />}
      </QueryView>
      <p>
        {text.maturityLead} <Link to="/capacity/maturity">{text.maturityLink}</Link>
      </p>
    </>
  );
}

function CapacityFindings({ data }: { readonly data: Assessment }) {
  const text = useTranslations(capacityMessages);
  const assessmentMessages = useTranslations(capacityAssessmentMessages);
  const assetsMessages = useTranslations(assetsInventoryMessages);
  const format = useFormat();
  const rollUp = useMemo(() => rollUpOf(data), [data]);
  const { ratingRange } = data.assessment;
  const where = data.largestKeys.map((key) => {
    const [pointOfEntry, coreIssue] = key.split('/') as [
      Parameters<typeof text.crossSection>[0],
      Parameters<typeof text.crossSection>[1],
    ];
    return text.crossSection(pointOfEntry, coreIssue);
  });
  const rating = (value: number) =>
    Number.isInteger(value) ? format.integer(value) : format.decimal(value);
  const needed = format.integer(data.neededCompetencyIds.length);
  return (
    <>
      <p className="demo-lead demo-capacity-lead">
        {data.largest === null
          ? text.noGap
          : text.largestGap(
              text.list(where),
              rating(data.largest.existing),
              rating(data.largest.desired),
              format.integer(ratingRange.min),
              format.integer(ratingRange.max),
            )}{' '}
        {data.strongest === null
          ? text.noAsset(needed)
          : text.buildOn(data.strongest.name, format.integer(data.strongest.covers), needed)}
      </p>
      <CapacityAssessmentView
        title={`${text.assessmentHeading}: ${data.assessmentTitle}`}
        assessment={data.assessment}
        rollUp={rollUp}
        messages={assessmentMessages}
      />
      <AssetsInventory
        title={text.assetsHeading}
        description={text.assetsDescription(data.planTitle)}
        assets={data.assets}
        communities={data.communities}
        plan={data.plan}
        neededCompetencyIds={data.neededCompetencyIds}
        competencyNames={data.competencyNames}
        messages={assetsMessages}
      />
    </>
  );
}
