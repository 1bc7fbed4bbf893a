import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
// The design systems' own built CSS, for these comparison stories only (devDependencies,
// pinned; never imported by a widget). Each is loaded into its own frame so that neither
// touches capkit's side of the page.
// GOV.UK Frontend's file is read raw: its old-IE `@media screen\0` hacks stop the CSS minifier of
// Storybook's build. Its fonts are not ours to load either way (GDS Transport, see govuk.css).
import govukFrontendCss from 'govuk-frontend/dist/govuk/govuk-frontend.min.css?raw';
import uswdsCss from '@uswds/uswds/css/uswds.min.css?inline';
import { AssessmentForm } from '../AssessmentForm/index.js';
import { CompetencyProfile } from '../CompetencyProfile/index.js';
import { ProficiencyBadge } from '../ProficiencyBadge/index.js';
import { lookInstrument, lookProfile, lookScale } from '../../test/fixtures/Themes.fixtures.js';
import { matchScreenshot } from '../../test/stories/matchScreenshot.js';
import { govukReferenceMarkup, uswdsReferenceMarkup } from '../../test/stories/referenceMarkup.js';

interface ReferenceFrameProps {
  readonly title: string;
  readonly css: string;
  readonly htmlClass: string;
  readonly bodyClass: string;
  readonly markup: string;
}

/** A design system's own components in a frame of their own, as tall as its content. */
function ReferenceFrame({ title, css, htmlClass, bodyClass, markup }: ReferenceFrameProps) {
  const [height, setHeight] = useState(150);
  const srcDoc = `<!doctype html><html lang="en" class="${htmlClass}"><head><meta charset="utf-8"><title>${title}</title><style>${css}</style><style>body{margin:0;padding:16px}</style></head><body class="${bodyClass}">${markup}</body></html>`;
  return (
    <iframe
      title={title}
      srcDoc={srcDoc}
      style={{ inlineSize: '100%', blockSize: height, border: 0 }}
      onLoad={(event) => {
        const body = event.currentTarget.contentDocument?.body;
        if (body === undefined) return;
        // As tall as its content at every width; starting short, it only grows to fit (the
        // design systems give the body a full-height minimum, which would feed back).
        new ResizeObserver(() => {
          const next = Math.ceil(body.scrollHeight);
          setHeight((current) => (Math.abs(current - next) > 1 ? next : current));
        }).observe(body);
      }}
    />
  );
}

/** capkit's widgets showing the same parts: errors, radios, button, tags, table, confirmation. */
function CapkitSide({ className }: { readonly className: string }) {
  return (
    <div className={className} style={{ padding: 16 }}>
      <AssessmentForm instrument={lookInstrument} requireAnswers />
      <p>
        Level reached: <ProficiencyBadge scale={lookScale} level={3} />{' '}
        <ProficiencyBadge scale={lookScale} level={1} />
      </p>
      <CompetencyProfile
        title="Team skills against required levels"
        scale={lookScale}
        data={lookProfile}
        defaultView="table"
      />
      <div data-confirmation="">
        <AssessmentForm instrument={lookInstrument} />
      </div>
    </div>
  );
}

interface ComparedProps {
  /** Which design system to compare with. */
  readonly system: 'govuk' | 'uswds';
}

const systems = {
  govuk: {
    name: 'GOV.UK Frontend 6.6.0',
    css: govukFrontendCss,
    htmlClass: 'govuk-template govuk-frontend-supported',
    bodyClass: 'govuk-template__body',
    markup: govukReferenceMarkup,
    lookClass: 'ck-theme-govuk',
    lookName: 'capkit, GOV.UK look',
  },
  uswds: {
    name: 'USWDS 3.14.0',
    css: uswdsCss,
    htmlClass: '',
    bodyClass: '',
    markup: uswdsReferenceMarkup,
    lookClass: 'ck-theme-uswds',
    lookName: 'capkit, USWDS look',
  },
} as const;

/** The design system's own components (left) beside capkit's widgets in its look (right). */
function Compared({ system }: ComparedProps) {
  const { name, css, htmlClass, bodyClass, markup, lookClass, lookName } = systems[system];
  return (
    <div
      data-compared={system}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
        gap: 24,
        alignItems: 'start',
      }}
    >
      <section aria-label={name}>
        <h2 style={{ font: '700 1rem system-ui, sans-serif', margin: 16 }}>
          {name}: its own CSS and markup
        </h2>
        <ReferenceFrame
          title={`${name} components`}
          css={css}
          htmlClass={htmlClass}
          bodyClass={bodyClass}
          markup={markup()}
        />
      </section>
      <section aria-label={lookName}>
        <h2 style={{ font: '700 1rem system-ui, sans-serif', margin: 16 }}>{lookName}</h2>
        <CapkitSide className={lookClass} />
      </section>
    </div>
  );
}

