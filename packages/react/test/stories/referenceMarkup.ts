/*
 * The design systems' own components, written in each one's documented markup, for the
 * side-by-side comparison stories (Compared.stories.tsx): the same questions, errors, tag,
 * table and confirmation as the capkit widgets beside them. Storybook-only: no widget imports
 * this; it lives outside src/, so the package never includes it.
 */

/** The answers of the comparison form, as in test/fixtures/Themes.fixtures.ts. */
const points = ['Awareness', 'Working', 'Practitioner', 'Expert'];

/** The rows of the CompetencyProfile table beside it (test/fixtures/Themes.fixtures.ts). */
const profileRows: readonly (readonly [string, string, string, string])[] = [
  ['User research', '2.2', '3', 'Below by 0.8'],
  ['Data literacy', '2.7', '3', 'Below by 0.3'],
  ['Agile delivery', '3.4', '3', 'Meets'],
];

/** GOV.UK Frontend 6: error summary, radios with an error, button, tags, table, panel. */
export function govukReferenceMarkup(): string {
  const radios = (name: string) =>
    points
      .map(
        (label, index) => `
      <div class="govuk-radios__item">
        <input class="govuk-radios__input" id="${name}-${index + 1}" name="${name}" type="radio" value="${index + 1}">
        <label class="govuk-label govuk-radios__label" for="${name}-${index + 1}"><strong>${index + 1}</strong> ${label}</label>
      </div>`,
      )
      .join('');
  const question = (name: string, prompt: string, hint: string | undefined, error: string) => `
    <div class="govuk-form-group govuk-form-group--error">
      <fieldset class="govuk-fieldset" aria-describedby="${name}-error">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${prompt}</legend>
        ${hint === undefined ? '' : `<div class="govuk-hint">${hint}</div>`}
        <p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${error}</p>
        <div class="govuk-radios govuk-radios--inline">${radios(name)}</div>
      </fieldset>
    </div>`;
  return `
  <div class="govuk-error-summary" data-module="govuk-error-summary">
    <div role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          <li><a href="#q1-1">Select an answer to question 1</a></li>
          <li><a href="#q2-1">Select an answer to question 2</a></li>
        </ul>
      </div>
    </div>
  </div>
  ${question('q1', 'Using the case management system', 'Opening, updating and closing cases.', 'Select an answer to question 1')}
  ${question('q2', 'Writing letters to citizens in plain English', undefined, 'Select an answer to question 2')}
  <button type="submit" class="govuk-button" data-module="govuk-button">Submit</button>
  <p class="govuk-body">Level reached: <strong class="govuk-tag">Practitioner</strong> <strong class="govuk-tag govuk-tag--grey">Awareness</strong></p>
  <table class="govuk-table">
    <caption class="govuk-table__caption govuk-table__caption--m">Team skills against required levels</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Competency</th>
      <th scope="col" class="govuk-table__header govuk-table__header--numeric">Score</th>
      <th scope="col" class="govuk-table__header govuk-table__header--numeric">Required level</th>
      <th scope="col" class="govuk-table__header">Status</th>
    </tr></thead>
    <tbody class="govuk-table__body">${profileRows
      .map(
        ([name, respondents, mean, gap]) => `<tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">${name}</th>
      <td class="govuk-table__cell govuk-table__cell--numeric">${respondents}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${mean}</td>
      <td class="govuk-table__cell">${gap}</td></tr>`,
      )
      .join('')}
    </tbody>
  </table>
  <div class="govuk-panel govuk-panel--confirmation">
    <h2 class="govuk-panel__title">Your answers have been submitted.</h2>
  </div>`;
}

/** USWDS 3: error alert, radio tiles with an error, button, tags, table, success alert. */
export function uswdsReferenceMarkup(): string {
  const radios = (name: string) =>
    points
      .map(
        (label, index) => `
      <div class="usa-radio">
        <input class="usa-radio__input usa-radio__input--tile" id="${name}-${index + 1}" name="${name}" type="radio" value="${index + 1}">
        <label class="usa-radio__label" for="${name}-${index + 1}"><strong>${index + 1}</strong> ${label}</label>
      </div>`,
      )
      .join('');
  const question = (name: string, prompt: string, hint: string | undefined, error: string) => `
    <div class="usa-form-group usa-form-group--error">
      <fieldset class="usa-fieldset" aria-describedby="${name}-error">
        <legend class="usa-legend usa-legend--large">${prompt}</legend>
        ${hint === undefined ? '' : `<span class="usa-hint">${hint}</span>`}
        <span id="${name}-error" class="usa-error-message">${error}</span>
        <div style="display:flex;flex-wrap:wrap;gap:0.5rem">${radios(name)}</div>
      </fieldset>
    </div>`;
  return `
  <div class="usa-alert usa-alert--error" role="alert">
    <div class="usa-alert__body">
      <h2 class="usa-alert__heading">There is a problem</h2>
      <ul class="usa-list">
        <li><a class="usa-link" href="#q1-1">Select an answer to question 1</a></li>
        <li><a class="usa-link" href="#q2-1">Select an answer to question 2</a></li>
      </ul>
    </div>
  </div>
  ${question('q1', 'Using the case management system', 'Opening, updating and closing cases.', 'Select an answer to question 1')}
  ${question('q2', 'Writing letters to citizens in plain English', undefined, 'Select an answer to question 2')}
  <p><button type="submit" class="usa-button">Submit</button></p>
  <p>Level reached: <span class="usa-tag">Practitioner</span> <span class="usa-tag">Awareness</span></p>
  <table class="usa-table">
    <caption>Team skills against required levels</caption>
    <thead><tr><th scope="col">Competency</th><th scope="col">Score</th><th scope="col">Required level</th><th scope="col">Status</th></tr></thead>
    <tbody>${profileRows
      .map(
        ([name, respondents, mean, gap]) =>
          `<tr><th scope="row">${name}</th><td>${respondents}</td><td>${mean}</td><td>${gap}</td></tr>`,
      )
      .join('')}
    </tbody>
  </table>
  <div class="usa-alert usa-alert--success">
    <div class="usa-alert__body"><p class="usa-alert__text">Your answers have been submitted.</p></div>
  </div>`;
}
