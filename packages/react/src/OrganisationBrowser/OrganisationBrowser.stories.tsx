import { ar, enGB } from 'date-fns/locale';
import './OrganisationBrowser.css';
import { generateSampleWorkspace } from '@capkit/model/sample';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicOrgMessages,
  arabicOrgUnits,
  generateLargeOrganisation,
  orgAsOf,
  orgFramework,
  orgMemberships,
  orgPeople,
  orgRoles,
} from '../../test/fixtures/OrganisationBrowser.fixtures.js';
import { OrganisationBrowser } from './OrganisationBrowser.js';

// The sample ministry: generated once, deterministic, pseudonymous (no names).
const sample = generateSampleWorkspace({ people: 120, responses: false, personalData: false });
const large = generateLargeOrganisation(300, 5000);

function focusedLabel(canvasElement: HTMLElement): string | undefined {
  const document = canvasElement.ownerDocument;
  const labelId = document.activeElement?.getAttribute('aria-labelledby')?.split(' ')[0];
  if (labelId === undefined) return undefined;
  return document.getElementById(labelId)?.textContent ?? undefined;
}

const meta = {
  title: 'Organisation/OrganisationBrowser',
  component: OrganisationBrowser,
  args: {
    units: sample.units,
    roles: sample.roles,
    people: sample.people,
    memberships: sample.memberships,
    frameworks: sample.frameworks,
    asOf: orgAsOf,
    locale: 'en-GB',
    dateLocale: enGB,
  },
} satisfies Meta<typeof OrganisationBrowser>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^\d+ people in \d+ units and \d+ roles on 1 Mar 2026; /,
    );
    const tree = canvas.getByRole('tree', { name: 'Organisation units' });
    await userEvent.tab();
    await userEvent.tab();
    await expect(focusedLabel(canvasElement)).toBe('MDS Ministry of Digital Services');
    // Visible focus, and a target of at least 24 × 24 px.
    const row = canvasElement.ownerDocument.activeElement;
    if (!(row instanceof HTMLElement)) throw new Error('Nothing has focus');
    await expect(getComputedStyle(row).outlineStyle).toBe('solid');
    await expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    await userEvent.keyboard('{ArrowDown}{ArrowRight}{ArrowDown}{Enter}');
    const selected = within(tree).getByRole('treeitem', { selected: true });
    const people = canvas.getByRole('region', { name: /^People in / });
    await expect(within(people).getAllByRole('row').length).toBeGreaterThan(1);
    await expect(selected).toHaveAttribute('aria-selected', 'true');
    // Pseudonymous ids only: no personal data was passed.
    await expect(within(people).getAllByRole('rowheader')[0]).toHaveTextContent(/^p-[0-9a-f]{8}$/);
  },
};

export const WithNames: Story = {
  args: {
    units: sample.units,
    personalData: generateSampleWorkspace({ people: 120, responses: false }).personalData,
    defaultSelectedId: sample.units[2]?.id ?? null,
  },
  play: async ({ canvas }) => {
    const people = canvas.getByRole('region', { name: /^People in / });
    await expect(within(people).getAllByRole('rowheader')[0]).toHaveTextContent(
      /\S+ \S+.* p-[0-9a-f]{8}$/,
    );
  },
};

export const Empty: Story = {
  args: { units: [], roles: [], memberships: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('This organisation has no units yet.')).toBeVisible();
    await expect(canvas.queryByRole('tree')).toBeNull();
  },
};

export const Loading: Story = {
  args: { units: undefined, status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the organisation…');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: {
    units: undefined,
    status: 'error',
    errorMessage: 'The organisation could not be loaded: the HR system did not answer.',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/HR system did not answer/);
  },
};

export const LargeData: Story = {
  name: 'Large (5,000 people, 300 units)',
  args: { ...large, roles: orgRoles, frameworks: [orgFramework] },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      '5,000 people in 300 units and 2 roles on 1 Mar 2026; every unit has someone in a role.',
    );
    await userEvent.type(canvas.getByRole('searchbox'), 'Team 289');
    const tree = canvas.getByRole('tree');
    await expect(
      within(tree).getByRole('treeitem', { name: /Team 289/, selected: false }),
    ).toBeVisible();
  },
};

function Arabic({ children }: { readonly children: ReactNode }) {
  return (
    <div lang="ar" dir="rtl">
      {children}
    </div>
  );
}

export const RightToLeft: Story = {
  args: {
    units: arabicOrgUnits,
    roles: orgRoles,
    people: orgPeople,
    memberships: orgMemberships,
    frameworks: [orgFramework],
    locale: 'ar',
    dateLocale: ar,
    messages: arabicOrgMessages,
    defaultExpandedIds: ['u-min', 'u-tax'],
  },
  decorators: [
    (Story) => (
      <Arabic>
        <Story />
      </Arabic>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    const root = canvasElement.querySelector('.ck-organisation-browser');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^4 أشخاص في 5 وحدات/,
    );
    const top = canvas.getByRole('treeitem', { name: /وزارة المالية/ });
    const child = canvas.getByRole('treeitem', { name: /إدارة الضرائب/ });
    // Indented from the right.
    await expect(child.getBoundingClientRect().right).toBeLessThan(
      top.getBoundingClientRect().right,
    );
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  args: { defaultSelectedId: sample.units[2]?.id ?? null },
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvasElement.querySelector('.ck-summary')).toBeVisible();
  },
};

function look(className: string | undefined) {
  return (Story: () => ReactNode) =>
    className === undefined ? <Story /> : <div className={className}>{Story()}</div>;
}

export const DefaultLook: Story = {
  args: { defaultSelectedId: sample.units[2]?.id ?? null },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ck-organisation-browser');
    if (root === null) throw new Error('No widget');
    await expect(getComputedStyle(root).fontFamily).not.toContain('GDS Transport');
  },
};

export const GovukLook: Story = {
  args: { defaultSelectedId: sample.units[2]?.id ?? null },
  decorators: [look('ck-theme-govuk')],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ck-organisation-browser');
    if (root === null) throw new Error('No widget');
    await expect(getComputedStyle(root).fontFamily).toContain('GDS Transport');
  },
};

export const UswdsLook: Story = {
  args: { defaultSelectedId: sample.units[2]?.id ?? null },
  decorators: [look('ck-theme-uswds')],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ck-organisation-browser');
    if (root === null) throw new Error('No widget');
    await expect(getComputedStyle(root).fontFamily).toContain('Source Sans Pro Web');
  },
};
