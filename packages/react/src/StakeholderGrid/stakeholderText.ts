import type { Stakeholder } from '@capkit/model';
import type { StakeholderGridMessages } from './messages.js';

/** What the grid's parts need to print: strings and the widget's locale-bound formatters. */
export interface StakeholderText {
  readonly messages: StakeholderGridMessages;
  /** A stakeholder's name in the reader's language, with the language it is written in. */
  readonly name: (stakeholder: Stakeholder) => { readonly text: string; readonly lang: string };
  /** A whole number in the reader's locale. */
  readonly count: (value: number) => string;
  /** A calendar date (`YYYY-MM-DD`) in the reader's locale. */
  readonly date: (isoDate: string) => string;
  /** The display name of a person (pseudonymous id when the app gives no name). */
  readonly person: (id: string) => string;
}
