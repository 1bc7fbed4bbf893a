import type { ResolvedText } from '@capkit/model';
import type { LocalizedCount } from '../shared/localeFormat.js';
import type { CommunityActivity } from './directoryEntries.js';
import type { CommunityDirectoryMessages } from './messages.js';

/** What the directory's parts need to print an entry: strings, names and dates, resolved once. */
export interface DirectoryText {
  readonly messages: CommunityDirectoryMessages;
  readonly competency: (id: string) => string;
  /** A member: the name the app passed as personal data, else the pseudonymous id. */
  readonly member: (personId: string) => string;
  /** Whether members are shown by name (the app passed personal data). */
  readonly named: boolean;
  /** A calendar day, through date-fns in the app's locale. */
  readonly day: (date: string) => string;
  readonly count: (value: number) => LocalizedCount;
  readonly title: (activity: CommunityActivity) => ResolvedText;
  /** The day `asOf` falls on, `YYYY-MM-DD`. */
  readonly today: string;
}