const meta = {
  title: 'Theming/Compared with the design systems',
  component: Compared,
  parameters: {
    layout: 'fullscreen',
    // The frames hold the design systems' own components, not capkit's: axe checks capkit's.
    a11y: { options: { iframes: false } },
  },
} satisfies Meta<typeof Compared>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the reference frame's CSS, shows capkit's errors and sends its second form. */
async function prepare(canvasElement: HTMLElement): Promise<Document> {
  const frame = canvasElement.querySelector('iframe');
  if (frame === null) throw new Error('No reference frame');
  const reference = await waitFor(() => {
    const document = frame.contentDocument;
    if (document?.readyState !== 'complete' || document.querySelector('button') === null) {
      throw new Error('The reference frame has not loaded');
    }
    return document;
  });
  const capkit = within(canvasElement);
  const [withErrors, toSend] = capkit.getAllByRole('button', { name: 'Submit' });
  if (withErrors === undefined || toSend === undefined) throw new Error('Two forms expected');
  await userEvent.click(withErrors);
  await expect(await capkit.findByRole('alert', { name: 'There is a problem' })).toBeVisible();
  const sent = canvasElement.querySelector<HTMLElement>('[data-confirmation]');
  if (sent === null) throw new Error('No second form');
  for (const question of within(sent).getAllByRole('group', { name: /^Question/ })) {
    await userEvent.click(within(question).getByRole('radio', { name: '3 Practitioner' }));
  }
  await userEvent.click(toSend);
  await expect(await within(sent).findByText('Your answers have been submitted.')).toBeVisible();
  (document.activeElement as HTMLElement | null)?.blur();
  return reference;
}

function comparedRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[data-compared]');
  if (root === null) throw new Error('The comparison did not render');
  return root;
}

function style(element: Element | null | undefined, selector: string): CSSStyleDeclaration {
  if (element === null || element === undefined) throw new Error(`No ${selector} to compare`);
  return getComputedStyle(element);
}

/** GOV.UK Frontend's components beside capkit's GOV.UK look; the key values must match. */
export const GovukFrontend: Story = {
  args: { system: 'govuk' },
  play: async ({ canvasElement }) => {
    const reference = await prepare(canvasElement);
    const capkit = canvasElement.querySelector('.ck-theme-govuk');
    const theirs = (selector: string) => style(reference.querySelector(selector), selector);
    const ours = (selector: string) => style(capkit?.querySelector(selector), selector);
    const button = ours('button.ck-assessment-form__button');
    await expect(button.backgroundColor).toBe(theirs('.govuk-button').backgroundColor);
    await expect(button.boxShadow).toBe(theirs('.govuk-button').boxShadow);
    await expect(ours('.ck-assessment-form__error-message').color).toBe(
      theirs('.govuk-error-message').color,
    );
    await expect(ours('.ck-assessment-form__error-summary').borderTopColor).toBe(
      theirs('.govuk-error-summary').borderTopColor,
    );
    await expect(ours('.ck-assessment-form__question--error').borderInlineStartWidth).toBe(
      theirs('.govuk-form-group--error').borderLeftWidth,
    );
    // The round radio: a 40 px ring (theirs is drawn by the label's ::before).
    const theirRing = reference.querySelector('.govuk-radios__label');
    if (theirRing === null) throw new Error('No GOV.UK radio');
    await expect(ours('.ck-assessment-form__radio-input').width).toBe(
      getComputedStyle(theirRing, '::before').width,
    );
    await expect(ours('table td').borderBottomColor).toBe(
      theirs('.govuk-table__cell').borderBottomColor,
    );
    await expect(ours('.ck-assessment-form__confirmation').backgroundColor).toBe(
      theirs('.govuk-panel--confirmation').backgroundColor,
    );
    await expect(ours('.ck-assessment-form').fontFamily).toBe(theirs('.govuk-body').fontFamily);
    await matchScreenshot(comparedRoot(canvasElement), 'compared-govuk', 1280);
  },
};

/** USWDS's components beside capkit's USWDS look; the key values must match. */
export const Uswds: Story = {
  args: { system: 'uswds' },
  play: async ({ canvasElement }) => {
    const reference = await prepare(canvasElement);
    const capkit = canvasElement.querySelector('.ck-theme-uswds');
    const theirs = (selector: string) => style(reference.querySelector(selector), selector);
    const ours = (selector: string) => style(capkit?.querySelector(selector), selector);
    const button = ours('button.ck-assessment-form__button');
    await expect(button.backgroundColor).toBe(theirs('.usa-button').backgroundColor);
    await expect(button.borderTopLeftRadius).toBe(theirs('.usa-button').borderTopLeftRadius);
    await expect(ours('.ck-assessment-form__error-message').color).toBe(
      theirs('.usa-error-message').color,
    );
    await expect(ours('.ck-assessment-form__error-summary').backgroundColor).toBe(
      theirs('.usa-alert--error').backgroundColor,
    );
    await expect(ours('.ck-assessment-form__error-summary').borderInlineStartColor).toBe(
      theirs('.usa-alert--error').borderLeftColor,
    );
    await expect(ours('.ck-assessment-form__radio').borderTopColor).toBe(
      theirs('.usa-radio__input--tile + .usa-radio__label').borderTopColor,
    );
    await expect(ours('.ck-assessment-form').fontFamily).toBe(theirs('.usa-button').fontFamily);
    await matchScreenshot(comparedRoot(canvasElement), 'compared-uswds', 1280);
  },
};
